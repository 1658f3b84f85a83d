import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/server/response-cache.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

const response = (text: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) });
const JSON_POST = { 'content-type': 'application/json' };

describe('ResponseCache', () => {
  it('keys only JSON POSTs, by content type, accept header and body', () => {
    expect(ResponseCache.keyFor('GET', JSON_POST, '{}')).toBeNull();
    expect(ResponseCache.keyFor('POST', { 'content-type': 'text/plain' }, '{}')).toBeNull();
    expect(ResponseCache.keyFor('POST', {}, '{}')).toBeNull();
    const key = ResponseCache.keyFor('POST', JSON_POST, '{"query":"{a}"}');
    expect(key).not.toBeNull();
    expect(ResponseCache.keyFor('POST', JSON_POST, '{"query":"{b}"}')).not.toBe(key);
    expect(ResponseCache.keyFor('POST', { ...JSON_POST, accept: 'application/graphql-response+json' }, '{"query":"{a}"}')).not.toBe(key);
  });

  it('keeps only successful responses', () => {
    expect(ResponseCache.isCacheable(200, '{"data":{"a":1}}\n')).toBe(true);
    expect(ResponseCache.isCacheable(200, '{"errors":[{"message":"x"}],"data":{"a":null}}\n')).toBe(false);
    expect(ResponseCache.isCacheable(400, '{"data":{"a":1}}\n')).toBe(false);
  });

  it('stays within its byte budget, evicting the least recently used', () => {
    const cache = new ResponseCache(100, 60);
    cache.set('a', response('x'.repeat(40))); // 2 + 40 bytes: two fit, three do not
    cache.set('b', response('y'.repeat(40)));
    expect(cache.get('a')?.body.toString()).toBe('x'.repeat(40)); // a is now the most recent
    cache.set('c', response('z'.repeat(40)));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    cache.set('d', response('w'.repeat(70))); // larger than one entry may be
    expect(cache.get('d')).toBeUndefined();
  });
});

describe('the server with its response cache', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(embeddedGraph(), 0, '127.0.0.1');
  });
  afterAll(() => server.stop());

  const post = async (body: unknown) => {
    const res = await fetch(server.url, { method: 'POST', headers: JSON_POST, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type'), cors: res.headers.get('access-control-allow-origin') };
  };
  const query = 'query ($ticker: String!) { company(ticker: $ticker) { name listings { ticker exchange } } }';

  it('answers a repeated query with the same bytes and headers, from the cache', async () => {
    const first = await post({ query, variables: { ticker: 'QFIN' } });
    const hits = server.cache!.hits;
    const second = await post({ query, variables: { ticker: 'QFIN' } });
    expect(second).toEqual(first);
    expect(JSON.parse(first.text).data.company.name).toBe('Qifu Technology');
    expect(server.cache!.hits).toBe(hits + 1);
  });

  it('never answers one request with another\'s response', async () => {
    await post({ query, variables: { ticker: 'QFIN' } });
    const other = JSON.parse((await post({ query, variables: { ticker: 'NOPE' } })).text);
    expect(other).toEqual({ data: { company: null } });
    const byHk = JSON.parse((await post({ query: '{ company(ticker: "3660") { listings { ticker } } }' })).text);
    expect(byHk.data.company.listings.map((l: { ticker: string }) => l.ticker)).toContain('3660');
  });

  it('does not keep errors', async () => {
    const count = server.cache!.count;
    const bad = await post({ query: '{ company(ticker: "QFIN") { noSuchField } }' });
    expect(bad.status).toBe(400);
    const missingArg = await post({ query, variables: {} });
    expect(JSON.parse(missingArg.text).errors.length).toBeGreaterThan(0);
    expect(server.cache!.count).toBe(count);
  });
});
