/**
 * A search across every company of a store too large for one in-memory index, by the
 * in-memory search's rules (SearchIndex.search) over the store's full-text search
 * (search-sql.ts) and the curated companies' own index (small, in memory): the words as
 * typed; when they find nothing, each unknown word replaced by the nearest indexed word and
 * the corrected query answered (`didYouMean`). A query naming a company is not answered
 * here: that company's graph is (StoreSource.searchScope).
 */
import type pg from 'pg';
import type { SearchAcross, SearchRow } from '../domain/graph-source.js';
import type { Graph } from '../domain/graph.js';
import type { Company } from '../domain/model.js';
import { compareHits, nearestOf, searchIndex, type RankedHit, type Searchable, type SearchableType, type WordCount } from '../domain/search/search-index.js';
import type { SelectSearch } from './search-cache.js';
import { hasPrefix, knownWords, readSearchViews, selectSearch, wordCandidates, type StoredHit } from './search-sql.js';

/** Loads a stored hit from its company's graph; undefined when the snapshot does not serve its company. */
export type LoadHit = (hit: StoredHit) => Promise<Searchable | undefined>;

/** How many of a page's stored hits, in order, may be loaded together (their companies' graphs held at once); at least one. */
export type PageBudget = (hits: readonly StoredHit[]) => number;

/** Whether the snapshot serves the company of a stored hit (a company stored after it was taken is served from the next one). */
export type Serves = (hit: StoredHit) => boolean;

type Hit = RankedHit<{ node: Searchable } | { stored: StoredHit }>;

/** Stored hits fetched with the first page: a page of the API at most (MAX_PAGE_SIZE), so most requests query once. */
const FIRST_FETCH = 100;

/** The curated companies served from the curated graph (no CIK): the store holds none of their labels. */
const curatedOnly = (company: Company) => company.cik === null;

export class StoreSearch {
  constructor(
    private readonly pool: pg.Pool,
    private readonly curated: Graph,
    private readonly load: LoadHit,
    private readonly budget: PageBudget = (hits) => hits.length,
    private readonly serves: Serves = () => true,
    /** How stored hits are ranked: `selectSearch`, or the snapshot's cache of it (SearchCache). */
    private readonly select: SelectSearch = selectSearch,
  ) {}

  /** Which of `typed` are indexed words (stored or curated). */
  async known(typed: readonly string[]): Promise<Set<string>> {
    const found = await knownWords(this.pool, typed);
    for (const w of typed) if (searchIndex(this.curated).has(w)) found.add(w);
    return found;
  }

  /**
   * When `typed` found nothing (`asTyped`) and names no company even within a typo: each
   * unknown word replaced by the nearest indexed word (the last kept when it begins an
   * indexed word), and the corrected query answered with `didYouMean`; else `asTyped`.
   */
  async corrected(typed: readonly string[], types: readonly SearchableType[] | null, known: ReadonlySet<string>, asTyped: SearchAcross): Promise<SearchAcross> {
    const corrected: (string | null)[] = [];
    for (const [i, w] of typed.entries()) corrected.push(i === typed.length - 1 && (await this.hasPrefix(w)) ? w : await this.nearestWord(w, known));
    if (corrected.some((w) => w === null)) return asTyped;
    const fixed = corrected as string[];
    if (fixed.every((w, i) => w === typed[i])) return asTyped;
    const second = await this.find(fixed, types);
    return second.total > 0 ? { total: second.total, hits: second.hits, didYouMean: fixed.join(' ') } : asTyped;
  }

  private async hasPrefix(word: string): Promise<boolean> {
    return searchIndex(this.curated).hasPrefix(word) || hasPrefix(this.pool, word);
  }

  /** As SearchIndex's: the word itself when indexed; none for three letters or fewer; else the nearest of the stored and curated candidates. */
  private async nearestWord(word: string, known: ReadonlySet<string>): Promise<string | null> {
    if (known.has(word)) return word;
    if (word.length <= 3) return null;
    const counts = new Map<string, number>();
    for (const c of [...(await wordCandidates(this.pool, word)), ...searchIndex(this.curated).candidates(word)]) counts.set(c.word, (counts.get(c.word) ?? 0) + c.count);
    return nearestOf(word, [...counts].map(([w, count]): WordCount => ({ word: w, count })));
  }

  /**
   * The hits of `terms` (distinct words): the stored ones ranked in SQL (the first page's worth fetched now),
   * merged with the curated companies' by the same rule (curated first on a full tie, as
   * they come first among companies).
   */
  async find(terms: readonly string[], types: readonly SearchableType[] | null): Promise<SearchAcross> {
    const curated = searchIndex(this.curated).ranked(terms, { types: types && types.length ? new Set(types) : null, where: curatedOnly }).map((h): Hit => ({ ...h, hit: { node: h.hit }, order: [0, ...h.order] }));
    let fetched = await this.select(this.pool, terms, { types, limit: FIRST_FETCH });
    const total = fetched.total + curated.length;
    const ranked = async (end: number): Promise<Hit[]> => {
      // A later page needs the stored hits before it: fetched again up to its end.
      if (end > fetched.hits.length && fetched.hits.length < fetched.total) fetched = await this.select(this.pool, terms, { types, limit: end });
      return [...curated, ...fetched.hits.map((h): Hit => ({ ...h, hit: { stored: h.hit } }))].sort(compareHits);
    };
    return {
      total,
      didYouMean: null,
      hits: async (start, end, fromRows = false) => {
        let window = (await ranked(end)).slice(start, end);
        let stored = window.flatMap(({ hit }) => ('stored' in hit ? [hit.stored] : []));
        // Served from their rows: the prepared answers of the stored hits that have one; no graph is loaded for them.
        const rows = new Map<StoredHit, SearchRow>();
        if (fromRows) {
          const views = await readSearchViews(this.pool, stored);
          stored.forEach((hit, i) => {
            if (views[i] !== null && views[i] !== undefined) rows.set(hit, { kind: 'search-row', type: hit.type, id: hit.id, view: views[i] });
          });
          stored = stored.filter((hit) => !rows.has(hit));
        }
        // A page whose companies' graphs would not fit in memory together is cut short (the next page starts where it stops).
        const take = Math.max(1, this.budget(stored));
        if (take < stored.length) window = window.slice(0, window.findIndex(({ hit }) => 'stored' in hit && hit.stored === stored[take]));
        const loaded = await Promise.all(
          window.map(({ hit }) => {
            if ('node' in hit) return hit.node;
            const row = rows.get(hit.stored);
            // A company stored after this snapshot was taken is served from the next one.
            if (row) return this.serves(hit.stored) ? row : undefined;
            return this.load(hit.stored);
          }),
        );
        return loaded.filter((h): h is Searchable | SearchRow => h !== undefined);
      },
    };
  }
}
