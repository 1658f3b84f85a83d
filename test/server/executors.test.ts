import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { WORKLOADS } from '../../bench/workloads.js';
import { embeddedGraph } from '../helpers.js';

/**
 * The compiled executor (graphql-jit) must answer every request with the same bytes as
 * graphql-js: the same data, errors, codes, masking, limits, status and headers. Each case
 * goes over HTTP to two servers that differ only in their executor (response cache off).
 */

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const README_QUERIES = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

interface Case {
  name: string;
  /** A POST body (object or raw text); absent for GET. */
  body?: unknown;
  /** The query string of a GET. */
  search?: string;
  headers?: Record<string, string>;
  /** Only on the server whose graph throws an internal error. */
  faulty?: boolean;
}

const post = (name: string, query: string, variables?: Record<string, unknown>, operationName?: string): Case => ({ name, body: { query, variables, operationName } });
const getCase = (name: string, query: string, variables?: Record<string, unknown>): Case => ({
  name,
  search: `?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`,
  headers: { 'apollo-require-preflight': 'true' },
});

const SUCCESS: Case[] = [
  ...README_QUERIES.map((q, i) => post(`README example ${i + 1}: ${q.split('\n')[0]}`, q)),
  // The filings' workload needs ../shared/xbrl: test/server/executors-filings.test.ts compares it.
  ...WORKLOADS.filter((w) => !w.filings).map((w) => post(`bench workload ${w.name}`, w.query, w.variables)),
  ...WORKLOADS.filter((w) => !w.filings).map((w) => getCase(`bench workload ${w.name} over GET`, w.query, w.variables)),
  post('search across the union with fragments and __typename', `{ search(query: "delinquency", first: 20) { totalCount edges { cursor node { __typename ... on LineItem { id label } ... on Footnote { id number } ... on Definition { id text } } } pageInfo { hasNextPage endCursor } } }`),
  post('node and nodes through the interface', `query N($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Company { name } } }`, { ids: ['bm90LWFuLWlk', ''] }),
  post('@include and @skip by variables, aliases', `query S($yes: Boolean!, $no: Boolean!) { a: companies(first: 1) { totalCount nodes @include(if: $yes) { name } } b: companies(first: 1) @skip(if: $yes) { totalCount } c: companies(first: 1) @include(if: $no) { totalCount } }`, { yes: true, no: false }),
  post('variable defaults and fragments', `query D($t: String = "QFIN") { company(ticker: $t) { ...C } } fragment C on Company { name disclosures(first: 2) { nodes { id audited } } }`),
  post('operationName picks one of several operations', `query A { companies { totalCount } } query B { company(ticker: "QFIN") { name } }`, undefined, 'B'),
  post('an unknown company is null, not an error', `{ company(ticker: "NOPE") { name } }`),
  post('introspection', `{ __schema { queryType { name } types { name kind } } __type(name: "FactFilter") { inputFields { name type { name kind ofType { name } } } } }`),
  post('an ID variable given as a number', `query N($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }`, { id: 5, ids: [7, 'x'] }),
  post('a list variable given as a single value', `query N($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: 'bm90LWFuLWlk' }),
  post('enum and Int variables in a nested filter', `query F($s: Statement!, $y: Int) { company(ticker: "QFIN") { lineItems(statement: $s) { facts(filter: { fiscalYear: $y }) { value } } } }`, { s: 'BALANCE_SHEET', y: 2024 }),
  post('an Int variable given as 1.0', `query P($n: Int!) { companies(first: $n) { totalCount } }`, { n: 1.0 }),
];

const ERRORS: Case[] = [
  post('bad argument: first 0', `{ companies(first: 0) { totalCount } }`),
  post('bad argument inside a list: one error per field, not per item', `{ company(ticker: "QFIN") { lineItems { facts(filter: { periodFrom: "2024-01-01", periodTo: "2023-01-01" }) { value } } } }`),
  post('first and last together', `{ companies(first: 2, last: 2) { totalCount } }`),
  post('a bad Date variable', `query D($d: Date) { company(ticker: "QFIN") { boardMembers(asOf: $d) { person { name } } } }`, { d: '2024-02-30' }),
  post('a bad Date literal', `{ company(ticker: "QFIN") { boardMembers(asOf: "yesterday") { person { name } } } }`),
  post('a bad enum variable', `query S($s: Statement!) { company(ticker: "QFIN") { lineItems(statement: $s) { label } } }`, { s: 'NOPE' }),
  post('a missing required variable', `query S($s: Statement!) { company(ticker: "QFIN") { lineItems(statement: $s) { label } } }`),
  post('an Int variable over 32 bits', `query P($n: Int!) { companies(first: $n) { totalCount } }`, { n: 2 ** 31 }),
  post('an Int variable given as 1.5', `query P($n: Int!) { companies(first: $n) { totalCount } }`, { n: 1.5 }),
  post('an input object variable with an unknown field', `query F($f: FactFilter) { company(ticker: "QFIN") { facts(filter: $f, first: 1) { totalCount } } }`, { f: { nope: 1 } }),
  post('a foreign cursor', `{ companies(first: 1, after: "not-a-cursor") { totalCount } }`),
  post('a field the schema lacks', `{ companies { nodes { price } } }`),
  post('a parse error', `{ companies {`),
  post('depth limit', `{ company(ticker: "QFIN") { lineItems { children { children { children { children { children { children { children { children { children { children { children { children { children { label } } } } } } } } } } } } } } } }`),
  post('alias limit', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: companies { totalCount }`).join(' ')} }`),
  post('cost limit', '{ companies(first: 100) { nodes { disclosures(first: 100) { nodes { facts(first: 100) { nodes { value unit } } } } } } }'),
  post('token limit', `{ ${'companies { totalCount } '.repeat(2000)} }`),
  post('several operations without operationName', `query A { companies { totalCount } } query B { companies { totalCount } }`),
  post('an unknown operationName', `query A { companies { totalCount } }`, undefined, 'Z'),
  { name: 'a mutation (none exist)', body: { query: 'mutation { x }' } },
  { name: 'no query', body: { variables: {} } },
  { name: 'variables not an object', body: { query: '{ companies { totalCount } }', variables: [1] } },
  { name: 'malformed JSON', body: '{"query": "{ companies { totalCount } }"' },
  { name: 'a batch', body: [{ query: '{ companies { totalCount } }' }] },
  { name: 'GET without a preflight header', search: `?query=${encodeURIComponent('{ companies { totalCount } }')}` },
  { name: 'GET with malformed variables', search: `?query=${encodeURIComponent('{ companies { totalCount } }')}&variables=%7B`, headers: { 'apollo-require-preflight': 'true' } },
  { name: 'masked internal error', body: { query: '{ company(ticker: "QFIN") { name } companies { totalCount } }' }, faulty: true },
];

/** The real graph, except that looking a company up fails with an internal message (as in production.test.ts). */
function graphWithAFault(): Graph {
  const graph = embeddedGraph();
  return new Proxy(graph, {
    get(target, prop, receiver) {
      if (prop === 'companyByTicker') return () => { throw new Error('ENOENT: /srv/secret/index.db is corrupt'); };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function send(server: RunningServer, c: Case) {
  const res = c.search !== undefined
    ? await fetch(`${server.url}${c.search}`, { headers: c.headers })
    : await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (k !== 'date') headers[k] = v;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

for (const production of [true, false]) {
  describe(`compiled and graphql-js executors answer byte for byte the same (${production ? 'production' : 'development'})`, () => {
    const servers: Record<'compiled' | 'interpreted' | 'compiledFaulty' | 'interpretedFaulty', RunningServer> = {} as never;
    const answeredBy: string[] = [];
    beforeAll(async () => {
      const options = { production, responseCacheBytes: 0 };
      servers.compiled = await startServer(embeddedGraph(), 0, '127.0.0.1', { ...options, executor: 'compiled', compiled: { onExecuted: (by) => answeredBy.push(by) } });
      servers.interpreted = await startServer(embeddedGraph(), 0, '127.0.0.1', { ...options, executor: 'graphql-js' });
      servers.compiledFaulty = await startServer(graphWithAFault(), 0, '127.0.0.1', { ...options, executor: 'compiled' });
      servers.interpretedFaulty = await startServer(graphWithAFault(), 0, '127.0.0.1', { ...options, executor: 'graphql-js' });
    });
    afterAll(async () => {
      await Promise.all(Object.values(servers).map((s) => s.stop()));
    });

    it.each(SUCCESS.map((c) => [c.name, c]))('%s: identical, and answered by the compiled query', async (_name, c) => {
      answeredBy.length = 0;
      const firstUse = await send(servers.compiled, c); // a document is compiled on its second use
      const compiled = await send(servers.compiled, c);
      const interpreted = await send(servers.interpreted, c);
      expect(compiled).toEqual(interpreted);
      expect(firstUse).toEqual(interpreted);
      expect(compiled.status).toBe(200);
      expect(JSON.parse(compiled.body).errors).toBeUndefined();
      expect(answeredBy.at(-1)).toBe('compiled');
    });

    it.each(ERRORS.map((c) => [c.name, c]))('%s: identical error response', async (_name, c) => {
      await send(c.faulty ? servers.compiledFaulty : servers.compiled, c); // compiled from the second use on
      const compiled = await send(c.faulty ? servers.compiledFaulty : servers.compiled, c);
      const interpreted = await send(c.faulty ? servers.interpretedFaulty : servers.interpreted, c);
      expect(compiled).toEqual(interpreted);
      expect(compiled.body).toMatch(/"errors"/);
      if (c.faulty && production) expect(compiled.body).not.toMatch(/ENOENT|secret/);
    });
  });
}
