/**
 * Serving from the store (the server's side of it: the store knows no server). What `npm
 * start` does before serving: open the store, ingest FILINGS_DIR, read the company
 * catalog (deriving the rows of companies whose documents changed), and serve companies
 * from their graphs, built on first use (store-source.ts). No filing is read at start-up
 * when nothing changed.
 */
import { createHash } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import type pg from 'pg';
import { loadData, sourcesDir, type LoadedData } from '../data/load.js';
import { disclosureCounts } from '../domain/disclosure-counts.js';
import { DEFAULT_DATA_DIR } from '../domain/load-graph.js';
import type { Graph } from '../domain/graph.js';
import { printedSchema } from '../graphql/print-schema.js';
import { searchRowViews } from '../graphql/search/search-row-views.js';
import { graphVersion } from './graph-version.js';
import type { Served } from './served.js';
import { setAsideOf } from '../xbrl/set-aside.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import { catalogCounts, companyFactsFiles } from '../store/catalog.js';
import { StoreUnavailableError } from '../store/errors.js';
import { CompanyGraphs, DEFAULT_GRAPH_CACHE_MB } from '../store/company-graphs.js';
import { filingsDirFromEnv, ingestSummary } from '../store/ingest-command.js';
import { ingestFilings, type IngestReport } from '../store/ingest.js';
import { buildStoredGraph } from '../store/load-stored-graph.js';
import { commonFolder, storeGeneration } from '../store/read-store.js';
import { openStore, storeOptionsFromEnv, type Store } from '../store/open-store.js';
import { Catalog, curatedGraph, deriveCatalogCounts, refreshCatalog, StoreSource } from '../store/store-source.js';

export interface StoreServingOptions {
  /** The curated data folder (DATA_DIR; default data/). */
  dataDir?: string;
  filingsDir: string | null;
  /** Folders the last ingest could not read: set aside, as loading from files sets them aside. */
  refused?: readonly SetAsideFiling[];
  /** Bytes of company graphs kept in memory (GRAPH_CACHE_MB). */
  cacheBytes?: number;
  log?: (line: string) => void;
}

/** GRAPH_CACHE_MB in bytes (default DEFAULT_GRAPH_CACHE_MB); anything but a positive number is refused. */
export function graphCacheBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.GRAPH_CACHE_MB ?? DEFAULT_GRAPH_CACHE_MB);
  if (!(mb > 0)) throw new StoreUnavailableError(`GRAPH_CACHE_MB must be a positive number of megabytes; got "${env.GRAPH_CACHE_MB}"`);
  // The cache's estimate must leave the rest of the heap to the server, the response cache and a graph being built.
  const heapMb = getHeapStatistics().heap_size_limit / 2 ** 20;
  if (mb > heapMb * 0.6) throw new StoreUnavailableError(`GRAPH_CACHE_MB=${mb} exceeds 60 % of the heap limit (${Math.round(heapMb)} MB): lower it, or raise node's --max-old-space-size`);
  return Math.floor(mb * 1024 * 1024);
}

/** The store served: the curated data, the cache of company graphs, and a snapshot of the catalog per generation. */
export class StoreServing {
  private readonly companyFacts: { files: Map<string, string> };
  /** The background pass deriving the counts of rows written before migration 0080 (`deriveCatalogCounts`), while one runs. */
  private counting: Promise<void> | undefined;
  /** Settles when the last snapshot's /health counts are final (its rows' counts derived and summed again). */
  private countsFinal: Promise<void> = Promise.resolve();

  private constructor(
    private readonly pool: pg.Pool,
    readonly data: LoadedData,
    readonly curated: Graph,
    private readonly curatedVersion: string,
    readonly graphs: CompanyGraphs,
    private readonly root: string,
    private readonly options: StoreServingOptions,
    companyFacts: { files: Map<string, string> },
  ) {
    this.companyFacts = companyFacts;
  }

  static async open(pool: pg.Pool, options: StoreServingOptions): Promise<StoreServing> {
    const data = loadData(options.dataDir ?? DEFAULT_DATA_DIR, sourcesDir());
    const curated = curatedGraph(data);
    const root = options.filingsDir ?? commonFolder((await pool.query<{ root: string }>('select distinct root from documents')).rows.map((r) => r.root));
    const companyFacts = { files: companyFactsFiles(options.filingsDir) };
    const graphs = new CompanyGraphs({ pool, data, root, companyFactsFile: (cik) => companyFacts.files.get(cik) ?? null, maxBytes: options.cacheBytes ?? DEFAULT_GRAPH_CACHE_MB * 1024 * 1024 });
    return new StoreServing(pool, data, curated, graphVersion(curated, printedSchema()), graphs, root, options, companyFacts);
  }

  /**
   * The store as it is now: its generation, the catalog brought up to date (companies whose
   * documents changed are dropped from the cache and derived again), and what to serve.
   */
  async snapshot(): Promise<{ served: Served; source: StoreSource; generation: number; refreshed: string[] }> {
    const generation = await storeGeneration(this.pool);
    this.companyFacts.files = companyFactsFiles(this.options.filingsDir);
    const { rows, refreshed } = await refreshCatalog(this.pool, this.graphs, this.companyFacts.files, this.options.log, searchRowViews);
    const folders = new Set((await this.pool.query<{ folder: string }>("select folder from documents where kind = 'xbrl-filing'")).rows.map((r) => r.folder));
    const catalog = new Catalog(this.curated, rows, this.options.refused ?? []);
    const { filingsDir, refused } = this.options;
    const source = new StoreSource(catalog, this.graphs, this.root, this.pool, async () => (await buildStoredGraph(this.pool, this.data, filingsDir ?? undefined, refused)).graph);
    // Names what every answer of this snapshot depends on: the schema and curated data (content hash) and the store's generation.
    const version = createHash('sha256').update(`${this.curatedVersion}\nstore generation ${generation}`).digest('base64url').slice(0, 27);
    // Counted as over the whole graph loaded from files (served.ts): the stored companies' rows (which count their curated
    // disclosures too), summed in SQL, and the curated companies with nothing stored.
    const curatedOnly = this.curated.companies.filter((c) => !c.cik || !rows.has(c.cik));
    const curatedCounts = disclosureCounts(curatedOnly);
    const facts = catalog.facts + curatedCounts.facts;
    let counts = await catalogCounts(this.pool);
    if (counts.pending.length) {
      // Rows derived before migration 0080: counted after start-up, in the background; until then /health says how many are pending.
      this.counting ??= deriveCatalogCounts(this.pool, this.graphs, rows, counts.pending).then(
        (n) => this.options.log?.(`Catalog: the /health counts of ${n} compan${n === 1 ? 'y' : 'ies'} derived.`),
        (e: unknown) => this.options.log?.(`Catalog: deriving the /health counts stopped (${(e as Error).message}); they are derived again at the next start.`),
      ).finally(() => (this.counting = undefined));
      this.countsFinal = this.counting.then(async () => {
        counts = await catalogCounts(this.pool);
      }).catch(() => undefined);
    } else this.countsFinal = Promise.resolve();
    const health = () => ({
      companies: catalog.routes.length,
      disclosures: counts.pending.length ? null : counts.disclosures + curatedCounts.disclosures,
      facts,
      checks: counts.pending.length ? null : { total: counts.checks + curatedCounts.checks, failed: counts.failedChecks + curatedCounts.failedChecks },
      ...(counts.pending.length ? { countsPending: counts.pending.length } : {}),
      generation,
      graphCache: this.graphs.stats(),
    });
    return { served: { context: { source }, version, health, isFilingFolder: (folder) => folders.has(folder) }, source, generation, refreshed };
  }

  /** Settles when the last snapshot's /health reports every count (at once, unless rows were derived before migration 0080). */
  countsDerived(): Promise<void> {
    return this.countsFinal;
  }
}

export async function loadFromStore(env: NodeJS.ProcessEnv = process.env, filingsFolder?: string): Promise<{ served: Served; serving: StoreServing; source: StoreSource; store: Store; generation: number }> {
  const filingsDir = filingsDirFromEnv({ FILINGS_DIR: filingsFolder ?? env.FILINGS_DIR });
  const store = await openStore({ ...storeOptionsFromEnv(env), log: (l) => console.log(l) });
  try {
    console.log(`Store: ${store.description}`);
    let report: IngestReport | undefined;
    if (filingsDir) {
      report = await ingestFilings(store.pool, filingsDir);
      console.log(ingestSummary(report, filingsDir));
    }
    // A folder the reader refused is set aside (and re-read at the next start); the others were stored.
    const refused = report?.failed.filter((f) => f.stage === 'read').map((f) => setAsideOf(f.folder, f.error)) ?? [];
    const serving = await StoreServing.open(store.pool, { dataDir: env.DATA_DIR || undefined, filingsDir, refused, cacheBytes: graphCacheBytes(env), log: (l) => console.log(l) });
    const { served, source, generation } = await serving.snapshot();
    return { served, serving, source, store, generation };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/**
 * Follows the store while serving: every `seconds`, its generation is read; when an ingest
 * (another process's `npm run ingest`) changed it, the catalog is brought up to date (the
 * changed companies dropped from the cache) and the new snapshot handed to `replace`. A store
 * that cannot be reached meanwhile is reported once; companies in memory keep answering, and
 * the next successful read resumes. Returns the stop.
 */
export function followStore(store: Store, generation: number, replace: (served: Served, generation: number) => void, seconds = 10, env: NodeJS.ProcessEnv = process.env, serving?: StoreServing): () => void {
  if (!(seconds > 0)) return () => undefined;
  let current = generation;
  let busy = false;
  let lost = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const next = await storeGeneration(store.pool);
        if (lost) console.log('Store: reachable again.');
        lost = false;
        if (next === current) return;
        serving ??= await StoreServing.open(store.pool, { dataDir: env.DATA_DIR || undefined, filingsDir: filingsDirFromEnv(env), cacheBytes: graphCacheBytes(env) });
        const snapshot = await serving.snapshot();
        replace(snapshot.served, snapshot.generation);
        console.log(`Store: generation ${current} → ${snapshot.generation}; ${snapshot.refreshed.length} compan${snapshot.refreshed.length === 1 ? 'y' : 'ies'} changed.`);
        current = snapshot.generation;
      } catch (e) {
        if (!lost) console.error(`Store: cannot read it (${(e as Error).message}); companies in memory keep answering until it returns.`);
        lost = true;
      } finally {
        busy = false;
      }
    })();
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
