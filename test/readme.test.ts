import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../src/domain/graph.js';
import { loadGraph } from '../src/domain/load-graph.js';
import { execute } from './helpers.js';
import { SHARED_XBRL, sharedExists } from './xbrl/helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** Every ```graphql block of the README. */
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
/** Every ```graphql filings block: queries over the SEC filings, run with FILINGS_DIR=../shared/xbrl. */
const filingExamples = [...readme.matchAll(/```graphql filings\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README example queries', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((query, i) => [i + 1, query.split('\n').find((l) => l.startsWith('#')) ?? query.slice(0, 60), query]))(
    'example %i runs without errors and returns data: %s',
    async (_n, _title, query) => {
      const result = await execute(query as string);
      expect(result.errors).toBeUndefined();
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
    },
  );
});

if (!sharedExists) console.warn(`Skipping the README's filing queries: ${SHARED_XBRL} is absent.`);

describe.skipIf(!sharedExists)('README example queries over the SEC filings (FILINGS_DIR=../shared/xbrl)', () => {
  let graph: Graph;
  it('has examples to run', () => {
    expect(filingExamples.length).toBeGreaterThanOrEqual(1);
    graph = loadGraph(undefined, SHARED_XBRL);
  });

  it.each(filingExamples.map((query, i) => [i + 1, query.split('\n').find((l) => l.startsWith('#')) ?? query.slice(0, 60), query]))(
    'example %i runs without errors and returns data: %s',
    async (_n, _title, query) => {
      const result = await execute(query as string, undefined, graph);
      expect(result.errors).toBeUndefined();
      for (const value of Object.values(result.data ?? {})) expect(value).not.toBeNull();
    },
  );
});
