import { DataFileError } from '../data/data-file-error.js';
import type { Company, Concept, Disclosure, Fact, LineItem, Listing, Period } from './model.js';
import type { Node } from './node.js';
import type { ExtensionVerdicts } from './metrics/vocabulary.js';
import type { Timeline } from './time/figures.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';

/** Where a data file declares an entity: for errors naming both places of a duplicate id. */
export interface DeclaredAt {
  file: string;
  path: string;
}

/** A sum or identity between rows, compiled from a table file and evaluated by the checks. */
export interface Identity {
  name: string;
  kind: 'TABLE_TOTAL' | 'IDENTITY';
  disclosure: Disclosure;
  /** The columns of the table that declares it, each evaluated on its own. */
  columns: import('./model.js').Column[];
  /** True when `columns` were named explicitly: a missing left value then fails. */
  columnsExplicit: boolean;
  left: IdentityTerm;
  right: IdentityTerm[];
  tolerance: string;
}

export interface IdentityTerm {
  lineItem: LineItem;
  weight: string;
  at: 'start' | 'end' | null;
}

/**
 * The whole graph, with the indexes resolvers use: nothing is found by scanning a list.
 * Built once by `buildGraph` and never mutated afterwards.
 */
export class Graph {
  readonly companies: Company[] = [];
  readonly identities: Identity[] = [];
  /** Filing folders found but not loaded, with the reason (sorted by folder): the rest of the graph loaded without them. */
  readonly setAsideFilings: SetAsideFiling[] = [];
  /** The folder the filings were read from (set-aside paths are shown relative to it); '' when none. */
  filingsRoot = '';
  /** Every figure's reports across disclosures: revisions, as-of, latest. Set once all facts are built. */
  timeline!: Timeline;
  /**
   * Set only on a concept slice of a company (src/store/read-slice.ts): the verdicts of the
   * metrics' extension rules, derived from the company's whole graph (null: not read, so
   * no metric with an extension rule is answered from the slice). See metrics/extensions.ts.
   */
  readonly extensionVerdicts = new Map<Company, ExtensionVerdicts | null>();
  /**
   * Answers computed once for this graph, which never changes, by key: set only on a window
   * of a company's facts for `latestMetrics` (metrics/latest-window.ts), one entry, its
   * proved answer.
   */
  readonly answers = new Map<string, unknown>();
  /** Every listing under each ticker (upper case), of any company and time. */
  private readonly byTicker = new Map<string, Listing[]>();
  /** By type, then id: keyed by the entity's own id string, so the index adds no string per node. */
  private readonly nodes = new Map<string, Map<string, Node>>();
  /** By period, then line item: a handful of facts each (units, disclosures), without a key string per fact. */
  private readonly factsByContext = new Map<Period, Map<LineItem, Fact[]>>();
  private readonly periods = new Map<string, Period>();
  private readonly concepts = new Map<string, Concept>();
  private readonly companiesByCik = new Map<string, Company>();
  /** Where each entity declared by a data file was declared; dropped once the graph is built. */
  private declared: Map<string, DeclaredAt> | null = new Map();
  /** What was added to the indexes since `beginJournal`, as (change, subject) pairs; null when no journal is open. */
  private journal: unknown[] | null = null;
  private journalCompanies = 0;

  /**
   * Records every entity added and every index entry made from now on, so that `rollbackJournal`
   * can take them out again (a filing that fails half-way through linking leaves nothing behind).
   * Only additions are recorded: what a builder changes in entities that existed before is the
   * caller's to restore (see src/domain/filings/savepoint.ts).
   */
  beginJournal(): void {
    this.journal = [];
    this.journalCompanies = this.companies.length;
  }

  /** Closes the journal, keeping every change. */
  commitJournal(): void {
    this.journal = null;
  }

  /** Takes out every entity and index entry added since `beginJournal`, latest first, and closes the journal. */
  rollbackJournal(): void {
    const journal = this.journal;
    if (!journal) throw new Error('internal: no journal is open');
    this.journal = null;
    for (let i = journal.length - 2; i >= 0; i -= 2) {
      const change = journal[i] as Change;
      const subject = journal[i + 1];
      if (change === 'node') {
        const node = subject as Node;
        this.nodes.get(node.type)?.delete(node.id);
      } else if (change === 'period') this.periods.delete((subject as Period).id);
      else if (change === 'concept') this.concepts.delete(subject as string);
      else if (change === 'cik') this.companiesByCik.delete(subject as string);
      else if (change === 'fact') {
        const fact = subject as Fact;
        const byItem = this.factsByContext.get(fact.period);
        removeLast(byItem?.get(fact.lineItem), fact);
        if (byItem?.get(fact.lineItem)?.length === 0) byItem.delete(fact.lineItem);
        if (byItem?.size === 0) this.factsByContext.delete(fact.period);
      } else if (change === 'listing') {
        const key = (subject as Listing).ticker.toUpperCase();
        removeLast(this.byTicker.get(key), subject as Listing);
        if (this.byTicker.get(key)?.length === 0) this.byTicker.delete(key);
      }
    }
    this.companies.length = this.journalCompanies;
  }

  /**
   * Adds an entity. One declared by a data file passes `at`: a second entity with the same
   * id stops loading with a DataFileError naming both files and paths.
   */
  add<N extends Node>(node: N, at?: DeclaredAt): N {
    let ofType = this.nodes.get(node.type);
    if (!ofType) this.nodes.set(node.type, (ofType = new Map()));
    if (ofType.has(node.id)) {
      const first = this.declared?.get(`${node.type}:${node.id}`);
      if (at) {
        const where = first ? `${first.file}: ${first.path}` : 'elsewhere in the data';
        throw new DataFileError(at.file, at.path, `duplicate ${node.type} id "${node.id.split('/').pop()}": already declared at ${where}`);
      }
      throw new Error(`duplicate ${node.type} ${node.id}`);
    }
    ofType.set(node.id, node);
    if (at) this.declared?.set(`${node.type}:${node.id}`, at);
    this.journal?.push('node', node);
    return node;
  }

  /** Called once the graph is built: no more entities are added. */
  sealDeclarations(): void {
    this.declared = null;
  }

  /** Finds any entity by its type name and id. */
  node(type: string, id: string): Node | undefined {
    return this.nodes.get(type)?.get(id);
  }

  /** Every entity of the graph, for whole-graph checks and statistics. */
  allNodes(): IterableIterator<Node> {
    return (function* (nodes) {
      for (const ofType of nodes.values()) yield* ofType.values();
    })(this.nodes);
  }

  indexListing(listing: Listing): void {
    const key = listing.ticker.toUpperCase();
    const list = this.byTicker.get(key);
    if (list) list.push(listing);
    else this.byTicker.set(key, [listing]);
    this.journal?.push('listing', listing);
  }

  /**
   * The company listed under `ticker` (case-insensitive) on `asOf` (default: now): the listing
   * whose dates cover the day, the latest to start winning; before any known listing, the earliest.
   */
  companyByTicker(ticker: string, asOf?: string): Company | undefined {
    const list = this.byTicker.get(ticker.toUpperCase());
    return list ? listingOn(list, asOf)?.company : undefined;
  }

  hasTicker(ticker: string): boolean {
    return this.byTicker.has(ticker.toUpperCase());
  }

  /** The company's concept by name, or by the `us-gaap` name a curated concept is mapped to. */
  concept(company: Company, name: string): Concept | undefined {
    return this.concepts.get(`${company.id}|${name}`);
  }

  indexConcept(company: Company, name: string, concept: Concept): void {
    const key = `${company.id}|${name}`;
    if (this.concepts.has(key)) return;
    this.concepts.set(key, concept);
    this.journal?.push('concept', key);
  }

  /** The company with this CIK (ten digits, zero-padded). */
  companyByCik(cik: string): Company | undefined {
    return this.companiesByCik.get(cik);
  }

  indexCik(cik: string, company: Company): void {
    if (this.journal && this.companiesByCik.has(cik)) throw new Error(`internal: CIK ${cik} indexed twice while journaling`);
    this.companiesByCik.set(cik, company);
    this.journal?.push('cik', cik);
  }

  period(id: string): Period | undefined {
    return this.periods.get(id);
  }

  addPeriod(period: Period): Period {
    this.periods.set(period.id, period);
    this.journal?.push('period', period);
    return this.add(period);
  }

  indexFact(fact: Fact): void {
    let byItem = this.factsByContext.get(fact.period);
    if (!byItem) this.factsByContext.set(fact.period, (byItem = new Map()));
    const list = byItem.get(fact.lineItem);
    if (list) list.push(fact);
    else byItem.set(fact.lineItem, [fact]);
    this.journal?.push('fact', fact);
  }

  /** Facts a disclosure states for a line item, period and unit (a table cell, and any narrative mentions), for the whole company (no dimensions). */
  factsAt(lineItem: LineItem, period: Period, unit: string, disclosure: Disclosure): readonly Fact[] {
    return (this.factsByContext.get(period)?.get(lineItem) ?? []).filter((f) => f.unit === unit && f.disclosure === disclosure && f.dimensions.length === 0);
  }

  /**
   * Marks one fact of each line item, period, dimensions, unit and disclosure as primary:
   * printed before derived (a derived figure is primary only where nothing is printed),
   * then the most precise, then exact before qualified, then the first stated (table
   * cells are built before sentences).
   */
  markPrimaryFacts(): void {
    const rank = (f: Fact): number[] => [f.origin === 'PRINTED' ? 1 : 0, f.decimals, f.qualifier === null ? 1 : 0];
    const better = (a: Fact, b: Fact): boolean => {
      const [x, y] = [rank(a), rank(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
      return false; // a tie keeps the first
    };
    for (const byItem of this.factsByContext.values()) {
      for (const facts of byItem.values()) {
        const best = new Map<string, Fact>();
        for (const f of facts) {
          const key = `${f.unit}|${f.disclosure.id}|${f.dimensions.map((d) => `${d.axis}=${d.member}`).join(',')}`;
          const b = best.get(key);
          if (!b || better(f, b)) best.set(key, f);
        }
        const primary = new Set(best.values());
        for (const f of facts) f.isPrimary = primary.has(f);
      }
    }
  }

  /** The most precise such fact: what identities are evaluated on. */
  primaryFact(lineItem: LineItem, period: Period, unit: string, disclosure: Disclosure): Fact | undefined {
    let best: Fact | undefined;
    for (const f of this.factsAt(lineItem, period, unit, disclosure)) if (!best || f.decimals > best.decimals) best = f;
    return best;
  }
}

type Change = 'node' | 'period' | 'concept' | 'cik' | 'fact' | 'listing';

/** Removes `item` from `list`, looking from the end (what a journal takes out was added last). */
function removeLast<T>(list: T[] | undefined, item: T): void {
  if (!list) return;
  const i = list.lastIndexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** The listing of `list` in force on `date` (see `Graph.companyByTicker`). */
export function listingOn<L extends Pick<Listing, 'listedFrom' | 'listedUntil'>>(list: readonly L[], date = '9999-12-31'): L | undefined {
  const start = (l: L) => l.listedFrom ?? '0000-00-00';
  let best: L | undefined;
  for (const l of list) {
    if (start(l) > date || (l.listedUntil !== null && l.listedUntil < date)) continue;
    if (!best || start(l) > start(best)) best = l;
  }
  if (best) return best;
  // No listing covers the day: the last one that started by then, else the first of all.
  for (const l of list) if (start(l) <= date && (!best || start(l) > start(best))) best = l;
  return best ?? [...list].sort((a, b) => start(a).localeCompare(start(b)))[0];
}
