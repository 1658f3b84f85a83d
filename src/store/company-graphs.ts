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
import { windowHolds } from '../domain/metrics/latest-window.js';
import type { Company } from '../domain/model.js';
import { oneFilingPerAccession } from '../xbrl/read-filings.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { readCompanyFilings } from './read-store.js';
import { readStoredCompanyFacts } from './read-companyfacts.js';
import { readSlice } from './read-slice.js';
import { sliceParts, type Part } from './slice-parts.js';

/**
 * The heap of a whole company graph the cache counts (`graphBytes`): a base and a share a fact
 * by the kind of its disclosure, measured by `npm run bench:lazy` (`BENCH_ONLY=heap`: V8's heap
 * and the buffers it holds, after minus before building each company of the shared filings and
 * companyfacts, after a full GC, median of three; "in service": after a mix of queries has built
 * the indexes a graph keeps: facts, checks, frames, search, metrics). On 2026-12-06: a
 * companyfacts graph (NVIDIA, 32,487 facts) 820 B a fact built, 1,209 in service; XBRL filings'
 * graphs (Netflix 1,863 facts, Tesla 1,101) 3,524 and 4,119 B a fact in service, i.e. about
 * 1.6 MB + 2,600 B a fact; Apple's (both kinds) 1,314. The estimate is 13–19 % above each.
 */
export const GRAPH_BASE_BYTES = 2 * 1024 * 1024;
export const COMPANY_FACTS_BYTES_PER_FACT = 1300;
export const FILING_BYTES_PER_FACT = 2900;

/**
 * What a company's graph is estimated at from its fact count alone (the catalog's, which does
 * not split facts by kind): the search across companies while the store is small, and the
 * graphs a search page may load at once. At or above the cache's own estimate for every graph of
 * 1,400 facts or more (companyfacts graphs: 3.3–3.7× their heap in service).
 */
export const BYTES_PER_FACT = 4400;

export const DEFAULT_GRAPH_CACHE_MB = 512;

/** Facts a graph holds (every disclosure's, derived included): what its bytes are estimated from. */
export function factCount(graph: Graph): number {
  let n = 0;
  for (const company of graph.companies) for (const d of company.disclosures) n += d.facts.length;
  return n;
}

/**
 * A graph's facts by the kind of their disclosure: SEC companyfacts' own disclosures (their
 * printed facts are companyfacts records), and the others (XBRL filings, with any companyfacts
 * records merged into them, and curated releases).
 */
export function factsByKind(graph: Graph): { companyFacts: number; filings: number } {
  const counts = { companyFacts: 0, filings: 0 };
  for (const company of graph.companies) {
    for (const d of company.disclosures) {
      if (d.facts.find((f) => f.origin !== 'DERIVED')?.source.kind === 'COMPANY_FACTS') counts.companyFacts += d.facts.length;
      else counts.filings += d.facts.length;
    }
  }
  return counts;
}

/** The estimate of a graph's heap the cache counts. */
export function graphBytes(graph: Graph): number {
  const { companyFacts, filings } = factsByKind(graph);
  return GRAPH_BASE_BYTES + companyFacts * COMPANY_FACTS_BYTES_PER_FACT + filings * FILING_BYTES_PER_FACT;
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

/**
 * The heap a concept slice is counted at: a base and a smaller share a fact than a whole graph
 * (no checks, tables, text or footnotes). Measured (heap after minus before building each,
 * after a full GC) over 23 `latestMetrics` slices of the 10 M bench store on 2026-12-06: 635–808
 * B a fact for its companyfacts companies (3,711–4,240 facts), 617–724 KB for its XBRL
 * replicas' (247–579 facts); this is above each.
 */
export const SLICE_BASE_BYTES = 512 * 1024;
export const SLICE_BYTES_PER_FACT = 800;

/** The estimate of a slice's heap its cache counts. */
export function sliceHeapBytes(slice: Graph): number {
  return SLICE_BASE_BYTES + factCount(slice) * SLICE_BYTES_PER_FACT;
}

/**
 * The share of GRAPH_CACHE_MB concept slices may hold (their own LRU; whole graphs have the
 * rest): 64 MB of the default 512 keeps about 20 slices of every metric's concepts
 * (`latestMetrics`, 3,300–4,300 facts) or a hundred of one concept's.
 */
export const SLICE_SHARE = 1 / 8;

/** A slice's key: the company, whether it holds the metrics' extension verdicts, its concepts, sorted, and for a window of `latestMetrics` its date. */
const sliceKey = (cik: string, concepts: readonly string[], verdicts: boolean, latest: { asOf: string | null } | null) =>
  `${cik}|${verdicts ? 'v' : ''}|${JSON.stringify([...new Set(concepts)].sort())}${latest ? `|latest:${latest.asOf ?? ''}` : ''}`;

const NO_SLICE = Symbol('no slice');

export class CompanyGraphs {
  private readonly cache: LRUCache<string, Graph>;
  private readonly building = new Map<string, Promise<Graph>>();
  /** Which graph each company object belongs to (weak: a graph evicted from the cache is collected). */
  private readonly owners = new WeakMap<Company, Graph>();
  /** Bumped when a company is dropped: a build started before does not enter the cache. */
  private readonly epochs = new Map<string, number>();
  /** The slice parts (slice-parts.ts) of the next build of each CIK asked for by `derive`, until it is taken. */
  private readonly parts = new Map<string, Part[] | null>();
  /** Concept slices (read-slice.ts) by `sliceKey`, in SLICE_SHARE of the bytes; null: the slice cannot stand for the whole graph. */
  private readonly slices: LRUCache<string, Graph | typeof NO_SLICE>;
  private readonly slicing = new Map<string, Promise<Graph | typeof NO_SLICE>>();

  constructor(private readonly options: CompanyGraphsOptions) {
    const sliceBytes = Math.floor(options.maxBytes * SLICE_SHARE);
    this.cache = new LRUCache<string, Graph>({ maxSize: Math.max(1, options.maxBytes - sliceBytes), sizeCalculation: graphBytes });
    this.slices = new LRUCache<string, Graph | typeof NO_SLICE>({
      maxSize: Math.max(1, sliceBytes),
      sizeCalculation: (g) => (g === NO_SLICE ? 64 : sliceHeapBytes(g)),
    });
  }

  /**
   * A graph of the company built from the facts of `concepts` only (and its `dei:` facts), the
   * same as its whole graph for those concepts' facts; null when no such slice can be read
   * (see `readSlice`) or it set aside other filings than the whole graph: ask for `get`.
   * `verdicts`: with the metrics' extension verdicts and the concepts they accept
   * (metric-extensions.ts). `latest`: for `latestMetrics(asOf:)` only, of a window of the facts
   * (latest-window.ts), null unless it is proved to answer as the full slice. Concurrent
   * requests for one slice share one build.
   */
  slice(cik: string, concepts: readonly string[], verdicts = false, latest: { asOf: string | null } | null = null): Promise<Graph | null> {
    const key = sliceKey(cik, concepts, verdicts, latest);
    const found = this.slices.get(key) ?? this.once(this.slices, this.slicing, key, cik, async () => (await this.buildSlice(cik, concepts, verdicts, latest)) ?? NO_SLICE);
    return Promise.resolve(found).then((slice) => (slice === NO_SLICE ? null : slice));
  }

  /**
   * The company's whole graph built now (dropped from the cache first), and the parts of its
   * documents concept slices read (slice-parts.ts), from the same documents: what its
   * catalog row is derived from.
   */
  async derive(cik: string): Promise<{ graph: Graph; parts: Part[] }> {
    this.drop([cik]);
    this.parts.set(cik, null);
    try {
      const graph = await this.get(cik);
      const parts = this.parts.get(cik);
      if (!parts) throw new Error(`internal: company ${cik} was built without its slice parts`);
      return { graph, parts };
    } finally {
      this.parts.delete(cik);
    }
  }

  /** The company's graph: from the cache, or built now (one build for concurrent callers). */
  get(cik: string): Promise<Graph> {
    const cached = this.cache.get(cik);
    return cached ? Promise.resolve(cached) : this.once(this.cache, this.building, cik, cik, () => this.build(cik));
  }

  /**
   * One build of `key` for concurrent callers (`inFlight`), its result kept in `cache` unless
   * the company was dropped while it was being built (its documents changed meanwhile).
   */
  private once<V extends NonNullable<unknown>>(cache: LRUCache<string, V>, inFlight: Map<string, Promise<V>>, key: string, cik: string, build: () => Promise<V>): Promise<V> {
    let pending = inFlight.get(key);
    if (!pending) {
      const epoch = this.epochs.get(cik) ?? 0;
      const settled = () => {
        if (inFlight.get(key) === pending) inFlight.delete(key);
      };
      pending = build().then(
        (value) => {
          if ((this.epochs.get(cik) ?? 0) === epoch) cache.set(key, value);
          settled();
          return value;
        },
        (error: unknown) => {
          settled();
          throw error;
        },
      );
      inFlight.set(key, pending);
    }
    return pending;
  }

  /**
   * The company's graph from the cache (or the build under way), else built now without
   * entering the cache: a pass over every company in the background (`deriveCatalogCounts`)
   * must not evict the companies being served.
   */
  passing(cik: string): Promise<Graph> {
    const cached = this.cache.peek(cik);
    return cached ? Promise.resolve(cached) : (this.building.get(cik) ?? this.build(cik));
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
      for (const key of [...this.slices.keys(), ...this.slicing.keys()]) {
        if (!key.startsWith(`${cik}|`)) continue;
        this.slices.delete(key);
        this.slicing.delete(key);
      }
    }
  }

  /** The graph `company` was built in, if it was built here. */
  ownerOf(company: Company): Graph | undefined {
    return this.owners.get(company);
  }

  /** Whole graphs and bytes (estimated) the cache holds now, of `maxBytes` (GRAPH_CACHE_MB, slices included); slices apart. */
  stats(): { graphs: number; bytes: number; maxBytes: number; slices: number; sliceBytes: number } {
    return { graphs: this.cache.size, bytes: this.cache.calculatedSize, maxBytes: Math.max(1, this.options.maxBytes), slices: this.slices.size, sliceBytes: this.slices.calculatedSize };
  }

  private async buildSlice(cik: string, concepts: readonly string[], verdicts: boolean, latest: { asOf: string | null } | null): Promise<Graph | null> {
    const { pool, data, root } = this.options;
    // A curated company's graph holds its curated data too: served whole.
    if (data.companies.some((c) => c.doc.cik === cik)) return null;
    let slice;
    try {
      slice = await readSlice(pool, cik, concepts, this.options.companyFactsFile(cik), verdicts, latest);
    } catch (e) {
      throw new SourceError(`The store cannot be read now (${(e as Error).message}): company ${cik} is not in memory. Retry later.`, 'SERVICE_UNAVAILABLE');
    }
    if (!slice) return null;
    const setAside: SetAsideFiling[] = [];
    const { filings } = oneFilingPerAccession(slice.filings, setAside);
    // Without checks: a slice's are never served (slice-selection.ts), and they are a tenth of its build.
    const graph = buildGraph({ ...data, companies: [] }, { root, list: filings, setAside, companyFacts: slice.companyFacts }, { checks: false });
    // A filing set aside in one and not the other (it failed on a fact of another concept): not the same graph.
    const folders = (list: readonly SetAsideFiling[]) => list.map((s) => s.folder).sort().join('\n');
    if (folders(graph.setAsideFilings) !== folders(slice.setAside)) return null;
    for (const company of graph.companies) graph.extensionVerdicts.set(company, slice.verdicts);
    const { window } = slice;
    if (latest && window && !graph.companies.every((company) => windowHolds(graph, company, latest.asOf, window))) return null;
    for (const company of graph.companies) this.owners.set(company, graph);
    return graph;
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
    // Split before building (the builders intern the filings' strings): the documents as stored.
    if (this.parts.has(cik)) this.parts.set(cik, sliceParts(stored, companyFacts));
    const graph = buildGraph(curated, { root, list: filings, setAside, companyFacts });
    for (const company of graph.companies) this.owners.set(company, graph);
    return graph;
  }
}
