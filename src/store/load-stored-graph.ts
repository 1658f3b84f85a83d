/**
 * The graph served from the store: the curated data from its folder (small, validated at
 * start-up as before) and every filing from the store, exactly as the reader returned it
 * when it was ingested, so no XML is parsed again and the answers are those of loading the
 * same folders from files (test/store/serve-from-store.test.ts).
 */
import type pg from 'pg';
import { loadData, sourcesDir, type LoadedData } from '../data/load.js';
import { buildGraph } from '../domain/build-graph.js';
import type { Graph } from '../domain/graph.js';
import { DEFAULT_DATA_DIR } from '../domain/load-graph.js';
import { readStoredCompanyFacts } from './read-companyfacts.js';
import { readStoredFilings } from './read-store.js';
import { oneFilingPerAccession } from '../xbrl/read-filings.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';

export interface StoredGraph {
  graph: Graph;
  /** The store's generation the graph was built from. */
  generation: number;
  filings: number;
}

/**
 * `refused`: the folders the last ingest could not read, set aside in the graph as loading
 * from files sets them aside; filings the store holds are kept one per accession number, as
 * there.
 */
export async function loadStoredGraph(pool: pg.Pool, root: string = DEFAULT_DATA_DIR, sources: string = sourcesDir(), filingsDir?: string, refused: SetAsideFiling[] = []): Promise<StoredGraph> {
  return buildStoredGraph(pool, loadData(root, sources), filingsDir, refused);
}

/** The same, with the curated data already loaded (a server keeps it from start-up). */
export async function buildStoredGraph(pool: pg.Pool, data: LoadedData, filingsDir?: string, refused: readonly SetAsideFiling[] = []): Promise<StoredGraph> {
  const stored = await readStoredFilings(pool);
  const { filings, setAside } = oneFilingPerAccession(stored.list, [...refused]);
  const companyFacts = await readStoredCompanyFacts(pool);
  return { graph: buildGraph(data, { root: filingsDir ?? stored.root, list: filings, setAside, companyFacts }), generation: stored.generation, filings: filings.length };
}
