import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from '../data/load.js';
import { findFilings, readFiling, XbrlError } from '../xbrl/index.js';
import { buildGraph } from './build-graph.js';
import type { Graph } from './graph.js';

/** The curated data shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * Loads, validates and links a data folder and, when `filingsDir` is given, every SEC
 * filing found under it at any depth: the whole graph, without any server. A malformed
 * data file throws a DataFileError, a malformed or incomplete filing an XbrlError.
 */
export function loadGraph(root: string = DEFAULT_DATA_DIR, filingsDir?: string): Graph {
  const data = loadData(root);
  if (filingsDir === undefined) return buildGraph(data);
  const folder = resolve(filingsDir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new XbrlError(folder, null, 'the filings folder does not exist');
  return buildGraph(data, { root: folder, list: findFilings(folder).map((f) => readFiling(f)) });
}
