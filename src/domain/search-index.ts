import type { Graph } from './graph.js';
import type { Definition, Footnote, LineItem } from './model.js';
import { words } from './line-item-search.js';

export type SearchHit = LineItem | Footnote | Definition;

interface Index {
  hits: SearchHit[];
  /** word → positions in `hits`, ascending. */
  postings: Map<string, number[]>;
}

const indexes = new WeakMap<Graph, Index>();

/**
 * An inverted index of every line item (label and headings), footnote (text) and
 * definition (text or basis, and the label it defines), built once per graph so a search
 * intersects posting lists instead of scanning.
 */
function indexOf(graph: Graph): Index {
  let index = indexes.get(graph);
  if (index) return index;
  const hits: SearchHit[] = [];
  const texts: string[] = [];
  for (const company of graph.companies) {
    for (const item of company.lineItems) {
      const labels: string[] = [];
      for (let p: LineItem | null = item; p; p = p.parent) labels.push(p.label);
      hits.push(item);
      texts.push(labels.join(' '));
    }
    for (const disclosure of company.disclosures) {
      for (const note of disclosure.footnotes) {
        hits.push(note);
        texts.push(note.text);
      }
      for (const definition of disclosure.definitions) {
        hits.push(definition);
        texts.push(`${definition.text ?? definition.basis ?? ''} ${definition.lineItem.label}`);
      }
    }
  }
  const postings = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const word of new Set(words(text))) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  index = { hits, postings };
  indexes.set(graph, index);
  return index;
}

/**
 * Line items, footnotes and definitions containing every word of `query` (whole words, any
 * case, punctuation ignored: "capital-light" finds "capital-light" and "capital light"),
 * line items first in statement order, then footnotes and definitions.
 */
export function search(graph: Graph, query: string): SearchHit[] {
  const index = indexOf(graph);
  const lists = [...new Set(words(query))].map((w) => index.postings.get(w) ?? []);
  if (lists.length === 0) return [];
  lists.sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists;
  const others = rest.map((l) => new Set(l));
  return first.filter((i) => others.every((s) => s.has(i))).map((i) => index.hits[i]);
}
