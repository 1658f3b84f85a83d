/**
 * Versioned schema migrations: the numbered SQL files of ./migrations, applied in order at
 * start-up, each in its own transaction with its row in `schema_migrations`, under an
 * advisory lock so two processes starting together apply each once. A file already applied
 * and since edited stops start-up (a migration is never changed, a new one is added).
 *
 * A dozen lines over pg rather than a migration tool: plain SQL files are what Citus and a
 * DBA read, pg runs each file as one multi-statement transaction, and a tool would add a
 * dependency (and its CLI conventions) for this loop.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
const LOCK = 0x5354_4f52; // 'STOR'

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

export function migrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { version: Number(name.slice(0, 4)), name, sql, sha256: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies what is missing; returns the names applied now. */
export async function migrate(pool: pg.Pool, dir?: string): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK]);
    await client.query('create table if not exists schema_migrations (version int primary key, name text not null, sha256 text not null, applied_at timestamptz not null default now())');
    const done = new Map((await client.query<{ version: number; name: string; sha256: string }>('select version, name, sha256 from schema_migrations')).rows.map((r) => [r.version, r]));
    const applied: string[] = [];
    for (const m of migrations(dir)) {
      const had = done.get(m.version);
      if (had) {
        if (had.sha256 !== m.sha256) throw new Error(`migration ${m.name} was changed after it was applied (as ${had.name}); add a new migration instead`);
        continue;
      }
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into schema_migrations (version, name, sha256) values ($1, $2, $3)', [m.version, m.name, m.sha256]);
        await client.query('commit');
      } catch (e) {
        await client.query('rollback');
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    client.release();
  }
}
