import type { Graph } from '../domain/graph.js';

/** What every resolver receives: the immutable graph loaded at start-up. */
export interface Context {
  graph: Graph;
}
