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
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
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
/** The store serving each (data, filings) pair, ingested once per process. */
const stores = new Map<string, Promise<Served>>();

/** Graphs served from memory in store mode, and why (printed at the end of the process, and for tests to read). */
export const storeModeSkips: string[] = [];

export function recordLoad(graph: Graph, dataDir: string | undefined, filingsDir: string | undefined, sources: string | undefined): void {
  loaded.set(graph, { dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR), filingsDir: filingsDir === undefined ? null : resolve(filingsDir), sources: resolve(sources ?? sourcesDir()) });
}

async function newDatabase(): Promise<string> {
  const admin = process.env.STORE_TEST_ADMIN_URL;
  if (!admin) throw new Error('TEST_SOURCE=store needs the run\'s PostgreSQL: run the tests with vitest (test/store/global-setup.ts starts it)');
  const name = `s_${randomBytes(6).toString('hex')}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return admin.replace(/\/postgres$/, `/${name}`);
}

/** What `npm start` would serve for the folders `graph` was loaded from; null (and the reason in `storeModeSkips`) where there is none. */
export function servedFromStore(graph: Graph): Promise<Served> | null {
  const from = loaded.get(graph);
  if (!from) {
    storeModeSkips.push('a graph not loaded from folders by loadGraph (made or wrapped by the test) is served from memory');
    return null;
  }
  if (from.sources !== resolve(sourcesDir())) {
    storeModeSkips.push(`a graph loaded with the source texts of ${from.sources}, not SOURCES_DIR's, is served from memory`);
    return null;
  }
  // npm start serves filings/ when FILINGS_DIR is unset; the store of a graph without filings must hold none.
  if (from.filingsDir === null && existsSync('filings')) throw new Error('TEST_SOURCE=store: a filings/ folder in the working directory would be ingested for graphs loaded without filings; move it away');
  const key = JSON.stringify(from);
  let served = stores.get(key);
  if (!served) {
    served = (async () => {
      const env = { ...process.env, DATABASE_URL: await newDatabase(), DATA_DIR: from.dataDir, FILINGS_DIR: from.filingsDir ?? '' };
      // Imported here: files that never query the store need not load it.
      const { loadFromStore } = await import('../../src/server/serve-store.js');
      return (await loadFromStore(env, from.filingsDir ?? undefined)).served;
    })();
    stores.set(key, served);
  }
  return served;
}
