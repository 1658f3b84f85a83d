import { describe, expect, it } from 'vitest';
import { companyFacts, lineItemFacts, type FactQuery } from '../../src/domain/fact-index.js';
import type { Fact } from '../../src/domain/model.js';
import { embeddedGraph } from '../helpers.js';

/** Each criterion of a FactQuery, checked the slow, obvious way. */
function naive(facts: readonly Fact[], q: FactQuery): Fact[] {
  return facts.filter(
    (f) =>
      (q.unit == null || f.unit === q.unit) &&
      (q.fiscalYear == null || f.period.fiscalYear === q.fiscalYear) &&
      (q.fiscalPeriod == null || f.period.fiscalPeriod === q.fiscalPeriod) &&
      (q.origin == null || f.origin === q.origin) &&
      (q.statement == null || f.lineItem.statement === q.statement) &&
      (q.instant == null || (f.period.startDate === null) === q.instant) &&
      (q.isConvenienceTranslation == null || Boolean(f.translationOf) === q.isConvenienceTranslation) &&
      (!q.periodFrom || (f.period.startDate ?? f.period.endDate) >= q.periodFrom) &&
      (!q.periodTo || f.period.endDate <= q.periodTo),
  );
}

const QUERIES: FactQuery[] = [
  {},
  { unit: 'CNY' },
  { unit: 'CNY', fiscalYear: 2024, fiscalPeriod: 'Q2', origin: 'PRINTED' },
  { fiscalPeriod: '6M', instant: false },
  { instant: true },
  { isConvenienceTranslation: true },
  { isConvenienceTranslation: false, statement: 'INCOME_STATEMENT' },
  { origin: 'DERIVED' },
  { periodFrom: '2024-01-01', periodTo: '2024-06-30' },
  { periodFrom: '2024-04-01', unit: 'USD' },
  { unit: 'no such unit' },
];

/** Fact queries pick buckets for long lists and scan short ones: both must answer as the naive filter does, in order. */
describe('fact index', () => {
  const qfin = embeddedGraph().companyByTicker('QFIN')!;

  it('answers every query over a company\'s facts (buckets) as a plain filter does', () => {
    const index = companyFacts(qfin);
    expect(index.all.length).toBeGreaterThan(100);
    for (const q of QUERIES) expect(index.query(q), JSON.stringify(q)).toEqual(naive(index.all, q));
  });

  it('answers every query over each line item\'s facts (scanned) as a plain filter does', () => {
    let nonEmpty = 0;
    for (const item of qfin.lineItems) {
      for (const q of QUERIES) {
        const found = lineItemFacts(item).query(q);
        expect(found).toEqual(naive(item.facts, q));
        if (found.length > 0 && found.length < item.facts.length) nonEmpty++;
      }
    }
    // The queries do select: some answers are neither empty nor everything.
    expect(nonEmpty).toBeGreaterThan(100);
  });
});
