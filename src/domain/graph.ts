import type { Company, Concept, Disclosure, Fact, LineItem, Period } from './model.js';
import type { Node } from './node.js';

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
  private readonly byTicker = new Map<string, Company>();
  /** By type, then id: keyed by the entity's own id string, so the index adds no string per node. */
  private readonly nodes = new Map<string, Map<string, Node>>();
  /** By period, then line item: a handful of facts each (units, disclosures), without a key string per fact. */
  private readonly factsByContext = new Map<Period, Map<LineItem, Fact[]>>();
  private readonly periods = new Map<string, Period>();
  private readonly concepts = new Map<string, Concept>();
  private readonly companiesByCik = new Map<string, Company>();

  add<N extends Node>(node: N): N {
    let ofType = this.nodes.get(node.type);
    if (!ofType) this.nodes.set(node.type, (ofType = new Map()));
    if (ofType.has(node.id)) throw new Error(`duplicate ${node.type} ${node.id}`);
    ofType.set(node.id, node);
    return node;
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

  indexTicker(ticker: string, company: Company): void {
    this.byTicker.set(ticker.toUpperCase(), company);
  }

  /** Company listed under `ticker` on any exchange, case-insensitive. */
  companyByTicker(ticker: string): Company | undefined {
    return this.byTicker.get(ticker.toUpperCase());
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
    if (!this.concepts.has(key)) this.concepts.set(key, concept);
  }

  /** The company with this CIK (ten digits, zero-padded). */
  companyByCik(cik: string): Company | undefined {
    return this.companiesByCik.get(cik);
  }

  indexCik(cik: string, company: Company): void {
    this.companiesByCik.set(cik, company);
  }

  period(id: string): Period | undefined {
    return this.periods.get(id);
  }

  addPeriod(period: Period): Period {
    this.periods.set(period.id, period);
    return this.add(period);
  }

  indexFact(fact: Fact): void {
    let byItem = this.factsByContext.get(fact.period);
    if (!byItem) this.factsByContext.set(fact.period, (byItem = new Map()));
    const list = byItem.get(fact.lineItem);
    if (list) list.push(fact);
    else byItem.set(fact.lineItem, [fact]);
  }

  /** Facts a disclosure states for a line item, period and unit (a table cell, and any narrative mentions). */
  factsAt(lineItem: LineItem, period: Period, unit: string, disclosure: Disclosure): readonly Fact[] {
    return (this.factsByContext.get(period)?.get(lineItem) ?? []).filter((f) => f.unit === unit && f.disclosure === disclosure);
  }

  /** The most precise such fact: what identities are evaluated on. */
  primaryFact(lineItem: LineItem, period: Period, unit: string, disclosure: Disclosure): Fact | undefined {
    let best: Fact | undefined;
    for (const f of this.factsAt(lineItem, period, unit, disclosure)) if (!best || f.decimals > best.decimals) best = f;
    return best;
  }
}

