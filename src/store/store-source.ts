/**
 * Serving from the store without building the whole graph: root lookups are answered from
 * the company catalog (catalog.ts, in memory: a few hundred bytes per company), and a
 * company's graph is loaded on first use into the byte-bounded cache (company-graphs.ts).
 * Nested fields are read from the graph their company was built in. Cross-company reads
 * answer from the catalog (companies), from SQL (frames; search naming no company beyond the
 * size where one whole graph is built for it), never from whichever companies happen to be
 * cached.
 */
import type pg from 'pg';
import type { LoadedData } from '../data/load.js';
import { buildGraph } from '../domain/build-graph.js';
import { listingOn, type Graph } from '../domain/graph.js';
import { frameIndex, type FramedFact } from '../domain/frames/frames.js';
import { knownValuesOf, SourceError, type CompanyRef, type FrameEntry, type GraphSource, type KnownValues, type SearchAcross, type SliceRequest } from '../domain/graph-source.js';
import { words } from '../domain/line-item-search.js';
import { extensionVerdicts, NO_EXTENSIONS } from '../domain/metrics/extensions.js';
import type { Company } from '../domain/model.js';
import type { Node } from '../domain/node.js';
import { CompanyWords } from '../domain/search/company-words.js';
import type { Searchable, SearchableType } from '../domain/search/search-index.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import { catalogRowOf, catalogSources, countsOf, deleteCatalogRows, readCatalogRows, saveCatalogCounts, saveCatalogRow, type CatalogListing, type CatalogRow } from './catalog.js';
import { BYTES_PER_FACT, factCount, type CompanyGraphs } from './company-graphs.js';
import { selectFrame } from './frame-sql.js';
import { SearchCache } from './search-cache.js';
import { deleteSearchDocuments, readSearchDigests, saveSearchDocuments, type SearchViews } from './search-sql.js';
import { deleteMetricExtensions, readMetricExtensionDigests, saveMetricExtensions, withoutExtensionConcepts } from './metric-extensions.js';
import { deleteSliceParts, readSliceDigests, saveSliceParts } from './slice-parts.js';
import { StoreSearch } from './store-search.js';

/** Where a company is served from: its CIK's graph, or (a curated company without CIK) the curated graph. */
interface Route extends CompanyRef {
  readonly id: string;
  readonly cik: string | null;
  readonly name: string;
  readonly listings: readonly CatalogListing[];
}

interface DatedRoute {
  listedFrom: string | null;
  listedUntil: string | null;
  route: Route;
}

/** As the whole graph orders companies: those of filings by their first folder, then those known from companyfacts only. */
export function catalogOrderKey(r: Pick<CatalogRow, 'cik' | 'firstFolder' | 'companyFactsFile'>): string {
  return r.firstFolder !== null ? `0${r.firstFolder}` : `1${r.companyFactsFile ?? r.cik}`;
}

/** The catalog's rows indexed for root lookups, in the order of `Graph.companies`. */
export class Catalog {
  readonly routes: Route[] = [];
  private readonly byId = new Map<string, Route>();
  private readonly byCik = new Map<string, Route>();
  private readonly byTicker = new Map<string, DatedRoute[]>();
  readonly known: KnownValues;
  readonly setAside: SetAsideFiling[];
  readonly facts: number;
  /** Facts of each stored company, by CIK (to bound what a page across companies loads). */
  readonly factCounts = new Map<string, number>();
  private words: CompanyWords<Route> | undefined;

  constructor(readonly curated: Graph, rows: ReadonlyMap<string, CatalogRow>, refused: readonly SetAsideFiling[]) {
    const curatedCiks = new Set<string>();
    for (const company of curated.companies) {
      const row = company.cik ? rows.get(company.cik) : undefined;
      if (company.cik) curatedCiks.add(company.cik);
      const listings = row ? row.listings : company.listings.map((l) => ({ ticker: l.ticker, listedFrom: l.listedFrom, listedUntil: l.listedUntil }));
      this.add({ id: company.id, cik: company.cik, name: row?.name ?? company.name, listings });
    }
    const others = [...rows.values()].filter((r) => r.companyId && !curatedCiks.has(r.cik));
    others.sort((a, b) => (catalogOrderKey(a) < catalogOrderKey(b) ? -1 : catalogOrderKey(a) > catalogOrderKey(b) ? 1 : 0));
    for (const r of others) this.add({ id: r.companyId!, cik: r.cik, name: r.name, listings: r.listings });
    const units = new Set(knownValuesOf(curated.companies).units);
    const forms = new Set(knownValuesOf(curated.companies).forms);
    for (const r of rows.values()) {
      for (const u of r.units) units.add(u);
      for (const f of r.forms) forms.add(f);
    }
    this.known = { units, forms };
    this.setAside = [...refused, ...[...rows.values()].flatMap((r) => r.setAside)].sort((a, b) => a.folder.localeCompare(b.folder));
    this.facts = [...rows.values()].reduce((n, r) => n + r.factCount, 0);
    for (const r of rows.values()) this.factCounts.set(r.cik, r.factCount);
  }

  private add(route: Route): void {
    this.routes.push(route);
    this.byId.set(route.id, route);
    if (route.cik) this.byCik.set(route.cik, route);
    for (const l of route.listings) {
      const key = l.ticker.toUpperCase();
      const list = this.byTicker.get(key);
      const dated = { listedFrom: l.listedFrom, listedUntil: l.listedUntil, route };
      if (list) list.push(dated);
      else this.byTicker.set(key, [dated]);
    }
  }

  byTickerOn(ticker: string, asOf?: string): Route | undefined {
    const list = this.byTicker.get(ticker.toUpperCase());
    return list ? listingOn(list, asOf)?.route : undefined;
  }

  route(cik: string): Route | undefined {
    return this.byCik.get(cik);
  }

  /** The route of an entity id: ids begin with their company's id ("cik-0000320193/…"). */
  routeOfId(id: string): Route | undefined {
    const slash = id.indexOf('/');
    return this.byId.get(slash < 0 ? id : id.slice(0, slash));
  }

  companyWords(): CompanyWords<Route> {
    return (this.words ??= new CompanyWords(this.routes));
  }
}

export class StoreSource implements GraphSource {
  readonly whole = null;
  /** The whole graph of this snapshot, built on the first search that names no company (see `searchScope`). */
  private wholeGraph: Promise<Graph> | undefined;
  /** The ranked stored hits of recent searches across companies, for this snapshot (its next pages are not ranked again). */
  readonly searchCache = new SearchCache();

  /**
   * `buildWhole`: builds the graph of every stored company at once (buildStoredGraph), for the
   * search across companies while the store is small enough; null where that is not offered.
   */
  constructor(
    readonly catalog: Catalog,
    private readonly graphs: CompanyGraphs,
    private readonly root: string,
    private readonly pool: pg.Pool | null = null,
    private readonly buildWhole: (() => Promise<Graph>) | null = null,
  ) {}

  private async graphOfRoute(route: Route): Promise<Graph> {
    return route.cik ? this.graphs.get(route.cik) : this.catalog.curated;
  }

  private async load(route: Route): Promise<Company> {
    const graph = await this.graphOfRoute(route);
    const company = graph.node('Company', route.id) as Company | undefined;
    if (!company) throw new Error(`company ${route.id} is in the catalog but not in its graph`);
    return company;
  }

  /**
   * The company of `route` for a read of `concepts`' facts only: its whole graph's when that is
   * in memory (or the company is curated), else a concept slice (read-slice.ts), else (no slice
   * can stand for the whole graph) the whole graph.
   */
  private async loadSlice(route: Route, request: SliceRequest): Promise<Company> {
    if (!route.cik || this.graphs.peek(route.cik)) return this.load(route);
    // latestMetrics alone: a window of its facts where it is proved to answer alike (latest-window.ts), else the full slice.
    const windowed = request.latest ? await this.graphs.slice(route.cik, request.concepts, request.extensionVerdicts, request.latest) : null;
    const graph = windowed ?? (await this.graphs.slice(route.cik, request.concepts, request.extensionVerdicts));
    const company = graph?.node('Company', route.id) as Company | undefined;
    return company ?? this.load(route);
  }

  async companyByTicker(ticker: string, asOf?: string, slice?: SliceRequest): Promise<Company | undefined> {
    const route = this.catalog.byTickerOn(ticker, asOf);
    return route && (slice ? this.loadSlice(route, slice) : this.load(route));
  }

  nearestTickers(ticker: string): string[] {
    return this.catalog.companyWords().nearestTickers(ticker);
  }

  matchCompanies(query: string, limit: number): Promise<Company[]> {
    return Promise.all(this.catalog.companyWords().match(query).slice(0, limit).map((route) => this.load(route)));
  }

  async companyByCik(cik: string, slice?: SliceRequest): Promise<Company | undefined> {
    const route = this.catalog.route(cik);
    return route && (slice ? this.loadSlice(route, slice) : this.load(route));
  }

  companyRefs(): readonly CompanyRef[] {
    return this.catalog.routes;
  }

  company(ref: CompanyRef): Promise<Company> {
    return this.load(ref as Route);
  }

  async node(type: string, id: string): Promise<Node | undefined> {
    const route = this.catalog.routeOfId(id);
    return route && (await this.graphOfRoute(route)).node(type, id);
  }

  graphOf(company: Company): Graph {
    return this.graphs.ownerOf(company) ?? this.catalog.curated;
  }

  known(): KnownValues {
    return this.catalog.known;
  }

  async setAside(): Promise<{ root: string; list: readonly SetAsideFiling[] }> {
    return { root: this.root, list: this.catalog.setAside };
  }

  /**
   * A search that names no company runs over one index of every company's labels: while every
   * stored company's graph fits in half the graph cache (the stored facts times
   * BYTES_PER_FACT), the whole graph is built once for this snapshot and searched, answering
   * exactly as loading from files does. Beyond that, a query naming a company (by ticker or
   * name) is answered from that company's graph, and any other from the store's full-text
   * search (store-search.ts, the same rules), which loads only the page's hits.
   */
  async searchScope(query: string, types?: readonly SearchableType[]): Promise<Graph | SearchAcross> {
    if (this.buildWhole && this.catalog.facts * BYTES_PER_FACT <= this.graphs.stats().maxBytes / 2) {
      this.wholeGraph ??= this.buildWhole().catch((e: unknown) => {
        this.wholeGraph = undefined;
        throw new SourceError(`The store cannot be read now (${(e as Error).message}): search across companies is not in memory. Retry later.`, 'SERVICE_UNAVAILABLE');
      });
      return this.wholeGraph;
    }
    const typed = [...new Set(words(query))];
    const words_ = this.catalog.companyWords();
    const named = words_.narrow(typed, false);
    if (named) return this.graphOfRoute(named.company);
    if (!this.pool) {
      // Within a typo or two (the company's own index then corrects the query as the whole graph's would).
      const fuzzy = words_.narrow(typed, true);
      if (fuzzy) return this.graphOfRoute(fuzzy.company);
      throw new SourceError('Search across every company is not served without the store: pass `ticker`, or name the company in the query ("apple net sales").', 'NOT_SUPPORTED');
    }
    const search = new StoreSearch(this.pool, this.catalog.curated, async (hit) => (await this.node(hit.type, hit.id)) as Searchable | undefined, (hits) => this.pageBudget(hits), (hit) => this.catalog.routeOfId(hit.id) !== undefined, this.searchCache.select);
    try {
      const asTyped = await search.find(typed, types ?? null);
      if (asTyped.total > 0 || typed.length === 0) return asTyped;
      // Nothing as typed: as in memory, a mistyped company name narrows first, then words are corrected.
      const known = await search.known(typed);
      const fuzzy = words_.narrow(typed, true, (w) => known.has(w));
      return fuzzy ? this.graphOfRoute(fuzzy.company) : await search.corrected(typed, types ?? null, known, asTyped);
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError(`The store cannot be read now (${(e as Error).message}): search across companies is not in memory. Retry later.`, 'SERVICE_UNAVAILABLE');
    }
  }

  /**
   * How many of a search page's hits, in order, may be loaded together: their companies'
   * graphs (estimated as facts × BYTES_PER_FACT) all held at once within the graph cache's
   * bytes. Graphs evicted while a request holds them stay alive until it ends, so the graphs
   * in the heap are at worst twice GRAPH_CACHE_MB (1,024 MB at the default, under `npm
   * start`'s 1,280 MB heap limit).
   */
  private pageBudget(hits: readonly { id: string }[]): number {
    const seen = new Set<string>();
    let bytes = 0;
    for (const [i, hit] of hits.entries()) {
      const cik = this.catalog.routeOfId(hit.id)?.cik;
      if (!cik || seen.has(cik)) continue;
      seen.add(cik);
      bytes += (this.catalog.factCounts.get(cik) ?? 0) * BYTES_PER_FACT;
      if (bytes > this.graphs.stats().maxBytes) return i;
    }
    return hits.length;
  }

  /**
   * Curated companies are framed from their graphs (small, and their concepts map to us-gaap
   * names the store does not hold); every other company's pick comes from SQL (frame-sql.ts,
   * the same rule), and only the page's facts are read from their companies' graphs.
   */
  async frame(concept: string, unit: string, frame: string, sliced = false): Promise<FrameEntry[]> {
    const entries: FrameEntry[] = [];
    const curatedCiks = new Set<string>();
    for (const company of this.catalog.curated.companies) {
      if (company.cik) curatedCiks.add(company.cik);
      const route = this.catalog.routeOfId(company.id);
      const found = route && (await this.framedFact(route, concept, unit, frame, false));
      if (found) entries.push({ companyName: route.name, companyId: route.id, value: found.fact.value, load: async () => found });
    }
    if (!this.pool) return entries;
    let rows;
    try {
      rows = (await selectFrame(this.pool, { concept, frame, unit, order: 'COMPANY', limit: 2 ** 31 - 1, offset: 0 })).rows;
    } catch (e) {
      throw new SourceError(`The store cannot be read now (${(e as Error).message}): frames are not in memory. Retry later.`, 'SERVICE_UNAVAILABLE');
    }
    for (const row of rows) {
      const route = this.catalog.route(row.cik);
      // A company ingested after this snapshot's catalog is served from the next one.
      if (!route || curatedCiks.has(row.cik)) continue;
      entries.push({
        companyName: route.name,
        companyId: route.id,
        value: row.value,
        load: async () => {
          const found = await this.framedFact(route, concept, unit, frame, sliced);
          if (!found) throw new Error(`the store frames a fact of ${route.id} for ${concept}, ${unit}, ${frame} that its graph does not`);
          return found;
        },
      });
    }
    return entries;
  }

  /** The company's fact in the frame, by the in-memory rule over its graph (`sliced`: the concept's slice where the whole is not in memory); undefined when it has none. */
  private async framedFact(route: Route, concept: string, unit: string, frame: string, sliced: boolean): Promise<FramedFact | undefined> {
    const company = await (sliced ? this.loadSlice(route, { concepts: [concept], extensionVerdicts: false }) : this.load(route));
    return frameIndex(this.graphOf(company)).frame(concept, unit, frame).find((f) => f.company === company);
  }

}

/** The curated companies without a CIK are served from here; every curated company's listings come from here until its CIK has stored documents. */
export function curatedGraph(data: LoadedData): Graph {
  return buildGraph(data);
}

/** The metrics' extension verdicts of the CIK's company from its whole graph (none when the graph holds no company). */
function verdictsOf(graph: Graph, cik: string) {
  const company = graph.companyByCik(cik);
  return company ? extensionVerdicts(graph, company) : NO_EXTENSIONS;
}

/**
 * Brings the catalog up to date with the store: every CIK whose documents (or companyfacts
 * file) changed since its row was derived is dropped from the cache, built again (the build
 * stays in the cache) and its row rewritten; rows of CIKs with nothing stored any more are
 * deleted. Returns the rows and the CIKs refreshed. Nothing is built when nothing changed.
 * `views`: the answers search rows keep (search-sql.ts); a company whose rows were prepared
 * for another selection is written again.
 */
export async function refreshCatalog(
  pool: pg.Pool,
  graphs: CompanyGraphs,
  companyFacts: ReadonlyMap<string, string>,
  log: (line: string) => void = () => undefined,
  views: SearchViews | null = null,
): Promise<{ rows: Map<string, CatalogRow>; refreshed: string[] }> {
  const sources = await catalogSources(pool, companyFacts);
  const rows = await readCatalogRows(pool);
  const searched = await readSearchDigests(pool);
  const stale = [...sources].filter(([cik, s]) => rows.get(cik)?.digest !== s.digest).map(([cik]) => cik);
  const gone = [...rows.keys()].filter((cik) => !sources.has(cik));
  graphs.drop([...stale, ...gone]);
  await deleteCatalogRows(pool, gone);
  await deleteSearchDocuments(pool, [...searched.keys()].filter((cik) => !sources.has(cik)));
  for (const cik of gone) rows.delete(cik);
  await deleteSliceParts(pool, gone);
  await deleteMetricExtensions(pool, gone);
  // The search rows (search-sql.ts), slice parts (slice-parts.ts) and metrics' extension verdicts of a company are written from
  // the same build. A store ingested before them gets them on its next start, at the cost of
  // building every company once.
  const sliced = await readSliceDigests(pool);
  const verdicted = await readMetricExtensionDigests(pool);
  const searchedAlike = (cik: string, digest: string) => searched.get(cik)?.digest === digest && (views === null || searched.get(cik)?.views === views.version);
  const unsearched = [...sources].filter(([cik, s]) => !stale.includes(cik) && !searchedAlike(cik, s.digest)).map(([cik]) => cik);
  const unsliced = [...sources].filter(([cik, s]) => !stale.includes(cik) && sliced.get(cik) !== s.digest).map(([cik]) => cik);
  for (const cik of [...stale, ...new Set([...unsearched, ...unsliced])]) {
    const source = sources.get(cik)!;
    const withParts = stale.includes(cik) || unsliced.includes(cik);
    const { graph, parts } = withParts ? await graphs.derive(cik) : { graph: await graphs.get(cik), parts: null };
    if (stale.includes(cik)) {
      const row = catalogRowOf(cik, source, graph, factCount(graph));
      await saveCatalogRow(pool, row);
      rows.set(cik, row);
    }
    if (parts) {
      await saveSliceParts(pool, cik, source.digest, parts);
      await saveMetricExtensions(pool, cik, source.digest, verdictsOf(graph, cik));
    }
    if (stale.includes(cik) || unsearched.includes(cik)) await saveSearchDocuments(pool, { cik, digest: source.digest, orderKey: catalogOrderKey(rows.get(cik)!) }, graph, views);
  }
  // The metrics' extension verdicts (metric-extensions.ts, migration 0030) are written with the slice parts. A store derived
  // before them gets them now: without building a graph where no extension concept is stored (companyfacts only), else from
  // the company's whole graph, once.
  const derived = new Set([...stale, ...unsliced]);
  const unverdicted = [...sources].filter(([cik, s]) => !derived.has(cik) && verdicted.get(cik) !== s.digest);
  const none = new Set(await withoutExtensionConcepts(pool, unverdicted.filter(([, s]) => s.firstFolder === null).map(([cik]) => cik)));
  for (const [cik, source] of unverdicted) {
    if (none.has(cik)) await saveMetricExtensions(pool, cik, source.digest, NO_EXTENSIONS);
    else {
      const graph = await graphs.get(cik);
      await saveMetricExtensions(pool, cik, source.digest, verdictsOf(graph, cik));
    }
  }
  if (unverdicted.length) log(`Catalog: the metrics' extension verdicts of ${unverdicted.length} compan${unverdicted.length === 1 ? 'y' : 'ies'} derived (${unverdicted.length - none.size} from their whole graphs).`);
  if (stale.length) log(`Catalog: ${stale.length} compan${stale.length === 1 ? 'y' : 'ies'} derived again from the store.`);
  return { rows, refreshed: stale };
}

/**
 * The counts (/health's disclosures and checks) of catalog rows derived before migration 0080,
 * derived now from each company's graph (once for the rows of the same documents), one company
 * at a time, after start-up, never before it. A build holds the event loop as a first request's
 * does; the pass then waits as long before the next, so that it takes at most half of the main
 * thread from the requests. A graph in memory is used as it is; one built here does not enter
 * the cache. Returns the number of rows counted.
 */
export async function deriveCatalogCounts(pool: pg.Pool, graphs: CompanyGraphs, rows: ReadonlyMap<string, CatalogRow>, pending: readonly string[]): Promise<number> {
  const counted = new Set<string>();
  let rest = 0;
  for (const cik of pending) {
    const row = rows.get(cik);
    if (!row || counted.has(cik)) continue;
    await new Promise((resolve) => setTimeout(resolve, rest));
    const t0 = performance.now();
    const graph = await graphs.passing(cik);
    const counts = countsOf(graph.companies);
    rest = performance.now() - t0;
    for (const written of await saveCatalogCounts(pool, cik, row.digest, counts)) counted.add(written);
  }
  return counted.size;
}
