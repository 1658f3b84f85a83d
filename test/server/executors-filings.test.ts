import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILING } from '../../bench/workloads.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';

/** The compiled executor answers queries over the SEC filings with graphql-js's bytes too: the bench's filings workload and the README's filing queries. */
if (!sharedExists) console.warn(`Skipping the executor comparison over the filings: ${SHARED_XBRL} is absent.`);

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const FILING_QUERIES = [...readme.matchAll(/```graphql filings\n([\s\S]*?)```/g)].map((m) => ({ query: m[1], variables: undefined as Record<string, unknown> | undefined }));

describe.skipIf(!sharedExists)('compiled and graphql-js executors over the SEC filings', () => {
  const answeredBy: string[] = [];
  let compiled: RunningServer;
  let interpreted: RunningServer;
  beforeAll(async () => {
    const graph = loadGraph(undefined, SHARED_XBRL);
    compiled = await startServer(graph, 0, '127.0.0.1', { production: true, responseCacheBytes: 0, executor: 'compiled', compiled: { onExecuted: (by) => answeredBy.push(by) } });
    interpreted = await startServer(graph, 0, '127.0.0.1', { production: true, responseCacheBytes: 0, executor: 'graphql-js' });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([compiled?.stop(), interpreted?.stop()]);
  });

  const send = async (server: RunningServer, body: unknown) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.text() };
  };

  it.each([{ query: FILING.query, variables: FILING.variables }, ...FILING_QUERIES].map((c, i) => [i === 0 ? 'the filings workload' : `README filing example ${i}`, c]))('%s: identical, and answered by the compiled query', async (_name, c) => {
    answeredBy.length = 0;
    await send(compiled, c); // compiled on its second use
    const a = await send(compiled, c);
    const b = await send(interpreted, c);
    expect(a.status).toBe(200);
    expect(JSON.parse(a.body).errors).toBeUndefined();
    expect(a.body).toBe(b.body);
    expect(answeredBy.at(-1)).toBe('compiled');
  });
});
