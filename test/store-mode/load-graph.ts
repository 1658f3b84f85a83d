/**
 * `src/domain/load-graph.ts` as test files see it in store mode (vitest.config.ts): the same
 * module, with `loadGraph` recording the folders each graph came from (store-mode.ts).
 */
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph as loadFromFiles } from '../../src/domain/load-graph.js';
import { recordLoad } from './store-mode.js';

export * from '../../src/domain/load-graph.js';

export function loadGraph(root?: string, filingsDir?: string, sources?: string): Graph {
  const graph = loadFromFiles(root, filingsDir, sources);
  recordLoad(graph, root, filingsDir, sources);
  return graph;
}
