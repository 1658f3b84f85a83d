import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, sourcesDir } from '../data/load.js';
import { findFilings, readFiling, XbrlError } from '../xbrl/index.js';
import { buildGraph } from './build-graph.js';
import { readAllCompanyFacts } from '../companyfacts/read-company-facts.js';
import type { Graph } from './graph.js';

/** The curated data shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * Loads, validates and links a data folder and, when `filingsDir` is given, every SEC
 * filing found under it at any depth, and every `<cik>/companyfacts.json` directly under it: the whole graph, without any server. A malformed
 * data file throws a DataFileError, a malformed or incomplete filing an XbrlError.
 * Curated source texts are looked up in `sources` (SOURCES_DIR, else ../shared/seeds);
 * a disclosure whose text is not there loads unchecked against it (`source.isVerified`).
 */
export function loadGraph(root: string = DEFAULT_DATA_DIR, filingsDir?: string, sources: string = sourcesDir()): Graph {
  const data = loadData(root, sources);
  if (filingsDir === undefined) return buildGraph(data);
  const folder = resolve(filingsDir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new XbrlError(folder, null, 'the filings folder does not exist');
  const companyFacts = readAllCompanyFacts(folder);
  // An unreadable companyfacts file is set aside, named with its reason, and the rest load.
  for (const s of companyFacts.setAside) console.warn(`Set aside ${s.file}: ${s.reason}`);
  return buildGraph(data, { root: folder, list: findFilings(folder).map((f) => readFiling(f)), companyFacts: companyFacts.read });
}

/** The one-line start-up notice when some curated source texts were not found (null when all were). */
export function unverifiedSourcesNotice(graph: Graph, sources: string = sourcesDir()): string | null {
  const unverified = graph.companies.flatMap((c) => c.disclosures).filter((d) => !d.source.isVerified);
  if (unverified.length === 0) return null;
  const named = unverified.slice(0, 3).map((d) => d.id).join(', ') + (unverified.length > 3 ? `, and ${unverified.length - 3} more` : '');
  return `Source texts not found in ${sources} for ${unverified.length} disclosure(s) (${named}): their curated excerpts are served without being checked against the source (set SOURCES_DIR to check them).`;
}
