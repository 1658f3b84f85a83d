import { describe, expect, it } from 'vitest';
import { execute } from '../helpers.js';

/** The curated release's figures are reports like any filing's: one disclosure, so each is its own latest report. */
describe('time on the curated release', () => {
  it('makes prior-period figures reports, placed on the release date, and keeps derived Q1 2024 as DERIVED with inputs', async () => {
    const query = `query($asOf: Date) {
      company(ticker: "QFIN") {
        disclosures(first: 1) { nodes { date knownOn knownOnBasis } }
        lineItems(statement: INCOME_STATEMENT, search: "Total net revenue") {
          facts(unit: "CNY", asOf: $asOf) { value origin isLatest period { label } revisions { value disclosure { slug } } derivedFrom { period { label } } }
          quarterly: series(frequency: QUARTERLY, unit: "CNY") { period { label fiscalPeriod } value isDerived }
        }
        revisions(first: 10) { totalCount }
      }
    }`;
    const before = await execute(query, { asOf: '2024-08-12' });
    expect(before.errors).toBeUndefined();
    const company = before.data!.company;
    const [disclosure] = company.disclosures.nodes;
    expect(disclosure).toEqual({ date: disclosure.date, knownOn: disclosure.date, knownOnBasis: 'FILING_DATE' });
    expect(company.lineItems[0].facts).toEqual([]);
    expect(company.revisions.totalCount).toBe(0);

    const after = await execute(query, { asOf: disclosure.date });
    const [item] = after.data!.company.lineItems;
    const labels = item.facts.map((f: any) => f.period.label).sort();
    expect(labels).toEqual(expect.arrayContaining(['Q2 2023', 'Q2 2024', '6M 2023', '6M 2024']));
    for (const f of item.facts) {
      expect(f.isLatest).toBe(true);
      if (f.origin === 'PRINTED') expect(f.revisions).toEqual([{ value: f.value, disclosure: { slug: '2024-q2-results' } }]);
    }
    const q1 = item.facts.find((f: any) => f.period.label === 'Q1 2024' && f.origin === 'DERIVED');
    expect(q1).toMatchObject({ origin: 'DERIVED', derivedFrom: [{ period: { label: '6M 2024' } }, { period: { label: 'Q2 2024' } }] });
    const six = item.facts.find((f: any) => f.period.label === '6M 2024');
    // As of a date, one answer per figure: the derived Q1 2024, more precise than the prose's rounded report of it.
    expect(item.facts.filter((f: any) => f.period.label === 'Q1 2024')).toHaveLength(1);
    const q2 = item.facts.find((f: any) => f.period.label === 'Q2 2024');
    expect(BigInt(q1.value)).toBe(BigInt(six.value) - BigInt(q2.value));
    // The series: Q1 2023 and Q1 2024 derived, Q2s printed, oldest first.
    expect(item.quarterly.map((p: any) => [p.period.label, p.isDerived])).toEqual([
      ['Q1 2023', true],
      ['Q2 2023', false],
      ['Q1 2024', true],
      ['Q2 2024', false],
    ]);
  });
});

describe('one answer per figure as of a date', () => {
  it('gives net income for Q1 2024 once, though three statements print it and the prose rounds it', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { concept(name: "qfin:NetIncome") {
      all: facts(first: 100, filter: { fiscalYear: 2024, fiscalPeriod: "Q1", unit: "CNY" }) { totalCount }
      known: facts(first: 100, asOf: "2030-01-01", filter: { fiscalYear: 2024, fiscalPeriod: "Q1", unit: "CNY" }) { nodes { value origin decimals lineItem { statement } } }
    } } }`);
    expect(result.errors).toBeUndefined();
    const concept = result.data!.company.concept;
    expect(concept.all.totalCount).toBeGreaterThan(1);
    // The derived figure (exact to the thousand) beats the prose's "RMB1.16 billion".
    expect(concept.known.nodes).toHaveLength(1);
    expect(concept.known.nodes[0]).toMatchObject({ origin: 'DERIVED', decimals: -3 });
  });
});
