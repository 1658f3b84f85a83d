/**
 * Store mode (`TEST_SOURCE=store`, `npm run test:store`): the in-process API tests, unchanged,
 * query the store instead of graphs loaded from files. Every graph a test loads with
 * `loadGraph(data, filings)` is recorded (load-graph.ts, put in the tests' place by
 * vitest.config.ts); when a test then queries it (`execute` in test/helpers.ts) or serves it
 * (`startServer`, start-server.ts), the same data folder and filings are ingested into a
 * database of their own in the run's embedded PostgreSQL (test/store/global-setup.ts) and
 * served through `loadFromStore`, as `npm start` serves them: the catalog, company graphs
 * built on first use in the byte-bounded cache, concept slices, SQL frames and search.
 * The test's own graph stays what it was, so a test comparing an answer with it compares
 * the store with files.
 *
 * A graph that was not loaded from folders (a test's Proxy over one, a graph built from
 * data in memory) or that was loaded with curated source texts other than SOURCES_DIR's
 * (the store reads the texts from SOURCES_DIR, as `npm start` does) has no store to stand
 * for it: it is served as it is, and `storeModeSkips` lists why.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { sourcesDir } from '../../src/data/load.js';
import type { Graph } from '../../src/domain/graph.js';
import { DEFAULT_DATA_DIR } from '../../src/domain/load-graph.js';
import type { Served } from '../../src/server/served.js';

export const STORE_MODE = process.env.TEST_SOURCE === 'store';

interface Loaded {
  dataDir: string;
  filingsDir: string | null;
  sources: string;
}

/** How each graph of this process was loaded (by loadGraph's stand-in). */
const loaded = new WeakMap<Graph, Loaded>();
/** What serves each folders' contents in this process (ingested once per run, see `serve`). */
const stores = new Map<string, Promise<Served>>();

/** Why graphs were served from memory in store mode (report.ts prints them after each file). */
export const storeModeSkips: string[] = [];
/** Graphs queried or served from the store, and from memory, since the counts were last read. */
export const storeModeUse = { store: 0, memory: 0 };

export function recordLoad(graph: Graph, dataDir: string | undefined, filingsDir: string | undefined, sources: string | undefined): void {
  loaded.set(graph, { dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR), filingsDir: filingsDir === undefined ? null : resolve(filingsDir), sources: resolve(sources ?? sourcesDir()) });
}

/** What `npm start` would serve for the folders `graph` was loaded from; null (and the reason in `storeModeSkips`) where there is none. */
export function servedFromStore(graph: Graph): Promise<Served> | null {
  const from = loaded.get(graph);
  if (!from) {
    storeModeUse.memory++;
    storeModeSkips.push('a graph not loaded from folders by loadGraph (made or wrapped by the test) is served from memory');
    return null;
  }
  if (from.sources !== resolve(sourcesDir())) {
    storeModeUse.memory++;
    storeModeSkips.push(`a graph loaded with the source texts of ${from.sources}, not SOURCES_DIR's, is served from memory`);
    return null;
  }
  // npm start serves filings/ when FILINGS_DIR is unset; the store of a graph without filings must hold none.
  if (from.filingsDir === null && existsSync('filings')) throw new Error('TEST_SOURCE=store: a filings/ folder in the working directory would be ingested for graphs loaded without filings; move it away');
  // The folders as they are now: a test that changes a folder and loads it again gets a store of the changed one.
  const key = JSON.stringify({ ...from, data: fingerprint(from.dataDir), filings: from.filingsDir && fingerprint(from.filingsDir) });
  storeModeUse.store++;
  let served = stores.get(key);
  if (!served) {
    served = serve(key, from);
    stores.set(key, served);
  }
  return served;
}

/** Every file under `dir` with its size and modification time. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, file), { throwIfNoEntry: false });
    if (stat?.isFile()) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Serves `from` from its database, named by the folders: the first process of the run to
 * ask creates it and ingests them (npm start's first start), the others wait for it (an
 * advisory lock) and find nothing new (npm start's restart), so each folder is ingested and
 * derived once per run.
 */
async function serve(key: string, from: Loaded): Promise<Served> {
  const adminUrl = process.env.STORE_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error("TEST_SOURCE=store needs the run's PostgreSQL: run the tests with vitest (test/store/global-setup.ts starts it)");
  // Imported here: files that never query the store need not load it.
  const [{ default: pg }, { loadFromStore }] = await Promise.all([import('pg'), import('../../src/server/serve-store.js')]);
  const hash = createHash('sha256').update(key).digest();
  const name = `s_${hash.toString('hex').slice(0, 24)}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [hash.readBigInt64BE(0).toString()]);
    if (!(await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount) await admin.query(`create database ${name}`);
    const env = { ...process.env, DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${name}`), DATA_DIR: from.dataDir, FILINGS_DIR: from.filingsDir ?? '' };
    return (await loadFromStore(env, from.filingsDir ?? undefined)).served;
  } finally {
    await admin.end(); // and with it the lock
  }
}
