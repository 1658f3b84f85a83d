/**
 * `src/server/start-server.ts` as test files see it in store mode (vitest.config.ts): a graph
 * loaded from folders is served from the store holding the same folders (store-mode.ts),
 * as `npm start` serves it; everything else as the real `startServer` does.
 */
import type { Graph } from '../../src/domain/graph.js';
import { isServed, type Served } from '../../src/server/served.js';
import { startServer as startOver, type RunningServer, type ServerOptions } from '../../src/server/start-server.js';
import { servedFromStore } from './store-mode.js';

export * from '../../src/server/start-server.js';

export async function startServer(graph: Graph | Served, port: number, host?: string, options?: ServerOptions): Promise<RunningServer> {
  const served = isServed(graph) ? graph : ((await servedFromStore(graph)) ?? graph);
  return startOver(served, port, host, options);
}
