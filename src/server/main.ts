import { existsSync } from 'node:fs';
import { DataFileError } from '../data/data-file-error.js';
import { loadGraph, unverifiedSourcesNotice } from '../domain/load-graph.js';
import { XbrlError } from '../xbrl/errors.js';
import { startServer } from './start-server.js';

/** `npm start`: loads the embedded data and the filings under FILINGS_DIR, and serves them; a malformed data file or filing stops start-up. */
async function main(): Promise<void> {
  // `npm run fetch` writes into filings/ by default, so that is loaded when FILINGS_DIR names no other folder.
  const filingsDir = process.env.FILINGS_DIR || (existsSync('filings') ? 'filings' : undefined);
  let graph;
  try {
    graph = loadGraph(process.env.DATA_DIR, filingsDir);
  } catch (error) {
    if (error instanceof DataFileError) {
      console.error(`Cannot load data: ${error.message}`);
      process.exit(1);
    }
    if (error instanceof XbrlError) {
      console.error(`Cannot load filing: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
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
  const server = await startServer(graph, port, undefined, {
    responseCacheBytes: Math.floor(cacheMb * 1024 * 1024),
    drainTimeoutMs: drainMs,
    filingsDir: process.env.FILINGS_DIR || undefined,
  });
  const checks = graph.companies.flatMap((c) => c.disclosures.flatMap((d) => d.checks));
  const failed = checks.filter((c) => c.status === 'FAIL').length;
  const disclosures = graph.companies.reduce((n, c) => n + c.disclosures.length, 0);
  const filings = graph.companies.reduce((n, c) => n + c.disclosures.filter((d) => d.form !== null).length, 0);
  console.log(`Loaded ${graph.companies.length} companies, ${disclosures} disclosures (${filings} SEC filings${filingsDir ? ` from ${filingsDir}` : '; set FILINGS_DIR or run npm run fetch to load some'}); ${checks.length} checks, ${failed} failing.`);
  const notice = unverifiedSourcesNotice(graph);
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
    void server.stop().then(
      () => {
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
}

void main();
