import { readFileSync } from 'node:fs';
import { execute as executeGraphql, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKLOADS } from '../../bench/workloads.js';
import { getSchema } from '../../src/graphql/build-schema.js';
import { isoDate } from '../../src/graphql/context.js';
import { ExecutionBudget } from '../../src/graphql/limits/execution-budget.js';
import { EXECUTION_BUDGET, LIMITS } from '../../src/graphql/limits/limits.js';
import { toGlobalId } from '../../src/graphql/node/global-id.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph, execute } from '../helpers.js';

const unlimited = { maxWork: Number.MAX_SAFE_INTEGER, maxMs: Number.MAX_SAFE_INTEGER, sliceMs: 0 };

/** Runs an operation on graphql-js with a budget and reports the work it counted. */
async function workOf(query: string, variables?: Record<string, unknown>) {
  const budget = new ExecutionBudget(unlimited);
  const result = await executeGraphql({ schema: getSchema(), document: parse(query), variableValues: variables, contextValue: { graph: embeddedGraph(), today: isoDate(new Date()), budget } });
  expect(result.errors, query.slice(0, 80)).toBeUndefined();
  return { work: budget.work, bytes: Buffer.byteLength(JSON.stringify(result)) };
}

/** Every line item of every company with every fact: `n` aliases of it. */
const everyFact = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: company(ticker: "QFIN") { lineItems { label facts { value unit printed decimals period { label startDate endDate } source { excerpt } } } }`).join(' ')} }`;

describe('the execution budget', () => {
  it('leaves every operation of the README and the bench 3× headroom in work and answer size', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const ops: [string, Record<string, unknown> | undefined][] = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => [m[1], undefined]);
    for (const w of WORKLOADS) if (!w.filings && !w.reference) ops.push([w.query, w.variables]);
    let heaviest = 0;
    for (const [query, variables] of ops) {
      const { work, bytes } = await workOf(query, variables);
      expect(work * 3, query.slice(0, 80)).toBeLessThanOrEqual(EXECUTION_BUDGET.maxWork);
      expect(bytes * 3, query.slice(0, 80)).toBeLessThanOrEqual(LIMITS.maxAnswerBytes);
      heaviest = Math.max(heaviest, work);
    }
    // The budget is not so loose that it bounds nothing: the heaviest legitimate operation uses a sixth of it at least.
    expect(heaviest * 6).toBeGreaterThan(EXECUTION_BUDGET.maxWork);
  });

  it('ends an operation that passes the static limits but would do more work, with one coded error and no data', async () => {
    const result: any = await execute(everyFact(10));
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ message: expect.stringMatching(/stopped after 25,000 units of work/), extensions: { code: 'EXECUTION_BUDGET_EXCEEDED', budget: 'MAX_WORK' } }]);
  });

  it('counts work, not time, and stops within a few resolver calls of the bound', async () => {
    const budget = new ExecutionBudget({ maxWork: 1_000, maxMs: Number.MAX_SAFE_INTEGER, sliceMs: 0 });
    const result = await executeGraphql({ schema: getSchema(), document: parse(everyFact(1)), contextValue: { graph: embeddedGraph(), today: '2026-01-01', budget } });
    expect(result.errors?.[0].extensions.code).toBe('EXECUTION_BUDGET_EXCEEDED');
    expect(budget.work).toBeLessThan(1_000 + 256 + 1_000);
  });

  it('ends an operation past its time budget (a budget of 0 ms, so nothing is timed)', async () => {
    const budget = new ExecutionBudget({ maxWork: Number.MAX_SAFE_INTEGER, maxMs: 0, sliceMs: 0 });
    const result = await executeGraphql({ schema: getSchema(), document: parse(everyFact(1)), contextValue: { graph: embeddedGraph(), today: '2026-01-01', budget } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'EXECUTION_BUDGET_EXCEEDED', budget: 'MAX_TIME' });
  });

  it('yields to the event loop between slices, so other work runs while a large answer is computed', async () => {
    /** Turns of the event loop during the execution of `everyFact(1)` with `sliceMs`. */
    const turnsDuring = async (sliceMs: number) => {
      let turns = 0;
      let done = false;
      const tick = () => {
        if (done) return;
        turns++;
        setImmediate(tick);
      };
      const budget = new ExecutionBudget({ maxWork: Number.MAX_SAFE_INTEGER, maxMs: Number.MAX_SAFE_INTEGER, sliceMs });
      const running = executeGraphql({ schema: getSchema(), document: parse(everyFact(3)), contextValue: { graph: embeddedGraph(), today: '2026-01-01', budget } });
      setImmediate(tick);
      const result = await running;
      done = true;
      expect(result.errors).toBeUndefined();
      return { turns, work: budget.work };
    };
    await turnsDuring(0); // warm: arguments validated and remembered, so resolvers answer synchronously
    // Unsliced, the execution runs to its end before the event loop turns once.
    expect((await turnsDuring(0)).turns).toBe(0);
    // Sliced as finely as possible, the loop turns while it runs (the clock is read every 256 units of work).
    const sliced = await turnsDuring(Number.MIN_VALUE);
    expect(sliced.turns).toBeGreaterThanOrEqual(2);
  });
});

describe('nodes(ids:)', () => {
  const company = () => toGlobalId('Company', embeddedGraph().companies[0].id);

  it('refuses more than 100 IDs, such as one company 600 times, before fetching any', async () => {
    const result: any = await execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(600).fill(company()) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
    expect(result.data).toBeNull();
  });

  it('counts each ID given in the answer-size estimate: 100 copies of a company with every fact are refused before execution', async () => {
    const result: any = await execute(`{ nodes(ids: [${Array(100).fill(`"${company()}"`).join(',')}]) { ... on Company { lineItems { facts { value period { label } source { excerpt } } } } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' });
  });

  it('answers 100 IDs within the limits', async () => {
    const result: any = await execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Company { name } } }', { ids: Array(100).fill(company()) });
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toHaveLength(100);
  });
});

describe('the answer-size cap in bytes', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: null, responseCacheBytes: 0, maxAnswerBytes: 20_000 });
  });
  afterAll(() => server.stop());

  it('replaces an answer over the cap with one coded error', async () => {
    const post = (query: string) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const small: any = await (await post('{ company(ticker: "QFIN") { name } }')).json();
    expect(small.data.company.name).toBe('Qifu Technology');
    const res = await post('{ company(ticker: "QFIN") { lineItems { label facts { value unit } } } }');
    const text = await res.text();
    expect(text.length).toBeLessThan(1_000);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/exceeds 20,000 bytes/), extensions: { code: 'ANSWER_TOO_LARGE', limit: 20_000 } }] });
  });
});
