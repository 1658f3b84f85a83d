import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { printedSchema } from '../../src/graphql/print-schema.js';
import { graphVersion } from '../../src/server/graph-version.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { loadStoredGraph } from '../../src/store/load-stored-graph.js';
import { execute } from '../helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const filingExamples = [...readme.matchAll(/```graphql filings\n([\s\S]*?)```/g)].map((m) => m[1]);

if (!sharedExists) console.warn(`Skipping the store's answers over the SEC filings: ${SHARED_XBRL} is absent.`);

/** Every README query answered over both graphs: the same bytes. */
async function expectSameAnswers(queries: string[], fromFiles: Graph, fromStore: Graph): Promise<void> {
  expect(queries.length).toBeGreaterThan(0);
  for (const query of queries) {
    const a = JSON.stringify(await execute(query, undefined, fromFiles));
    const b = JSON.stringify(await execute(query, undefined, fromStore));
    expect(b, query.split('\n')[0]).toBe(a);
  }
  // And every entity of the two graphs, with all its values (the content hash the server's ETags use).
  expect(graphVersion(fromStore, printedSchema())).toBe(graphVersion(fromFiles, printedSchema()));
}

describe('the graph built from the store', () => {
  it('answers every README query over the embedded data exactly as the graph loaded from files', async () => {
    const { pool } = await testDatabase();
    const { graph, filings } = await loadStoredGraph(pool);
    expect(filings).toBe(0);
    await expectSameAnswers(examples, loadGraph(), graph);
  });

  it.skipIf(!sharedExists)('answers every README query, and every filing query, over the six SEC filings exactly as loading them from files', async () => {
    const { pool } = await testDatabase();
    await ingestFilings(pool, SHARED_XBRL);
    const { graph, filings } = await loadStoredGraph(pool);
    expect(filings).toBe(6);
    await expectSameAnswers([...examples, ...filingExamples], loadGraph(undefined, SHARED_XBRL), graph);
  });
});
