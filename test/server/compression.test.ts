import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NESTED, requestBody } from '../../bench/workloads.js';
import { negotiateEncoding } from '../../src/server/compression.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

let executing: RunningServer;
let caching: RunningServer;

beforeAll(async () => {
  executing = await startServer(embeddedGraph(), 0, '127.0.0.1', { production: true, responseCacheBytes: 0 });
  caching = await startServer(embeddedGraph(), 0, '127.0.0.1', { production: true, responseCacheBytes: 64 << 20 });
});
afterAll(async () => {
  await executing.stop();
  await caching.stop();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, not decoded. */
  body: Buffer;
}

/** A request over node:http, which (unlike fetch) neither adds Accept-Encoding nor decodes the answer. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; search?: string }): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${options.search ?? ''}`, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (url: string, body: string, acceptEncoding?: string) =>
  send(url, { body, headers: acceptEncoding === undefined ? JSON_HEADERS : { ...JSON_HEADERS, 'accept-encoding': acceptEncoding } });

function decoded(r: Raw): string {
  const coding = r.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(r.body).toString('utf8');
  if (coding === 'gzip') return gunzipSync(r.body).toString('utf8');
  expect(coding).toBeUndefined();
  return r.body.toString('utf8');
}

const LARGE = requestBody(NESTED);
const SMALL = JSON.stringify({ query: '{ companies { totalCount } }' });

describe('compression of answers', () => {
  it('chooses brotli, else gzip, else none, honouring q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding(undefined)).toBeNull();
  });

  it.each([
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
    ['none when brotli and gzip are refused', 'br;q=0, gzip;q=0, identity', undefined],
    ['none without Accept-Encoding', undefined, undefined],
  ])('a large executed answer: %s, and it decodes to the uncompressed answer', async (_name, accept, expected) => {
    const plain = await post(executing.url, LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const r = await post(executing.url, LARGE, accept);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe(expected);
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    if (expected) expect(r.body.length).toBeLessThan(plain.body.length / 5);
    expect(decoded(r)).toBe(plain.body.toString('utf8'));
  });

  it('sends small answers uncompressed, still with Vary: Accept-Encoding', async () => {
    const r = await post(executing.url, SMALL, 'br, gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(r.body.toString('utf8')).data.companies.totalCount).toBe(1);
  });

  it('keeps one compressed copy per encoding in the response cache, and replays it', async () => {
    const query = JSON.stringify({ query: NESTED.query, variables: NESTED.variables, operationName: 'Nested' });
    const plain = await post(caching.url, query); // stored uncompressed
    const bytesBefore = caching.cache!.bytes;
    const answers: Record<string, Raw[]> = { br: [], gzip: [] };
    for (let i = 0; i < 3; i++) {
      answers.br.push(await post(caching.url, query, 'br'));
      answers.gzip.push(await post(caching.url, query, 'gzip'));
      await new Promise((resolve) => setTimeout(resolve, 100)); // the stored copies are made off the event loop
    }
    for (const [coding, rs] of Object.entries(answers)) {
      for (const r of rs) {
        expect(r.headers['content-encoding']).toBe(coding);
        expect(r.headers.vary).toMatch(/accept-encoding/i);
        expect(decoded(r)).toBe(plain.body.toString('utf8'));
      }
      // After the first, the same stored bytes are replayed.
      expect(rs[2].body.equals(rs[1].body)).toBe(true);
    }
    const added = caching.cache!.bytes - bytesBefore;
    expect(added).toBe(answers.br[2].body.length + answers.gzip[2].body.length);
    const again = await post(caching.url, query);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.body.equals(plain.body)).toBe(true);
  });

  it('gives GET answers one ETag per encoding, and 304 only for the matching one', async () => {
    const search = `?query=${encodeURIComponent(NESTED.query)}&variables=${encodeURIComponent(JSON.stringify(NESTED.variables))}`;
    const get = (acceptEncoding?: string, ifNoneMatch?: string) =>
      send(executing.url, {
        method: 'GET',
        search,
        headers: { 'apollo-require-preflight': 'true', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}) },
      });
    const plain = await get();
    const br = await get('br');
    const gzip = await get('gzip');
    const tags = [plain, br, gzip].map((r) => r.headers.etag as string);
    expect(new Set(tags).size).toBe(3);
    expect(tags[1]).toMatch(/\.br"$/);
    expect(tags[2]).toMatch(/\.gzip"$/);
    for (const r of [plain, br, gzip]) {
      expect(r.headers.vary).toMatch(/accept-encoding/i);
      expect(decoded(r)).toBe(plain.body.toString('utf8'));
    }
    const notModified = await get('br', tags[1]);
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.vary).toMatch(/accept-encoding/i);
    expect((await get('gzip', tags[2])).status).toBe(304);
    expect((await get(undefined, tags[0])).status).toBe(304);
    // The brotli tag does not match the gzip representation, nor the uncompressed one.
    const other = await get('gzip', tags[1]);
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('gzip');
    expect((await get(undefined, tags[1])).status).toBe(200);
  });
});
