import type { Graph } from '../graph.js';
import { words } from '../line-item-search.js';
import type { Company, Definition, Footnote, LineItem } from '../model.js';

/** What search finds: what a figure is of, what defines it, and the notes about it. */
export type Searchable = LineItem | Definition | Footnote;
export type SearchableType = Searchable['type'];

interface Doc {
  node: Searchable;
  company: Company;
  /** Position in the graph: line items in the company's order, then definitions, then notes. */
  rank: number;
}

/** Weights of where a word occurs: a label is a stronger match than a word of a long text. */
const LABEL = 3;
const HEADING = 2;
const TEXT = 1;

/**
 * An inverted index of the words of every line item (its name, and with less weight the
 * headings or totals it is printed under), definition (text or basis, and the label it
 * defines) and footnote (text): word → documents with a score. Built once per graph on
 * first use; a query reads the postings of its words only.
 */
export class SearchIndex {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, Map<number, number>>();
  /** Every indexed word, sorted, to expand the last word of a query as a prefix. */
  private readonly vocabulary: string[];

  constructor(graph: Graph) {
    for (const company of graph.companies) {
      for (const item of company.lineItems) {
        const id = this.add(item, company);
        this.post(id, item.name, LABEL);
        for (let p = item.parent; p; p = p.parent) this.post(id, p.name, HEADING);
      }
      for (const disclosure of company.disclosures) {
        for (const definition of disclosure.definitions) {
          const id = this.add(definition, company);
          this.post(id, definition.lineItem.name, LABEL);
          this.post(id, definition.text ?? definition.basis ?? '', TEXT);
        }
        for (const footnote of disclosure.footnotes) {
          const id = this.add(footnote, company);
          this.post(id, footnote.text, TEXT);
        }
      }
    }
    this.vocabulary = [...this.postings.keys()].sort();
  }

  private add(node: Searchable, company: Company): number {
    this.docs.push({ node, company, rank: this.docs.length });
    return this.docs.length - 1;
  }

  private post(id: number, text: string, weight: number): void {
    for (const word of new Set(words(text))) {
      let list = this.postings.get(word);
      if (!list) this.postings.set(word, (list = new Map()));
      list.set(id, Math.max(list.get(id) ?? 0, weight));
    }
  }

  /** Indexed words starting with `prefix`, by binary search in the sorted vocabulary. */
  private expand(prefix: string): string[] {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.vocabulary.length && this.vocabulary[i].startsWith(prefix); i++) out.push(this.vocabulary[i]);
    return out;
  }

  /**
   * Documents containing every word of `query` (any case, any order; punctuation splits
   * words, so "capital-light" looks for "capital" and "light"). The last word also matches
   * as a prefix ("delinq" finds "delinquency"). Best matches first: a word in a label
   * counts more than one in a text; ties keep graph order (line items, then definitions,
   * then footnotes).
   */
  search(query: string, options: { company?: Company; types?: readonly SearchableType[] } = {}): Searchable[] {
    const wanted = [...new Set(words(query))];
    if (wanted.length === 0) return [];
    let scores: Map<number, number> | null = null;
    for (const [i, word] of wanted.entries()) {
      const variants = i === wanted.length - 1 ? this.expand(word) : this.postings.has(word) ? [word] : [];
      const hits = new Map<number, number>();
      for (const variant of variants) {
        for (const [id, weight] of this.postings.get(variant)!) {
          // An exact word counts more than a completed prefix.
          const score = variant === word ? weight : weight / 2;
          hits.set(id, Math.max(hits.get(id) ?? 0, score));
        }
      }
      const next = new Map<number, number>();
      for (const [id, score] of hits) {
        if (scores === null) next.set(id, score);
        else if (scores.has(id)) next.set(id, scores.get(id)! + score);
      }
      scores = next;
      if (scores.size === 0) return [];
    }
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    return [...scores!]
      .map(([id, score]) => ({ doc: this.docs[id], score }))
      .filter(({ doc }) => (!options.company || doc.company === options.company) && (!types || types.has(doc.node.type)))
      .sort((a, b) => b.score - a.score || a.doc.rank - b.doc.rank)
      .map(({ doc }) => doc.node);
  }
}

const indexes = new WeakMap<Graph, SearchIndex>();

/** The graph's search index, built on first use (the graph never changes after loading). */
export function searchIndex(graph: Graph): SearchIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new SearchIndex(graph)));
  return index;
}
