import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { migrate } from '../../src/store/migrate.js';

/** The test run's cluster (global-setup.ts). */
export function adminUrl(): string {
  const url = process.env.STORE_TEST_ADMIN_URL;
  if (!url) throw new Error('STORE_TEST_ADMIN_URL is unset: run the tests with vitest (test/store/global-setup.ts starts the cluster)');
  return url;
}

/** A new, migrated database of its own for one test file, dropped after it. */
export async function testDatabase(): Promise<{ url: string; pool: pg.Pool }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl());
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  await migrate(pool);
  afterAll(async () => {
    await pool.end();
    const a = new pg.Client(adminUrl());
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  return { url, pool };
}
