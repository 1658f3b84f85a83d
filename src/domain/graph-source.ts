/**
 * Where resolvers find companies: one whole graph loaded from files (`MemorySource`), or the
 * store, whose companies' graphs are built on first use (src/store/store-source.ts). Root
 * lookups are async (a company may have to be loaded); everything under a company is read
 * synchronously from the graph that company belongs to (`graphOf`).
 */
import { frameIndex, type FramedFact } from './frames/frames.js';
import type { Graph } from './graph.js';
import type { Company } from './model.js';
import type { Node } from './node.js';
import type { Searchable, SearchableType } from './search/search-index.js';
import { companyWords } from './search/company-words.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';

/**
 * A read the source cannot serve: the API answers it with a GraphQL error whose
 * `extensions.code` is `code` (SERVICE_UNAVAILABLE: the store cannot be reached now, retry
 * later; NOT_SUPPORTED: not served from the store, the message says what to ask instead).
 */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(message: string, readonly code: 'SERVICE_UNAVAILABLE' | 'NOT_SUPPORTED') {
    super(message);
  }
}

/** The units of every fact and the forms of every disclosure a source serves: what arguments are checked against. */
export interface KnownValues {
  units: ReadonlySet<string>;
  forms: ReadonlySet<string>;
}

/** One company's fact in a calendar frame: what ordering a frame needs (name, id, value), and the fact itself, loaded only for the page served. */
export interface FrameEntry {
  readonly companyName: string;
  readonly companyId: string;
  /** The value exactly as reported. */
  readonly value: string;
  load(): Promise<FramedFact>;
}

/** One entry of the list of every company (the `companies` connection), loaded when its page is served. */
export interface CompanyRef {
  readonly id: string;
}

/** What a request reads under a company when a concept slice answers it (src/graphql/company/slice-selection.ts). */
export interface SliceRequest {
  /** The concepts whose facts it reads. */
  concepts: readonly string[];
  /** Whether it reads a standard metric with an extension rule: the slice then needs the rule's verdicts (metrics/extensions.ts). */
  extensionVerdicts: boolean;
  /**
   * Set when it reads `latestMetrics(asOf:)` (one date) and nothing else of the concepts (no
   * concept's list of facts): then a window of the facts answers it where that is proved
   * (metrics/latest-window.ts).
   */
  latest?: { asOf: string | null };
}

export interface GraphSource {
  /**
   * The company listed under `ticker` (case-insensitive) on `asOf`, as `Graph.companyByTicker` says.
   * `slice`: the request reads only the facts of these concepts under it (and the fields
   * slice-selection.ts lists), so a source may answer from a graph of those concepts only.
   */
  companyByTicker(ticker: string, asOf?: string, slice?: SliceRequest): Promise<Company | undefined>;
  /** Tickers within two edits of `ticker`, nearest first (`CompanyWords.nearestTickers`). */
  nearestTickers(ticker: string): string[];
  /** Companies a short query names by ticker or name word (`CompanyWords.match`), at most `limit`. */
  matchCompanies(query: string, limit: number): Promise<Company[]>;
  /** The company with this CIK (ten digits); `slice` as for `companyByTicker`. */
  companyByCik(cik: string, slice?: SliceRequest): Promise<Company | undefined>;
  /** Every company, in the order of `Graph.companies`. */
  companyRefs(): readonly CompanyRef[];
  company(ref: CompanyRef): Promise<Company>;
  /** Any entity by type and id. */
  node(type: string, id: string): Promise<Node | undefined>;
  /** The graph an entity of `company` belongs to: everything nested under a company is read from it. */
  graphOf(company: Company): Graph;
  known(): KnownValues;
  /** Folders set aside, and the folder paths are shown relative to. */
  setAside(): Promise<{ root: string; list: readonly SetAsideFiling[] }>;
  /**
   * Each company's fact of a concept and unit in one calendar frame (SEC's name, "CY2023Q3"), by SEC's frames rule (src/domain/frames/frames.ts), in no particular order.
   * `sliced`: the request reads only what a slice of the concept answers as the whole graph does (slice-selection.ts).
   */
  frame(concept: string, unit: string, frame: string, sliced?: boolean): Promise<FrameEntry[]>;
  /**
   * The graph to search when no ticker is given (the whole graph, or the graph of the company
   * the query names), or the answer of a search across companies run outside memory (the
   * store's full-text search); a NOT_SUPPORTED SourceError where neither is offered.
   */
  searchScope(query: string, types?: readonly SearchableType[]): Promise<Graph | SearchAcross>;
  /** The one graph holding every company, when there is one (loading from files); null when companies are loaded one by one. */
  readonly whole: Graph | null;
}

/**
 * A search across companies answered outside memory: how many hits, how the query was read,
 * and the hits of a window of the ranked list, loaded only when asked for.
 */
export interface SearchAcross {
  readonly total: number;
  /** The query as corrected, when the words as typed found nothing and the corrected ones found these hits. */
  readonly didYouMean: string | null;
  /**
   * The hits ranked `start` to `end - 1`; with `fromRows`, each hit whose stored row holds a
   * prepared answer is that answer (`SearchRow`) instead of the hit loaded from its graph.
   */
  hits(start: number, end: number, fromRows?: boolean): Promise<(Searchable | SearchRow)[]>;
}

/**
 * A hit served from its stored search row: the answer its row keeps (prepared from the
 * company's graph when the row was written, by the layer that serves it), so that no graph
 * is loaded for it.
 */
export interface SearchRow {
  readonly kind: 'search-row';
  readonly type: SearchableType;
  readonly id: string;
  readonly view: unknown;
}

/** The units and forms of every company of `companies`. */
export function knownValuesOf(companies: Iterable<Company>): KnownValues {
  const units = new Set<string>();
  const forms = new Set<string>();
  for (const company of companies) {
    for (const item of company.lineItems) for (const fact of item.facts) units.add(fact.unit);
    for (const disclosure of company.disclosures) if (disclosure.form) forms.add(disclosure.form);
  }
  return { units, forms };
}

/** One whole graph (loading from files, and tests): every lookup answered from it at once. */
export class MemorySource implements GraphSource {
  private knownValues: KnownValues | undefined;

  constructor(readonly whole: Graph) {}

  async companyByTicker(ticker: string, asOf?: string): Promise<Company | undefined> {
    return this.whole.companyByTicker(ticker, asOf);
  }

  nearestTickers(ticker: string): string[] {
    return companyWords(this.whole).nearestTickers(ticker);
  }

  async companyByCik(cik: string): Promise<Company | undefined> {
    return this.whole.companyByCik(cik);
  }

  async matchCompanies(query: string, limit: number): Promise<Company[]> {
    return companyWords(this.whole).match(query).slice(0, limit);
  }

  companyRefs(): readonly CompanyRef[] {
    return this.whole.companies;
  }

  async company(ref: CompanyRef): Promise<Company> {
    return ref as Company;
  }

  async node(type: string, id: string): Promise<Node | undefined> {
    return this.whole.node(type, id);
  }

  graphOf(): Graph {
    return this.whole;
  }

  async searchScope(): Promise<Graph> {
    return this.whole;
  }

  async frame(concept: string, unit: string, frame: string): Promise<FrameEntry[]> {
    return frameIndex(this.whole)
      .frame(concept, unit, frame)
      .map((f) => ({ companyName: f.company.name, companyId: f.company.id, value: f.fact.value, load: async () => f }));
  }

  known(): KnownValues {
    return (this.knownValues ??= knownValuesOf(this.whole.companies));
  }

  async setAside(): Promise<{ root: string; list: readonly SetAsideFiling[] }> {
    return { root: this.whole.filingsRoot, list: this.whole.setAsideFilings };
  }
}
