import { DataFileError } from '../data/data-file-error.js';
import { unverifiedSourcesNotice } from '../domain/load-graph.js';
import { describeSetAside } from '../xbrl/index.js';
import { StoreUnavailableError } from '../store/errors.js';
import { followStore, loadFromStore, type StoreServing } from './serve-store.js';
import type { StoreSource } from '../store/store-source.js';
import type { Served } from './served.js';
import { filingsDirFromEnv } from '../store/ingest-command.js';
import type { Store } from '../store/open-store.js';
import { XbrlError } from '../xbrl/errors.js';
import { startServer } from './start-server.js';

/** `npm start`: ingests what is new under FILINGS_DIR into the store, reads the company catalog, and serves the curated data and the store's companies (each loaded on first use); a malformed data file or a store it cannot open stops start-up, a filing that cannot be read is set aside and reported. */
async function main(): Promise<void> {
  // `npm run fetch` writes into filings/ by default, so that is loaded when FILINGS_DIR names no other folder.
  let filingsDir: string | undefined;
  let served: Served;
  let serving: StoreServing;
  let source: StoreSource;
  let store: Store | undefined;
  let generation = 0;
  try {
    filingsDir = filingsDirFromEnv() ?? undefined;
    ({ served, serving, source, store, generation } = await loadFromStore(process.env, filingsDir));
  } catch (error) {
    await store?.close();
    if (error instanceof StoreUnavailableError) {
      console.error(`Cannot open the store: ${error.message}`);
      process.exit(1);
    }
    if (error instanceof DataFileError) {
      console.error(`Cannot load data: ${error.message}`);
      process.exit(1);
    }
    if (error instanceof XbrlError) {
      console.error(`Cannot load filings: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const setAside = source.catalog.setAside.map((r) => describeSetAside(r, filingsDir ?? ''));
  if (setAside.length) console.warn(`${setAside.length} filing(s) set aside (listed by the setAsideFilings query):\n${setAside.join('\n')}`);
  const port = Number(process.env.PORT ?? 4000);
  const cacheMb = Number(process.env.RESPONSE_CACHE_MB ?? 64);
  if (!(cacheMb >= 0)) {
    console.error(`RESPONSE_CACHE_MB must be a number of megabytes, 0 to turn the cache off; got "${process.env.RESPONSE_CACHE_MB}"`);
    process.exit(1);
  }
  const drainMs = Number(process.env.DRAIN_TIMEOUT_MS ?? 10_000);
  if (!(drainMs >= 0)) {
    console.error(`DRAIN_TIMEOUT_MS must be a number of milliseconds; got "${process.env.DRAIN_TIMEOUT_MS}"`);
    process.exit(1);
  }
  const server = await startServer(served, port, undefined, {
    responseCacheBytes: Math.floor(cacheMb * 1024 * 1024),
    drainTimeoutMs: drainMs,
    filingsDir,
  });
  // What another process ingests is served once built (STORE_POLL_SECONDS, default 10; 0 turns it off).
  const unfollow = followStore(store, generation, (next) => server.replaceGraph(next), Number(process.env.STORE_POLL_SECONDS ?? 10), { ...process.env, FILINGS_DIR: filingsDir ?? '' }, serving);
  const cache = serving.graphs.stats();
  console.log(`Loaded ${source.catalog.routes.length} companies from the catalog (${source.catalog.facts} stored facts${filingsDir ? `, filings from ${filingsDir}` : '; set FILINGS_DIR or run npm run fetch to load some'}); ${cache.graphs} company graph(s) in memory (${Math.round(cache.bytes / 2 ** 20)} of ${Math.round(cache.maxBytes / 2 ** 20)} MB, GRAPH_CACHE_MB); the others load on first use.`);
  const notice = unverifiedSourcesNotice(serving.curated);
  if (notice) console.warn(notice);
  console.log(`GraphQL API ready at ${server.url} (process ${process.pid})`);
  console.log(`Explorer at ${server.origin}/`);
  // SIGTERM (orchestrators), SIGINT (Ctrl-C) and SIGHUP (a closed terminal, or a supervisor's
  // reload): refuse new connections, finish in-flight requests up to the drain deadline,
  // release what the server holds, exit 0. A repeated signal does not cut the drain short:
  // Ctrl-C under `npm start` reaches the server twice, from the terminal and from npm.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining in-flight requests (at most ${drainMs} ms)`);
    unfollow();
    void server.stop().then(
      async () => {
        await store?.close();
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, shutdown);
  // A rejection nobody handles is a bug to log, not a reason to drop every request in flight.
  process.on('unhandledRejection', (reason) => console.error('Unhandled rejection:', reason));
}

void main();
