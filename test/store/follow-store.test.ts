import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { loadStoredGraph } from '../../src/store/load-stored-graph.js';
import type { Store } from '../../src/store/open-store.js';
import { followStore } from '../../src/server/serve-store.js';
import { FIXTURES } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const QUERY = '{ companies(first: 20) { nodes { name } } }';

describe('serving while another process ingests', () => {
  let server: RunningServer | undefined;
  let stop = () => undefined as void;
  afterAll(async () => {
    stop();
    await server?.stop();
  });

  it('serves the new filing once ingested, with a new ETag and no answer of the former graph replayed from the cache', async () => {
    const { pool } = await testDatabase();
    const store = { pool, description: 'test', close: async () => undefined } satisfies Store;
    const first = await loadStoredGraph(pool);
    server = await startServer(first.graph, 0, '127.0.0.1', { webRoot: null });
    let replaced = 0;
    stop = followStore(store, first.generation, (g) => {
      server!.replaceGraph(g);
      replaced++;
    }, 0.1);
    const get = () => fetch(`${server!.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const post = async () => (await fetch(server!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) })).text();
    const before = await get();
    const etagBefore = before.headers.get('etag');
    expect(etagBefore).toMatch(/^"/);
    const bodyBefore = await post();
    expect(await post()).toBe(bodyBefore); // now from the response cache

    const dir = mkdtempSync(join(tmpdir(), 'store-follow-'));
    cpSync(join(FIXTURES, 'basic'), join(dir, 'basic'), { recursive: true });
    expect((await ingestFilings(pool, dir)).ingested).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < 200 && replaced === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(replaced).toBe(1);

    const bodyAfter = await post();
    expect(JSON.parse(bodyAfter).data.companies.nodes.length).toBe(JSON.parse(bodyBefore).data.companies.nodes.length + 1);
    const after = await get();
    expect(after.headers.get('etag')).not.toBe(etagBefore);
    // The former ETag no longer matches: a client revalidating gets the new answer, not 304.
    const revalidated = await fetch(`${server!.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'if-none-match': etagBefore!, 'apollo-require-preflight': 'true' } });
    expect(revalidated.status).toBe(200);
  });
});
