import { fileURLToPath } from 'node:url';
import { loadData } from '../data/load.js';
import { buildGraph } from './build-graph.js';
import type { Graph } from './graph.js';

/** The curated data shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** Loads, validates and links a data folder: the whole graph, without any server. */
export function loadGraph(root: string = DEFAULT_DATA_DIR): Graph {
  return buildGraph(loadData(root));
}
