import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Graph } from '../domain/graph.js';
import { createApollo } from './create-apollo.js';
import { createHttpHandler, GRAPHQL_PATH } from './http-handler.js';
import { ResponseCache } from './response-cache.js';

export interface ServerOptions {
  /** Bytes of serialized responses kept for repeated queries; 0 turns the cache off. */
  responseCacheBytes?: number;
}

export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export interface RunningServer {
  url: string;
  http: Server;
  /** Null when turned off. */
  cache: ResponseCache | null;
  stop(): Promise<void>;
}

/** Starts the API over `graph` on `port` (0 for any free port). */
export async function startServer(graph: Graph, port: number, host = '0.0.0.0', options: ServerOptions = {}): Promise<RunningServer> {
  const apollo = createApollo();
  await apollo.start();
  const context = { graph };
  const cacheBytes = options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES;
  const cache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  const http = createServer(createHttpHandler(apollo, async () => context, cache ?? undefined));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  const { port: actual } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}${GRAPHQL_PATH}`,
    http,
    cache,
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
    },
  };
}
