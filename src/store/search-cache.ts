/**
 * The ranked stored hits of recent queries (search-sql.ts `selectSearch`), kept by one
 * snapshot of the store (StoreSource): ranking a common word reads every hit's row (its count
 * too), so the next page of the same query, or the same query asked again with other fields,
 * is answered from the hits already ranked. Bounded in bytes (lru-cache); a new snapshot
 * starts an empty one, so what it keeps is a pure function of (store generation, words,
 * types).
 */
import type pg from 'pg';
import { LRUCache } from 'lru-cache';
import type { RankedHit, SearchableType } from '../domain/search/search-index.js';
import { selectSearch, type StoredHit } from './search-sql.js';

/** What `selectSearch` answers: the best `limit` hits and the count of all. */
export interface Selected {
  total: number;
  hits: RankedHit<StoredHit>[];
}

/** The selection StoreSearch runs: `selectSearch`, or a cache of it. */
export type SelectSearch = (pool: pg.Pool, terms: readonly string[], options: { types?: readonly SearchableType[] | null; limit: number }) => Promise<Selected>;

/** Default bound: a few hundred first fetches (100 hits of ~300 B each). */
export const DEFAULT_SEARCH_CACHE_BYTES = 16 * 1024 * 1024;

/** Bytes a kept answer counts: its strings twice (UTF-16) and a fixed overhead per hit. */
function sizeOf(selected: Selected): number {
  let bytes = 64;
  for (const { hit, order } of selected.hits) bytes += 160 + 2 * (hit.id.length + hit.cik.length + hit.type.length + String(order[1]).length);
  return bytes;
}

export class SearchCache {
  private readonly kept: LRUCache<string, Selected>;

  constructor(maxBytes = DEFAULT_SEARCH_CACHE_BYTES) {
    this.kept = new LRUCache<string, Selected>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  }

  /**
   * As `selectSearch`: the kept answer when it holds the first `limit` hits (a prefix of one
   * total order is the answer of a smaller limit), else selected and kept.
   */
  readonly select: SelectSearch = async (pool, terms, options) => {
    const types = options.types && options.types.length > 0 ? [...options.types].sort() : null;
    const key = JSON.stringify([terms, types]);
    const kept = this.kept.get(key);
    if (kept && (kept.hits.length >= options.limit || kept.hits.length === kept.total)) return { total: kept.total, hits: kept.hits.slice(0, options.limit) };
    const selected = await selectSearch(pool, terms, { types, limit: options.limit });
    if (sizeOf(selected) <= this.kept.maxSize) this.kept.set(key, selected);
    return selected;
  };

  /** Answers kept and their bytes (for a test and the health report). */
  stats(): { answers: number; bytes: number } {
    return { answers: this.kept.size, bytes: this.kept.calculatedSize };
  }
}
