import MiniSearch from 'minisearch';
import type { Graph } from '../graph.js';
import { words } from '../line-item-search.js';
import type { Company } from '../model.js';

/** Words of company names that name no company in particular. */
const GENERIC = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'sa', 'ag', 'nv', 'holdings', 'holding', 'group', 'the', 'and', 'of', 'technology', 'technologies', 'international']);

/** What words are taken from: a company, or a catalog entry of one (src/store/catalog.ts). */
export interface Named {
  name: string;
  listings: readonly { ticker: string }[];
}

interface Entry<C> {
  id: number;
  /** Lower-case ticker or distinctive name word. */
  term: string;
  company: C;
  isTicker: boolean;
}

/** Where a query's words name a company. */
export interface Narrowing<C = Company> {
  company: C;
  /** The word as the graph knows it (the corrected one when fuzzy). */
  word: string;
  /** The query's other words. */
  rest: string[];
}

/** Edits a word of this length may be away from a ticker or name, with typo tolerance. */
const maxEdits = (term: string) => (term.length <= 3 ? 0 : term.length === 4 ? 1 : 2);

/**
 * Tickers and the distinctive words of company names ("apple", "netflix", "qifu"), for
 * search to narrow a query to a company and for `company(ticker:)` to suggest the nearest
 * tickers. Small (a few words per company), built once per graph.
 */
export class CompanyWords<C extends Named = Company> {
  private readonly entries: Entry<C>[] = [];
  private readonly exact = new Map<string, Entry<C>>();
  private readonly mini = new MiniSearch<Entry<C>>({ fields: ['term'], tokenize: (t) => [t], processTerm: (t) => t.toLowerCase(), storeFields: [] });

  constructor(companies: Iterable<C>) {
    for (const company of companies) {
      const terms = new Map<string, boolean>();
      for (const l of company.listings) terms.set(l.ticker.toLowerCase(), true);
      for (const w of words(company.name)) if (!GENERIC.has(w) && w.length > 2 && !terms.has(w)) terms.set(w, false);
      for (const [term, isTicker] of terms) {
        const entry = { id: this.entries.length, term, company, isTicker };
        this.entries.push(entry);
        if (!this.exact.has(term)) this.exact.set(term, entry);
      }
    }
    this.mini.addAll(this.entries);
  }

  /**
   * The first word of `query` that is a ticker or a company's distinctive name word (with
   * `fuzzy`, within a typo or two, for words `isKnown` does not recognise), and the other
   * words; null when none is, or when no other word would remain to search for.
   */
  narrow(query: readonly string[], fuzzy: boolean, isKnown: (word: string) => boolean = () => false): Narrowing<C> | null {
    if (query.length < 2) return null;
    for (const [i, word] of query.entries()) {
      let entry = this.exact.get(word) ?? null;
      if (!entry && fuzzy && !isKnown(word)) entry = this.nearest(word, maxEdits(word))[0] ?? null;
      if (entry) return { company: entry.company, word: entry.term, rest: query.filter((_, j) => j !== i) };
    }
    return null;
  }

  private nearest(word: string, edits: number): Entry<C>[] {
    if (edits === 0) return [];
    return this.mini
      .search(word.toLowerCase(), { fuzzy: edits, prefix: false })
      .map((r) => this.entries[r.id as number]);
  }

  /**
   * Companies a short query names by ticker or by a distinctive word of their name ("aapl",
   * "apple", "Qifu"), as search narrows a query: exact words first, then (for words that
   * match nothing) the nearest within a typo or two; each company once, in that order.
   */
  match(query: string): C[] {
    const terms = words(query);
    const found: C[] = [];
    const add = (entry: Entry<C> | undefined) => {
      if (entry && !found.includes(entry.company)) found.push(entry.company);
    };
    for (const term of terms) add(this.exact.get(term));
    for (const term of terms) if (!this.exact.has(term)) for (const entry of this.nearest(term, maxEdits(term))) add(entry);
    return found;
  }

  /** Tickers within two edits of `ticker` (transposed letters count two), nearest first, at most five. */
  nearestTickers(ticker: string): string[] {
    const found = this.nearest(ticker, 2).filter((e) => e.isTicker).map((e) => e.term.toUpperCase());
    return [...new Set(found)].slice(0, 5);
  }
}

const cache = new WeakMap<Graph, CompanyWords>();

/** The graph's company words, built on first use. */
export function companyWords(graph: Graph): CompanyWords {
  let found = cache.get(graph);
  if (!found) cache.set(graph, (found = new CompanyWords(graph.companies)));
  return found;
}
