import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

let server: RunningServer;
let broken: RunningServer;

/** The real graph, except that looking a company up fails with an internal message a client must never see. */
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

beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1', { production: true });
  broken = await startServer(graphWithAFault(), 0, '127.0.0.1', { production: true });
});
afterAll(async () => {
  await server.stop();
  await broken.stop();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const get = (query: string, headers: Record<string, string> = {}) => fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });

describe('production mode', () => {
  it('masks an unexpected error: generic message, no stack trace, no internals', async () => {
    const res = await post(broken.url, { query: '{ company(ticker: "QFIN") { name } }' });
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.errors[0]).toEqual({ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['company'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(text).not.toMatch(/ENOENT|secret|stacktrace|\.ts:/);
  });

  it('is what NODE_ENV=production alone selects: no stack trace on any error', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let byEnv: RunningServer | undefined;
    try {
      byEnv = await startServer(graphWithAFault(), 0, '127.0.0.1', { webRoot: null });
      for (const query of ['{ company(ticker: "QFIN") { name } }', '{ companies(first: 0) { totalCount } }', '{ companies {', '{ nope }']) {
        const text = await (await post(byEnv.url, { query })).text();
        expect(JSON.parse(text).errors.length, query).toBeGreaterThan(0);
        expect(text, query).not.toMatch(/stacktrace|ENOENT|\.ts:\d|    at /);
      }
    } finally {
      process.env.NODE_ENV = before;
      await byEnv?.stop();
    }
  });

  it('keeps user errors informative but without stack traces', async () => {
    const body: any = await (await post(server.url, { query: '{ companies(first: 0) { totalCount } }' })).json();
    expect(body.errors[0].message).toBe('Argument `first` must be between 1 and 100; got 0.');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
    const parse: any = await (await post(server.url, { query: '{ companies {' })).json();
    expect(parse.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('keeps introspection on: the data is public', async () => {
    const body: any = await (await post(server.url, { query: '{ __schema { queryType { name } } __type(name: "FactFilter") { inputFields { name } } }' })).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
    expect(body.data.__type.inputFields.map((f: any) => f.name)).toContain('periodFrom');
  });

  it('answers a malformed JSON body with 400 and a coded error', async () => {
    const res = await post(server.url, '{"query": "{ companies { totalCount } }"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(server.url, { query: `{ companies { totalCount } } #${'x'.repeat(1 << 20)}` });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a field the schema lacks with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await post(server.url, { query: '{ companies { nodes { price } } }' });
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simpleGet = await fetch(`${server.url}?query=${encodeURIComponent('{ companies { totalCount } }')}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/Cross-Site Request Forgery/);
    const simplePost = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ companies { totalCount } }' }) });
    expect(simplePost.status).toBe(400);
    const preflighted = await get('{ companies { totalCount } }');
    expect(preflighted.status).toBe(200);
  });
});

describe('HTTP caching of GET queries', () => {
  it('lets caches keep a GET answer, named by an ETag from the data\'s content hash, and revalidates with 304', async () => {
    const query = '{ company(ticker: "QFIN") { name } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+\.[\w-]+"$/);
    expect(((await first.json()) as any).data.company.name).toBe('Qifu Technology');

    const again = await get(query);
    expect(again.headers.get('etag')).toBe(etag);
    const revalidated = await get(query, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');

    const other = await get('{ companies { totalCount } }');
    expect(other.headers.get('etag')).not.toBe(etag);
    expect(other.headers.get('etag')!.split('.')[0]).toBe(etag.split('.')[0]);
  });

  it('does not mark errors or POST answers cacheable', async () => {
    const error = await get('{ companies(first: 0) { totalCount } }');
    expect(error.headers.get('etag')).toBeNull();
    expect(error.headers.get('cache-control') ?? '').not.toMatch(/public/);
    const posted = await post(server.url, { query: '{ companies { totalCount } }' });
    expect(posted.headers.get('etag')).toBeNull();
    expect(posted.headers.get('cache-control') ?? '').not.toMatch(/public/);
  });

  it('changes the ETag when the data changes', async () => {
    const { graphVersion } = await import('../../src/server/graph-version.js');
    const { loadGraph } = await import('../../src/domain/load-graph.js');
    const a = loadGraph();
    const b = loadGraph();
    expect(graphVersion(a, 'sdl')).toBe(graphVersion(b, 'sdl'));
    const fact = b.companies[0].lineItems.flatMap((i) => i.facts)[0];
    fact.value = `${fact.value}1`;
    expect(graphVersion(b, 'sdl')).not.toBe(graphVersion(a, 'sdl'));
    expect(graphVersion(a, 'other sdl')).not.toBe(graphVersion(a, 'sdl'));
  });
});

describe('/health', () => {
  it('reports status and what is loaded, never cached', async () => {
    const res = await fetch(server.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body: any = await res.json();
    const graph = embeddedGraph();
    const disclosures = graph.companies.flatMap((c) => c.disclosures);
    expect(body).toMatchObject({
      status: 'ok',
      companies: graph.companies.length,
      disclosures: disclosures.length,
      facts: disclosures.reduce((n, d) => n + d.facts.length, 0),
    });
    expect(body.checks.total).toBe(disclosures.reduce((n, d) => n + d.checks.length, 0));
    expect(typeof body.version).toBe('string');
  });

  it('answers unknown paths with 404 and a coded error', async () => {
    const res = await fetch(server.url.replace('/graphql', '/nope'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
