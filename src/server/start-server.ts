import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Graph } from '../domain/graph.js';
import { createApollo } from './create-apollo.js';
import { createHttpHandler, GRAPHQL_PATH } from './http-handler.js';

export interface RunningServer {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

/** Starts the API over `graph` on `port` (0 for any free port). */
export async function startServer(graph: Graph, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const apollo = createApollo();
  await apollo.start();
  const context = { graph };
  const http = createServer(createHttpHandler(apollo, async () => context));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  const { port: actual } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}${GRAPHQL_PATH}`,
    http,
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
    },
  };
}
