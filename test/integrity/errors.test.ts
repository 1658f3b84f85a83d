import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { CSRF_MESSAGE } from '../../src/graphql/errors/format-error.js';
import { createApollo } from '../../src/server/create-apollo.js';
import { createHttpHandler } from '../../src/server/http-handler.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

/**
 * The README's error table is every (code, HTTP status) the server answers with: each row is
 * provoked here over real HTTP in production mode, and every answer seen is a row of the table.
 */
let server: RunningServer;
let broken: RunningServer;
let tight: RunningServer;
let noContext: Server;
let noContextUrl: string;

function graphWithAFault(): Graph {
  const graph = embeddedGraph();
  return new Proxy(graph, {
    get(target, prop, receiver) {
      if (prop === 'companyByTicker') return () => { throw new Error('boom'); };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1', { production: true });
  broken = await startServer(graphWithAFault(), 0, '127.0.0.1', { production: true });
  tight = await startServer(embeddedGraph(), 0, '127.0.0.1', { production: true, maxAnswerBytes: 20_000 });
  const apollo = createApollo({ production: true });
  await apollo.start();
  noContext = createServer(createHttpHandler(apollo, async () => { throw new Error('context failed'); }, { version: 'v', health: () => ({}), draining: () => false }));
  await new Promise<void>((r) => noContext.listen(0, '127.0.0.1', r));
  noContextUrl = `http://127.0.0.1:${(noContext.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await server.stop();
  await broken.stop();
  await tight.stop();
  await new Promise((r) => noContext.close(r));
});

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (body: unknown, url = server.url, headers: Record<string, string> = JSON_TYPE) =>
  fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
  fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Requests that provoke each kind of error. */
const PROBES: Record<string, () => Promise<Response>> = {
  'page size out of range': () => post({ query: '{ company(ticker: "QFIN") { facts(first: 0) { totalCount } } }' }),
  'bad variable': () => post({ query: 'query($d: Date) { company(ticker: "QFIN") { boardChair(asOf: $d) { asOf } } }', variables: { d: 'soon' } }),
  'parse failure': () => post({ query: '{ company(ticker: "QFIN") { name ' }),
  'validation failure': () => post({ query: '{ nope }' }),
  'unknown operation name': () => post({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }),
  'malformed JSON': () => post('{"query": '),
  'missing query': () => post({}),
  'batching refused': () => post([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  'persisted-query version': () => post({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } }),
  'CSRF: GET without a header': () => get('{ __typename }', {}),
  'persisted query not found': () => post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ companies { totalCount } }') } } }),
  'persisted-query hash mismatch': () => post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
  'PUT': () => fetch(server.url, { method: 'PUT', headers: JSON_TYPE, body: '{}' }),
  'DELETE without a content type': () => fetch(server.url, { method: 'DELETE' }),
  'mutation over GET': () => get('mutation { x }'),
  'unacceptable accept': () => get('{ __typename }', { 'apollo-require-preflight': 'true', accept: 'image/png' }),
  'body over 1 MiB': () => post({ query: `{ __typename } #${'x'.repeat(1 << 20)}` }),
  'unknown path': () => fetch(server.url.replace('/graphql', '/graphiql')),
  'mistyped ticker': () => post({ query: '{ company(ticker: "QFNI") { name } }' }),
  'resolver bug': () => post({ query: '{ company(ticker: "QFIN") { name } }' }, broken.url),
  'context bug': () => post({ query: '{ __typename }' }, noContextUrl),
  'execution budget': () => post({ query: `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: company(ticker: "QFIN") { lineItems { label facts { value unit printed decimals period { label startDate endDate } source { excerpt } } } }`).join(' ')} }` }),
  'answer too large': () => post({ query: '{ company(ticker: "QFIN") { lineItems { label facts { value unit } } } }' }, tight.url),
};

function tableRows(): Set<string> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('**Errors.**'), readme.indexOf('**Limits.**'));
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(rows.length).toBeGreaterThan(10);
  return new Set(rows);
}

describe('the README error table', () => {
  it('lists exactly the codes and statuses the server answers with', async () => {
    const seen = new Map<string, string[]>();
    for (const [name, probe] of Object.entries(PROBES)) {
      const res = await probe();
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.length ?? 0, name).toBeGreaterThan(0);
      const key = `${body.errors![0].extensions?.code} ${res.status}`;
      seen.set(key, [...(seen.get(key) ?? []), name]);
    }
    const table = tableRows();
    for (const [key, probes] of seen) expect(table.has(key), `${key} (${probes.join(', ')}) is not in the README's table`).toBe(true);
    for (const row of table) expect(seen.has(row), `the README lists ${row}, which no probe produced`).toBe(true);
  });
});

describe('client errors are client errors', () => {
  it('a persisted-query hash mismatch is a 400 with its own code, not a masked internal error', async () => {
    const res = await PROBES['persisted-query hash mismatch']();
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(body.errors[0].message).toMatch(/sha256Hash/);
  });

  it('a persisted query registered with its hash is then served by hash alone', async () => {
    const query = '{ companies { totalCount } }';
    const hash = sha256(query);
    expect((await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).status).toBe(200);
    const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(((await res.json()) as any).data.companies.totalCount).toBe(1);
  });
});

describe('GET without a content type', () => {
  it('is refused by CSRF prevention with a message saying which header to send', async () => {
    const res = await get('{ __typename }', {});
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0]).toEqual({ message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST' } });
    expect(body.errors[0].message).toContain('apollo-require-preflight: true');
  });

  it('is answered once it sends either header the message names', async () => {
    for (const headers of [{ 'apollo-require-preflight': 'true' }, { 'content-type': 'application/json' }] as Record<string, string>[]) {
      const res = await get('{ __typename }', headers);
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).data.__typename).toBe('Query');
    }
  });

  it('the README says so where it describes GET', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const production = readme.slice(readme.indexOf('## Production'));
    expect(production).toMatch(/queries as GET[^\n]*\n[^\n]*apollo-require-preflight: true/);
    expect(production).toContain("curl -H 'apollo-require-preflight: true'");
  });
});
