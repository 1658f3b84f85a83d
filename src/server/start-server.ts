import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Graph } from '../domain/graph.js';
import type { ExecutionBudgetOptions } from '../graphql/limits/execution-budget.js';
import type { CompiledExecutorOptions, ExecutorKind } from './compiled-executor.js';
import { createApollo } from './create-apollo.js';
import { isServed, servedGraph, type Served } from './served.js';
import { createExportHandler } from './export/export-handler.js';
import { createHttpHandler, GRAPHQL_PATH } from './http-handler.js';
import { FilingDocuments } from './filing-documents.js';
import { ResponseCache } from './response-cache.js';
import { DEFAULT_WEB_ROOT, StaticFiles } from './static-files.js';

export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export interface ServerOptions {
  /** Production error handling (see create-apollo.ts); defaults to NODE_ENV=production. */
  production?: boolean;
  /** Longest wait for in-flight requests on stop before their connections are cut. */
  drainTimeoutMs?: number;
  /** Bytes of serialized responses kept for repeated queries; 0 turns the cache off. */
  responseCacheBytes?: number;
  /** The clock answers are dated by (default: the system's); tests move it across midnight. */
  clock?: () => Date;
  /** Folder of the built explorer (default web/dist); null serves the API only. */
  webRoot?: string | null;
  /** Compiled queries (default, or EXECUTOR) or graphql-js; see create-apollo.ts. */
  executor?: ExecutorKind;
  compiled?: CompiledExecutorOptions;
  /** The filings folder the graph's filings were loaded from: their pages are served under /filing-documents/. */
  filingsDir?: string;
  /** Largest serialized answer (default LIMITS.maxAnswerBytes). */
  maxAnswerBytes?: number;
  /** Per-operation execution budget (default EXECUTION_BUDGET). */
  budget?: ExecutionBudgetOptions;
}

export interface RunningServer {
  url: string;
  /** The explorer's address (the server's root). */
  origin: string;
  http: Server;
  /** Null when turned off. */
  cache: ResponseCache | null;
  /** Stops accepting connections, lets in-flight requests finish (up to drainTimeoutMs), then stops Apollo. */
  stop(): Promise<void>;
  /** Serves another graph, or the store's next generation, from now on: requests in flight finish on the one they began with; the version (ETags, cache keys) follows. */
  replaceGraph(next: Graph | Served): void;
}

/** Starts the API over `graph` (or the store, `Served`) on `port` (0 for any free port). */
export async function startServer(graph: Graph | Served, port: number, host = '0.0.0.0', options: ServerOptions = {}): Promise<RunningServer> {
  const apollo = createApollo({ production: options.production, executor: options.executor, compiled: options.compiled, budget: options.budget });
  await apollo.start();
  const served = (g: Graph | Served): Served => (isServed(g) ? g : servedGraph(g, options.filingsDir ? resolve(options.filingsDir) : undefined));
  let live = served(graph);
  const cacheBytes = options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES;
  const cache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  let draining = false;
  const http = createServer(
    createHttpHandler(apollo, async () => live.context, {
      version: () => live.version,
      health: () => live.health(),
      draining: () => draining,
      cache,
      clock: options.clock,
      exports: createExportHandler(apollo, async () => live.context),
      maxAnswerBytes: options.maxAnswerBytes,
      web: options.webRoot === null ? null : new StaticFiles(options.webRoot ?? DEFAULT_WEB_ROOT),
      filingDocuments: options.filingsDir ? new FilingDocuments(resolve(options.filingsDir), (folder) => live.isFilingFolder(folder)) : null,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  const { port: actual } = http.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${actual}${GRAPHQL_PATH}`,
    origin: `http://localhost:${actual}`,
    http,
    cache,
    replaceGraph(next: Graph | Served) {
      live = served(next);
      // Entries of the former version can no longer be asked for: free their bytes now.
      cache?.clear();
    },
    stop() {
      stopping ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        // Keep-alive connections with no request in flight would hold close() open.
        http.closeIdleConnections();
        const timer = setTimeout(() => http.closeAllConnections(), options.drainTimeoutMs ?? 10_000);
        await closed;
        clearTimeout(timer);
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
