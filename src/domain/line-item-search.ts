import type { Company, LineItem } from './model.js';

/** Lower-case words of a text, for matching labels regardless of case and punctuation. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface SearchEntry {
  item: LineItem;
  words: Set<string>;
}

const entries = new WeakMap<Company, SearchEntry[]>();

/** The words of each line item's name and of the headings it is printed under. */
function entriesOf(company: Company): SearchEntry[] {
  let list = entries.get(company);
  if (!list) {
    list = company.lineItems.map((item) => {
      const all = new Set<string>();
      for (let p: LineItem | null = item; p; p = p.parent) for (const w of words(p.name)) all.add(w);
      return { item, words: all };
    });
    entries.set(company, list);
  }
  return list;
}

/**
 * Line items whose label, with its headings, contains every word of `query` (whole words,
 * any case, any order), in the company's line item order.
 */
export function searchLineItems(company: Company, query: string, items: readonly LineItem[] = company.lineItems): LineItem[] {
  const wanted = words(query);
  const allowed = items === company.lineItems ? null : new Set(items);
  return entriesOf(company)
    .filter((e) => (!allowed || allowed.has(e.item)) && wanted.every((w) => e.words.has(w)))
    .map((e) => e.item);
}
