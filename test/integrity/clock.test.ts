import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';

/**
 * `boardChair` without `asOf` answers for today. Fan Zhao took the chair from Hongyi Zhou
 * on 2024-08-13: a server running across that midnight must change its answer, its
 * response cache entry and its ETag.
 */
let now = new Date('2024-08-12T23:59:58Z');
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1', { clock: () => now });
});
afterAll(() => server.stop());

const query = '{ company(ticker: "QFIN") { boardChair { asOf person { name } } officers { person { name } } } }';

async function post() {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return ((await res.json()) as any).data.company;
}

async function get(etag?: string) {
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (etag) headers['if-none-match'] = etag;
  return fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers });
}

describe('answers that depend on the clock follow it across midnight', () => {
  it('POST, served from the response cache, names the new chair after midnight', async () => {
    now = new Date('2024-08-12T23:59:58Z');
    expect((await post()).boardChair).toEqual({ asOf: '2024-08-12', person: { name: 'Hongyi Zhou' } });
    expect((await post()).boardChair.person.name).toBe('Hongyi Zhou'); // now from the cache
    expect(server.cache!.hits).toBeGreaterThan(0);
    now = new Date('2024-08-13T00:00:01Z');
    expect((await post()).boardChair).toEqual({ asOf: '2024-08-13', person: { name: 'Fan Zhao' } });
  });

  it('GET changes its ETag with the date, and an old ETag no longer gets 304', async () => {
    now = new Date('2024-08-12T12:00:00Z');
    const before = await get();
    const etagBefore = before.headers.get('etag')!;
    expect(((await before.json()) as any).data.company.boardChair.person.name).toBe('Hongyi Zhou');
    expect((await get(etagBefore)).status).toBe(304); // same day: still valid

    now = new Date('2024-08-13T00:00:01Z');
    const after = await get(etagBefore);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etagBefore);
    expect(((await after.json()) as any).data.company.boardChair.person.name).toBe('Fan Zhao');
  });
});
