import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { isoDate, type Context } from '../../src/graphql/context.js';
import { createApollo } from '../../src/server/create-apollo.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { StoreServing } from '../../src/store/serve-store.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql(?: filings)?\n([\s\S]*?)```/g)].map((m) => m[1]);

if (!sharedExists) console.warn(`Skipping serving the store lazily over the SEC filings: ${SHARED_XBRL} is absent.`);

const apollo = createApollo();
async function run(query: string, context: Omit<Context, 'today'>): Promise<string> {
  const response = await apollo.executeOperation({ query }, { contextValue: { ...context, today: isoDate(new Date()) } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify(response.body.singleResult);
}

describe.skipIf(!sharedExists)('serving the store with company graphs loaded on first use', () => {
  it('answers every README query as the whole graph loaded from files does, loading only the companies asked for', async () => {
    const { pool } = await testDatabase();
    await ingestFilings(pool, SHARED_XBRL);
    // The first start derives the catalog (building each company once), and keeps what fits in the cache.
    const first = await StoreServing.open(pool, { filingsDir: null });
    expect((await first.snapshot()).refreshed.sort()).toEqual(['0000320193', '0001065280', '0001318605']);

    // A later start reads the catalog only: no company graph is built before the first query.
    const serving = await StoreServing.open(pool, { filingsDir: null });
    const { source, refreshed } = await serving.snapshot();
    expect(refreshed).toEqual([]);
    expect(serving.graphs.stats().graphs).toBe(0);
    expect(source.companyRefs().map((r) => r.id)).toEqual(['qifu-technology', 'cik-0000320193', 'cik-0001065280', 'cik-0001318605']);

    // Concurrent first requests for one company share one build.
    const [a, b] = await Promise.all([source.companyByTicker('AAPL'), source.companyByTicker('aapl', '2024-01-01')]);
    expect(a).toBe(b);
    expect(serving.graphs.stats().graphs).toBe(1);

    const whole = loadGraph(undefined, SHARED_XBRL);
    const differing: string[] = [];
    for (const query of examples) {
      const fromFiles = await run(query, { graph: whole });
      const fromStore = await run(query, { source });
      if (fromStore === fromFiles) continue;
      differing.push(query.split('\n')[0]);
      // The one difference, on purpose: a search naming no company is refused rather than answered from some companies.
      expect(JSON.parse(fromStore).errors[0].extensions.code, query).toBe('NOT_SUPPORTED');
    }
    expect(differing).toEqual(['# Everything about delinquency']);
    // Only the companies the queries named were loaded.
    expect(serving.graphs.stats().graphs).toBeLessThanOrEqual(3);
  }, 120_000);
});
