/**
 * Opens the store: the PostgreSQL named by DATABASE_URL, or else the embedded one in
 * STORE_DIR (default `.data/`), started by this process. Migrations are applied before it
 * is handed out. Unreachable at start: a StoreUnavailableError saying what to set.
 */
import { resolve } from 'node:path';
import pg from 'pg';
import { startEmbedded, type EmbeddedCluster } from './embedded.js';
import { StoreUnavailableError } from './errors.js';
import { migrate } from './migrate.js';

export interface Store {
  pool: pg.Pool;
  /** Where the data is, for the start-up log (no password). */
  description: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** DATABASE_URL; when absent, the embedded PostgreSQL in `storeDir`. */
  databaseUrl?: string;
  /** STORE_DIR, default `.data` in the working directory. */
  storeDir?: string;
  log?: (line: string) => void;
  /** Settings for a cluster started here (tests: fsync off). */
  settings?: Record<string, string>;
}

const MIN_VERSION = 150000;

/** The store as the environment configures it (DATABASE_URL, STORE_DIR). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, storeDir: env.STORE_DIR || undefined };
}

const redact = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(not a URL)';
  }
};

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  let cluster: EmbeddedCluster | undefined;
  let url = options.databaseUrl;
  let description: string;
  if (url) {
    description = `PostgreSQL at ${redact(url)} (DATABASE_URL)`;
  } else {
    const dir = resolve(options.storeDir ?? '.data');
    cluster = await startEmbedded(dir, { log: options.log, settings: options.settings });
    url = cluster.url;
    description = `embedded PostgreSQL in ${dir} (STORE_DIR), port ${cluster.port}`;
    // Whatever way the process ends, the cluster it started goes with it.
    process.once('exit', () => void cluster?.stop());
  }
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version_num') as v");
    if (Number(rows[0].v) < MIN_VERSION) throw new StoreUnavailableError(`${description} is PostgreSQL ${rows[0].v}; version 15 or later is needed`);
    await migrate(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    await cluster?.stop();
    if (e instanceof StoreUnavailableError) throw e;
    const reason = (e as Error).message || (e as { code?: string }).code || String(e);
    throw new StoreUnavailableError(
      options.databaseUrl
        ? `cannot use the database at ${redact(options.databaseUrl)} (DATABASE_URL): ${reason}. Set DATABASE_URL to a reachable PostgreSQL 15 or later, or unset it to use the embedded one in STORE_DIR.`
        : `cannot use the embedded PostgreSQL: ${reason}. Set STORE_DIR to a writable folder, or DATABASE_URL to a PostgreSQL 15 or later.`,
    );
  }
  return {
    pool,
    description,
    close: async () => {
      await pool.end().catch(() => undefined);
      await cluster?.stop();
    },
  };
}
