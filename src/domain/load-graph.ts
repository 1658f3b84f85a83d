import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, sourcesDir } from '../data/load.js';
import { describeSetAside, readFilings, XbrlError, type SetAsideFiling } from '../xbrl/index.js';
import { buildGraph } from './build-graph.js';
import { readAllCompanyFacts, type CompanyFacts } from '../companyfacts/read-company-facts.js';
import type { Graph } from './graph.js';

/** The curated data shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * Loads, validates and links a data folder and, when `filingsDir` is given, every SEC
 * filing found under it at any depth, and every `<cik>/companyfacts.json` directly under it:
 * the whole graph, without any server. A malformed data file throws a DataFileError; a
 * filing (or companyfacts file) that cannot be read is set aside (`graph.setAsideFilings`,
 * see `setAsideNotice`) and the others load. A missing filings folder throws an XbrlError.
 * Curated source texts are looked up in `sources` (SOURCES_DIR, else ../shared/seeds);
 * a disclosure whose text is not there loads unchecked against it (`source.isVerified`).
 */
export function loadGraph(root: string = DEFAULT_DATA_DIR, filingsDir?: string, sources: string = sourcesDir()): Graph {
  const data = loadData(root, sources);
  if (filingsDir === undefined) return buildGraph(data);
  const folder = resolve(filingsDir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new XbrlError(folder, null, 'the filings folder does not exist');
  const { filings, setAside } = readFilings(folder);
  return buildGraph(data, { root: folder, list: filings, setAside, companyFacts: readCompanyFacts(folder, setAside) });
}

/** Every `<cik>/companyfacts.json` under `folder`; an unreadable one is added to `setAside` like a filing, named with its reason, and the rest load. */
export function readCompanyFacts(folder: string, setAside: SetAsideFiling[]): CompanyFacts[] {
  const { read, setAside: refused } = readAllCompanyFacts(folder);
  for (const s of refused) setAside.push({ folder: dirname(s.file), file: s.file, line: null, reason: s.reason });
  return read;
}

/** The start-up report of set-aside filings, one line each (`set aside: folder, file, line: reason`); empty when none. */
export function setAsideNotice(graph: Graph): string[] {
  return graph.setAsideFilings.map((r) => describeSetAside(r, graph.filingsRoot));
}

/** The one-line start-up notice when some curated source texts were not found (null when all were). */
export function unverifiedSourcesNotice(graph: Graph, sources: string = sourcesDir()): string | null {
  const unverified = graph.companies.flatMap((c) => c.disclosures).filter((d) => !d.source.isVerified);
  if (unverified.length === 0) return null;
  const named = unverified.slice(0, 3).map((d) => d.id).join(', ') + (unverified.length > 3 ? `, and ${unverified.length - 3} more` : '');
  return `Source texts not found in ${sources} for ${unverified.length} disclosure(s) (${named}): their curated excerpts are served without being checked against the source (set SOURCES_DIR to check them).`;
}
