import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { Graph } from '../graph.js';
import { lineItemName } from '../line-item-name.js';
import { words } from '../line-item-search.js';
import type { Company, Definition, Footnote, LineItem, Statement } from '../model.js';
import { companyWords, type CompanyWords } from './company-words.js';

/** What search finds: what a figure is of, what defines it, and the notes about it. */
export type Searchable = LineItem | Definition | Footnote;
export type SearchableType = Searchable['type'];

interface Doc {
  node: Searchable;
  company: Company;
  /** Position in the graph: line items in the company's order, then definitions, then notes. */
  rank: number;
  /** 0 a statement row or key metric, 1 a definition, 2 a note or detail row, 3 a footnote. */
  tier: number;
  /** Words of the label (line items) or defined label (definitions), to prefer the closest label. */
  labelWords: number;
}

/** Weights of where a word occurs: a label is a stronger match than a word of a long text. */
export const WEIGHTS = { label: 3, heading: 2, text: 1 } as const;
type Field = keyof typeof WEIGHTS;

/** The statements a reader means first: the primary statements and the key metrics. */
const PRIMARY: ReadonlySet<Statement> = new Set<Statement>(['INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'BALANCE_SHEET', 'CASH_FLOW', 'EQUITY', 'NON_GAAP_RECONCILIATION', 'OPERATING_METRICS']);

/**
 * XBRL's scaffolding: hypercubes, axes, domains, members, line-item containers, headings
 * and text blocks of a filing carry no figure a reader searches for. A curated release's
 * headings ("Current assets") are kept: they are printed rows.
 */
export function isScaffolding(item: LineItem): boolean {
  if (!item.key.includes(':')) return false;
  if (item.isAbstract) return true;
  return /(Abstract|Table|Axis|Domain|Member|LineItems|TextBlock)$/.test(item.key) || /\[(Table|Axis|Domain|Member|Line Items|Text Block|Abstract)\]/i.test(item.label);
}

/** Labels a reader knows a filing's line item by: the rows that print it ("Net sales"), its terse and total labels. */
function printedLabels(company: Company): Map<LineItem, Set<string>> {
  const out = new Map<LineItem, Set<string>>();
  const note = (item: LineItem, label: string) => {
    let set = out.get(item);
    if (!set) out.set(item, (set = new Set()));
    set.add(lineItemName(label.replace(/\s*\[[^\]]*\]\s*$/, '')));
  };
  for (const disclosure of company.disclosures) for (const table of disclosure.tables) for (const row of table.rows) note(row.lineItem, row.label);
  for (const item of company.lineItems) {
    if (!item.key.includes(':')) continue;
    for (const l of item.concept.labels) if (l.role === 'TERSE' || l.role === 'TOTAL') note(item, l.text);
  }
  return out;
}

/** What the index holds of one searchable thing: the texts searched, and what ranks it. */
export interface SearchDocument {
  node: Searchable;
  /** 0 a statement row or key metric, 1 a definition, 2 a note or detail row, 3 a footnote. */
  tier: number;
  /** Its label, its headings, its longer text: words found in each weigh WEIGHTS. */
  label: string;
  heading: string;
  text: string;
  /** Words of its shortest label, to prefer the label closest to the query. */
  labelWords: number;
}

/**
 * What is searched of one company, in the company's order: its line items (scaffolding
 * excepted) by their names and printed labels, with the headings they are printed under;
 * then each disclosure's definitions and footnotes. The in-memory index and the store's
 * full-text search (src/store/search-sql.ts) index exactly these.
 */
export function searchDocumentsOf(company: Company): SearchDocument[] {
  const out: SearchDocument[] = [];
  const printed = printedLabels(company);
  for (const item of company.lineItems) {
    if (isScaffolding(item)) continue;
    const headings: string[] = [];
    for (let p = item.parent; p; p = p.parent) headings.push(p.name);
    const labels = [...new Set([item.name, ...(printed.get(item) ?? [])])];
    const shortest = labels.reduce((a, b) => (words(b).length < words(a).length ? b : a));
    out.push({ node: item, tier: PRIMARY.has(item.statement) ? 0 : 2, label: labels.join(' \n '), heading: headings.join(' '), text: '', labelWords: words(shortest).length });
  }
  for (const disclosure of company.disclosures) {
    for (const definition of disclosure.definitions) {
      const label = definition.lineItem.name;
      out.push({ node: definition, tier: 1, label, heading: '', text: definition.text ?? definition.basis ?? '', labelWords: words(label).length });
    }
    for (const footnote of disclosure.footnotes) out.push({ node: footnote, tier: 3, label: '', heading: '', text: footnote.text, labelWords: 0 });
  }
  return out;
}

/** A hit and what ranks it; `H` is the hit itself or (the store) a reference to it. */
export interface RankedHit<H> {
  hit: H;
  /** Per query word found, the weight of the best field it is in (WEIGHTS); a completed prefix half. */
  score: number;
  tier: number;
  /** How many words the shortest label is longer or shorter than the query. */
  labelDistance: number;
  /** Graph order: the company's place among companies (the store), then the thing's place in its company. */
  order: readonly (number | string)[];
}

/**
 * The ranking rule: the higher score, then statement rows and key metrics before definitions,
 * before note and detail rows, before footnotes (tier); then the label closest in length to
 * the query; then graph order.
 */
export function compareHits<H>(a: RankedHit<H>, b: RankedHit<H>): number {
  const byRank = b.score - a.score || a.tier - b.tier || a.labelDistance - b.labelDistance;
  if (byRank) return byRank;
  for (let i = 0; i < Math.min(a.order.length, b.order.length); i++) if (a.order[i] !== b.order[i]) return a.order[i] < b.order[i] ? -1 : 1;
  return a.order.length - b.order.length;
}

/** An indexed word and how many times it is indexed. */
export interface WordCount {
  word: string;
  count: number;
}

/**
 * The word "did you mean" offers for `word` among `candidates` (indexed words within one edit
 * for four letters, two for more: Levenshtein, as MiniSearch's fuzzy search finds them);
 * null when there is none. A transposed pair counts one edit here ("salse" is one edit from
 * "sales"); at equal distance, a word of the typed length (a swap or a wrong letter) before
 * one longer or shorter, then the commoner word, then the first in alphabetical order.
 */
export function nearestOf(word: string, candidates: readonly WordCount[]): string | null {
  const rank = (c: WordCount) => [transpositionDistance(word, c.word), Math.abs(c.word.length - word.length), -c.count];
  const best = candidates
    .map((c) => ({ c, k: rank(c) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || (a.c.word < b.c.word ? -1 : a.c.word > b.c.word ? 1 : 0))[0];
  return best ? best.c.word : null;
}

/** One search's answer: the hits, and how the query was read. */
export interface SearchOutcome {
  hits: Searchable[];
  /** The company a ticker or company name in the query narrowed the search to. */
  company: Company | null;
  /** The query as corrected, when the words as typed found nothing and a correction did. */
  didYouMean: string | null;
}

/**
 * The graph's search: MiniSearch (a well-kept full-text library) over the words of every
 * line item (its name, with less weight the headings it is printed under), definition and
 * footnote. The index holds those few thousand texts, never facts, so it stays small
 * whatever the number of figures. Ranking is deterministic and explainable: the weight of
 * where each word occurs (label 3, heading 2, text 1; a completed prefix half), then
 * statement rows and key metrics before definitions, before note and detail rows, before
 * footnotes; then the label closest in length to the query; then graph order.
 */
export class SearchIndex {
  private readonly docs: Doc[] = [];
  private readonly mini = new MiniSearch<{ id: number; label: string; heading: string; text: string }>({
    fields: ['label', 'heading', 'text'],
    tokenize: (text) => words(text),
    processTerm: (term) => term.toLowerCase(),
  });
  /** Every indexed word, one document each, for "did you mean". */
  private readonly vocabulary = new Map<string, number>();
  private readonly vocab = new MiniSearch<{ id: number; word: string }>({ fields: ['word'], tokenize: (t) => [t], processTerm: (t) => t });
  readonly companies: CompanyWords;

  constructor(graph: Graph) {
    this.companies = companyWords(graph);
    const all: { id: number; label: string; heading: string; text: string }[] = [];
    for (const company of graph.companies) {
      for (const d of searchDocumentsOf(company)) {
        const id = this.docs.length;
        this.docs.push({ node: d.node, company, rank: id, tier: d.tier, labelWords: d.labelWords });
        all.push({ id, label: d.label, heading: d.heading, text: d.text });
        for (const w of words(`${d.label} ${d.heading} ${d.text}`)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
      }
    }
    this.mini.addAll(all);
    this.vocab.addAll([...this.vocabulary.keys()].map((word, id) => ({ id, word })));
  }

  /** How well a hit matches: the weight of the best field of each matched word, a completed prefix or typo half. */
  private score(result: MiniResult, wanted: ReadonlySet<string>): number {
    let score = 0;
    for (const [term, fields] of Object.entries(result.match)) {
      const weight = Math.max(...(fields as Field[]).map((f) => WEIGHTS[f]));
      score += wanted.has(term) ? weight : weight / 2;
    }
    return score;
  }

  /** The hits of `terms` with what ranks them, best first (see `compareHits`). */
  ranked(terms: readonly string[], options: { company?: Company | null; types?: ReadonlySet<string> | null; where?: (company: Company) => boolean }): RankedHit<Searchable>[] {
    if (terms.length === 0) return [];
    const last = terms[terms.length - 1];
    const results = this.mini.search(terms.join(' '), {
      combineWith: 'AND',
      // Only the last word completes as a prefix ("delinq" finds "delinquency").
      prefix: (term) => term === last,
      filter: (r) => {
        const doc = this.docs[r.id as number];
        return (!options.company || doc.company === options.company) && (!options.types || options.types.has(doc.node.type)) && (!options.where || options.where(doc.company));
      },
    });
    const wanted = new Set(terms);
    return results
      .map((r) => {
        const doc = this.docs[r.id as number];
        return { hit: doc.node, score: this.score(r, wanted), tier: doc.tier, labelDistance: Math.abs(doc.labelWords - terms.length), order: [doc.rank] };
      })
      .sort(compareHits);
  }

  private find(terms: readonly string[], options: { company?: Company | null; types?: ReadonlySet<string> | null }): Searchable[] {
    return this.ranked(terms, options).map((h) => h.hit);
  }

  /** Whether `word` is an indexed word. */
  has(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** Indexed words within the edits `nearestWord` allows of `word`, with how many times each is indexed. */
  candidates(word: string): WordCount[] {
    return this.vocab.search(word, { fuzzy: word.length === 4 ? 1 : 2, prefix: false }).map((r) => ({ word: r.terms[0], count: this.vocabulary.get(r.terms[0]) ?? 0 }));
  }

  /** The indexed word nearest to `word` (one edit for four letters, two for more; closer and commoner first), or null. */
  private nearestWord(word: string): string | null {
    if (this.vocabulary.has(word)) return word;
    // Words of three letters or fewer are too short to guess at ("add" could be "and" or "ads").
    if (word.length <= 3) return null;
    return nearestOf(word, this.candidates(word));
  }

  /**
   * Line items, definitions and footnotes containing every word of `query` (any case, any
   * order; punctuation splits words). The last word also matches as a prefix. A ticker or a
   * distinctive word of a company's name ("apple", "AAPL") narrows the search to that
   * company when other words remain ("apple net sales"). When the words as typed find
   * nothing, each unknown word is replaced by the nearest indexed word, ticker or company
   * name, and the corrected query is answered and returned as `didYouMean`.
   */
  search(query: string, options: { company?: Company; types?: readonly SearchableType[] } = {}): SearchOutcome {
    const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : null;
    const typed = [...new Set(words(query))];
    if (typed.length === 0) return { hits: [], company: null, didYouMean: null };
    const narrowed = options.company ? null : this.companies.narrow(typed, false);
    const company = options.company ?? narrowed?.company ?? null;
    const terms = narrowed?.company ? narrowed.rest : typed;
    const hits = this.find(terms, { company, types });
    if (hits.length > 0) return { hits, company: narrowed?.company ?? null, didYouMean: null };

    // Nothing as typed: correct the company words, then every other unknown word.
    const fuzzyCompany = options.company ? null : this.companies.narrow(typed, true, (w) => this.vocabulary.has(w));
    const scope = options.company ?? fuzzyCompany?.company ?? null;
    const rest = fuzzyCompany?.company ? fuzzyCompany.rest : typed;
    const corrected = rest.map((w, i) => (i === rest.length - 1 && this.hasPrefix(w) ? w : this.nearestWord(w)));
    if (corrected.some((w) => w === null)) return { hits: [], company: null, didYouMean: null };
    const fixed = corrected as string[];
    const changed = fixed.some((w, i) => w !== rest[i]) || (fuzzyCompany?.company && fuzzyCompany.company !== narrowed?.company);
    if (!changed) return { hits: [], company: null, didYouMean: null };
    const second = this.find(fixed, { company: scope, types });
    if (second.length === 0) return { hits: [], company: null, didYouMean: null };
    const prefix = fuzzyCompany?.company ? `${fuzzyCompany.word} ` : '';
    return { hits: second, company: fuzzyCompany?.company ?? null, didYouMean: `${prefix}${fixed.join(' ')}` };
  }

  /** Whether some indexed word begins with `word`. */
  hasPrefix(word: string): boolean {
    return this.mini.search(word, { prefix: true }).length > 0;
  }
}

/** Optimal string alignment distance: Levenshtein where swapping two adjacent letters is one edit. */
function transpositionDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const indexes = new WeakMap<Graph, SearchIndex>();

/** The graph's search index, built on first use (the graph never changes after loading). */
export function searchIndex(graph: Graph): SearchIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new SearchIndex(graph)));
  return index;
}
