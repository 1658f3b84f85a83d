/** The store's one way to run statements together on one pooled connection. */
import type pg from 'pg';

/** What a read that must see the store as of one moment begins with: an ingest running meanwhile is seen whole or not at all. */
export const SNAPSHOT = 'begin isolation level repeatable read read only';

/**
 * Runs `work` in one transaction (`begin`, or SNAPSHOT): committed when it returns, rolled back
 * when it throws (the error passed on), the connection released either way. Keep decoding and
 * other work that needs no database outside `work`, so the connection is held only for the
 * statements.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin: 'begin' | typeof SNAPSHOT = 'begin'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
