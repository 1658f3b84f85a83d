/**
 * One embedded PostgreSQL for the whole test run (vitest globalSetup), in a temporary folder
 * the `postgres` user can reach, on a free port, with fsync off (nothing here must survive
 * a power cut). Each store test creates its own database in it (test/store/helpers.ts);
 * DATABASE_URL names one more, for the servers tests start with `src/server/main.ts`.
 * Stopped and removed after the run, and on any exit of this process.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbedded } from '../../src/store/embedded.js';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-store-test-'));
  chmodSync(dir, 0o755);
  const cluster = await startEmbedded(join(dir, 'store'), { settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '200' } });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', () => {
    void cluster.stop();
    cleanup();
  });
  const admin = new pg.Client(cluster.url);
  await admin.connect();
  await admin.query('create database spawned_servers');
  await admin.end();
  process.env.STORE_TEST_ADMIN_URL = cluster.url;
  process.env.DATABASE_URL = cluster.url.replace(/\/postgres$/, '/spawned_servers');
  return async () => {
    await cluster.stop();
    cleanup();
  };
}
