import type { Company, Concept, Disclosure, Fact, FactOrigin, LineItem, Statement } from './model.js';
import { groupBy } from './group-by.js';

/** What facts may be filtered by; every criterion given must hold. */
export interface FactQuery {
  /** Period starts on or after (an instant: falls on or after), ISO date. */
  periodFrom?: string | null;
  /** Period ends on or before, ISO date. */
  periodTo?: string | null;
  fiscalYear?: number | null;
  fiscalPeriod?: string | null;
  instant?: boolean | null;
  unit?: string | null;
  origin?: FactOrigin | null;
  isConvenienceTranslation?: boolean | null;
  statement?: Statement | null;
  /** Exactly these axis/member pairs, in any order; empty for totals only (no dimensions). */
  dimensions?: readonly { axis: string; member: string }[] | null;
}

type IndexedKey = 'unit' | 'fiscalPeriod' | 'fiscalYear' | 'origin' | 'isConvenienceTranslation' | 'statement' | 'instant' | 'dimensions';

/** One string per set of axis/member pairs, whatever their order: "" for none. */
export function dimensionsKey(pairs: readonly { axis: string; member: string }[]): string {
  if (pairs.length === 0) return '';
  if (pairs.length === 1) return `${pairs[0].axis}=${pairs[0].member}`;
  return pairs
    .map((p) => `${p.axis}=${p.member}`)
    .sort()
    .join('\n');
}

/** The value a query asks an index for: the pairs' key for `dimensions`, else the value itself. */
function wanted(q: FactQuery, key: IndexedKey): unknown {
  if (key === 'dimensions') return q.dimensions == null ? null : dimensionsKey(q.dimensions);
  return q[key];
}

const KEYS: Record<IndexedKey, (f: Fact) => unknown> = {
  unit: (f) => f.unit,
  fiscalPeriod: (f) => f.period.fiscalPeriod,
  fiscalYear: (f) => f.period.fiscalYear,
  origin: (f) => f.origin,
  isConvenienceTranslation: (f) => f.translationOf !== null,
  statement: (f) => f.lineItem.statement,
  instant: (f) => f.period.startDate === null,
  dimensions: (f) => dimensionsKey(f.dimensions),
};

const INDEXED_KEYS = Object.keys(KEYS) as IndexedKey[];

/** Below this many facts a query scans them instead of looking up buckets. */
const SCAN_BELOW = 32;

/**
 * A list of facts with an index per filterable attribute, so a filtered query starts from
 * the smallest matching bucket instead of the whole list. Order within every bucket is the
 * list's own order, so filtered results (and their cursors) keep it.
 */
export class FactIndex {
  /** Each attribute's buckets, built when a query first filters by it (most lists are only ever read whole). */
  private readonly buckets = new Map<IndexedKey, Map<unknown, Fact[]>>();

  constructor(readonly all: readonly Fact[]) {}

  private bucketsOf(key: IndexedKey): Map<unknown, Fact[]> {
    let buckets = this.buckets.get(key);
    if (!buckets) this.buckets.set(key, (buckets = groupBy<Fact, unknown>(this.all, KEYS[key])));
    return buckets;
  }

  query(q: FactQuery = {}): readonly Fact[] {
    if (!isFiltered(q)) return this.all;
    const dimensions = q.dimensions == null ? null : dimensionsKey(q.dimensions);
    let candidates: readonly Fact[] = this.all;
    // A line item's few facts are scanned; buckets pay off for a company's or concept's many.
    if (this.all.length > SCAN_BELOW) {
      for (const key of INDEXED_KEYS) {
        const value = key === 'dimensions' ? dimensions : q[key];
        if (value === undefined || value === null) continue;
        const bucket = this.bucketsOf(key).get(value);
        if (!bucket) return [];
        if (bucket.length < candidates.length) candidates = bucket;
      }
    }
    const found: Fact[] = [];
    for (const fact of candidates) if (matches(fact, q, dimensions)) found.push(fact);
    return found;
  }
}

function isFiltered(q: FactQuery): boolean {
  for (const key of INDEXED_KEYS) if (wanted(q, key) != null) return true;
  return Boolean(q.periodFrom || q.periodTo);
}

/** Whether a fact meets every criterion given, written out: called for every candidate. */
function matches(f: Fact, q: FactQuery, dimensions: string | null): boolean {
  return (
    (dimensions === null || (dimensions === '' ? f.dimensions.length === 0 : dimensionsKey(f.dimensions) === dimensions)) &&
    (q.unit == null || f.unit === q.unit) &&
    (q.fiscalPeriod == null || f.period.fiscalPeriod === q.fiscalPeriod) &&
    (q.fiscalYear == null || f.period.fiscalYear === q.fiscalYear) &&
    (q.origin == null || f.origin === q.origin) &&
    (q.isConvenienceTranslation == null || (f.translationOf !== null) === q.isConvenienceTranslation) &&
    (q.statement == null || f.lineItem.statement === q.statement) &&
    (q.instant == null || (f.period.startDate === null) === q.instant) &&
    (!q.periodFrom || (f.period.startDate ?? f.period.endDate) >= q.periodFrom) &&
    (!q.periodTo || f.period.endDate <= q.periodTo)
  );
}

const indexes = new WeakMap<object, FactIndex>();

function indexOf(owner: object, facts: () => readonly Fact[]): FactIndex {
  let index = indexes.get(owner);
  if (!index) indexes.set(owner, (index = new FactIndex(facts())));
  return index;
}

/**
 * Every fact of a company: by line item in statement then printed order, then in the order
 * the source prints them. Indexed on first use; the graph never changes afterwards.
 */
export function companyFacts(company: Company): FactIndex {
  return indexOf(company, () => company.lineItems.flatMap((item) => item.facts));
}

/** A disclosure's facts in curation order (table by table, row by row), indexed on first use. */
export function disclosureFacts(disclosure: Disclosure): FactIndex {
  return indexOf(disclosure, () => disclosure.facts);
}

/** A line item's facts in the order the source prints them, indexed on first use. */
export function lineItemFacts(item: LineItem): FactIndex {
  return indexOf(item, () => item.facts);
}

/** A concept's facts: newest disclosure first, then by line item and in each line item's order; indexed on first use. */
export function conceptFacts(concept: Concept): FactIndex {
  return indexOf(concept, () => {
    const rank = new Map(concept.company.disclosures.map((d, i) => [d, i]));
    return concept.lineItems.flatMap((item) => item.facts).sort((a, b) => rank.get(a.disclosure)! - rank.get(b.disclosure)!);
  });
}
