/**
 * Company graphs built on first use from the store, kept in a byte-bounded LRU cache
 * (GRAPH_CACHE_MB). A company's graph holds its stored filings, its companyfacts and, when it
 * is a curated company, its curated data, built by the same builders as loading from files.
 * Concurrent first requests for one company share one build.
 */
import { dirname } from 'node:path';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { CompanyFactsError, readCompanyFacts, type CompanyFacts } from '../companyfacts/read-company-facts.js';
import type { LoadedData } from '../data/load.js';
import { buildGraph } from '../domain/build-graph.js';
import type { Graph } from '../domain/graph.js';
import { SourceError } from '../domain/graph-source.js';
import type { Company } from '../domain/model.js';
import { oneFilingPerAccession } from '../xbrl/read-filings.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { readCompanyFilings } from './read-store.js';
import { readStoredCompanyFacts } from './read-companyfacts.js';

/**
 * Heap a built graph holds per fact (filed and derived facts with their line items, periods,
 * tables, checks and indexes), measured by `npm run bench:lazy` (heap after minus before
 * building each shared filing's company, after a full GC, divided by its facts): 4,044–4,574
 * bytes over Apple, Netflix and Tesla, 4,334 overall, on 2026-12-06. A graph's size in the
 * cache is its fact count times this, rounded up.
 */
export const BYTES_PER_FACT = 4400;

export const DEFAULT_GRAPH_CACHE_MB = 512;

/** Facts a graph holds (every disclosure's, derived included): what its bytes are estimated from. */
export function factCount(graph: Graph): number {
  let n = 0;
  for (const company of graph.companies) for (const d of company.disclosures) n += d.facts.length;
  return n;
}

/** The estimate of a graph's heap the cache counts. */
export function graphBytes(graph: Graph): number {
  return Math.max(1, factCount(graph)) * BYTES_PER_FACT;
}

/**
 * A company's companyfacts as ingested into the store; where the store holds none but
 * FILINGS_DIR has the company's file (ingest refused it, or it came after), the file is read
 * as loading from files reads it, so an unreadable one is set aside with its reason.
 */
export async function companyFactsOf(pool: pg.Pool, cik: string, file: string | null, setAside: SetAsideFiling[]): Promise<CompanyFacts[]> {
  const stored = await readStoredCompanyFacts(pool, cik);
  if (stored.length > 0 || !file) return stored;
  try {
    return [readCompanyFacts(file)];
  } catch (e) {
    if (!(e instanceof CompanyFactsError)) throw e;
    setAside.push({ folder: dirname(file), file, line: null, reason: `${e.where}: ${e.reason}` });
    return [];
  }
}

export interface CompanyGraphsOptions {
  pool: pg.Pool;
  /** The curated data, loaded once: a curated company's is built into its CIK's graph. */
  data: LoadedData;
  /** The folder disclosure paths are relative to (FILINGS_DIR, else the stored filings' common folder). */
  root: string;
  /** The companyfacts file of a CIK under FILINGS_DIR, if any: read when the store holds none of its companyfacts. */
  companyFactsFile: (cik: string) => string | null;
  maxBytes: number;
}

export class CompanyGraphs {
  private readonly cache: LRUCache<string, Graph>;
  private readonly building = new Map<string, Promise<Graph>>();
  /** Which graph each company object belongs to (weak: a graph evicted from the cache is collected). */
  private readonly owners = new WeakMap<Company, Graph>();
  /** Bumped when a company is dropped: a build started before does not enter the cache. */
  private readonly epochs = new Map<string, number>();

  constructor(private readonly options: CompanyGraphsOptions) {
    this.cache = new LRUCache<string, Graph>({ maxSize: Math.max(1, options.maxBytes), sizeCalculation: graphBytes });
  }

  /** The company's graph: from the cache, or built now (one build for concurrent callers). */
  get(cik: string): Promise<Graph> {
    const cached = this.cache.get(cik);
    if (cached) return Promise.resolve(cached);
    let pending = this.building.get(cik);
    if (!pending) {
      const epoch = this.epochs.get(cik) ?? 0;
      pending = this.build(cik).then(
        (graph) => {
          if ((this.epochs.get(cik) ?? 0) === epoch) this.cache.set(cik, graph);
          if (this.building.get(cik) === pending) this.building.delete(cik);
          return graph;
        },
        (error: unknown) => {
          if (this.building.get(cik) === pending) this.building.delete(cik);
          throw error;
        },
      );
      this.building.set(cik, pending);
    }
    return pending;
  }

  /** The company's graph if it is in memory now. */
  peek(cik: string): Graph | undefined {
    return this.cache.peek(cik);
  }

  /** Forgets the companies (their documents changed): the next request builds them again. */
  drop(ciks: Iterable<string>): void {
    for (const cik of ciks) {
      this.epochs.set(cik, (this.epochs.get(cik) ?? 0) + 1);
      this.cache.delete(cik);
      this.building.delete(cik);
    }
  }

  /** The graph `company` was built in, if it was built here. */
  ownerOf(company: Company): Graph | undefined {
    return this.owners.get(company);
  }

  /** Graphs and bytes (estimated) the cache holds now. */
  stats(): { graphs: number; bytes: number; maxBytes: number } {
    return { graphs: this.cache.size, bytes: this.cache.calculatedSize, maxBytes: this.cache.maxSize };
  }

  private async build(cik: string): Promise<Graph> {
    const { pool, data, root } = this.options;
    let stored: XbrlFiling[];
    const setAside: SetAsideFiling[] = [];
    let companyFacts: CompanyFacts[];
    try {
      stored = await readCompanyFilings(pool, cik);
      companyFacts = await companyFactsOf(pool, cik, this.options.companyFactsFile(cik), setAside);
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError(`The store cannot be read now (${(e as Error).message}): company ${cik} is not in memory. Retry later.`, 'SERVICE_UNAVAILABLE');
    }
    const { filings } = oneFilingPerAccession(stored, setAside);
    const curated = { ...data, companies: data.companies.filter((c) => c.doc.cik === cik) };
    const graph = buildGraph(curated, { root, list: filings, setAside, companyFacts });
    for (const company of graph.companies) this.owners.set(company, graph);
    return graph;
  }
}
