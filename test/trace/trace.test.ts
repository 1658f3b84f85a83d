/**
 * A new user's path: from the company to any metric of the release, in one query, to its
 * value, definition and source sentence; search by words; the checks of the prose as data.
 */
import { describe, expect, it } from 'vitest';
import { execute } from '../helpers.js';

/** From the company to a metric, its facts, definition and note, and a formula's inputs, their facts and rows. */
const TRACE = `{
  company(ticker: "QFIN") {
    delinquency: lineItems(statement: OPERATING_METRICS, search: "90 day delinquency rate") {
      label
      facts { value unit period { label } origin source { kind section excerpt } }
      footnotes { number text }
      definitions { text footnote { number } }
    }
    margin: lineItems(statement: NON_GAAP_RECONCILIATION, search: "non-GAAP operating margin") {
      label
      facts { value printed period { label } source { kind excerpt } }
      definitions {
        text
        section
        formula {
          expression
          inputs {
            role
            lineItem {
              label
              facts(unit: "CNY") { value period { label } origin source { kind table { title } section excerpt } derivedFrom { value period { label } } }
            }
          }
          evaluations { status expected actual tolerance subject { period { label } printed } }
        }
      }
    }
  }
}`;

describe('one query from the company to a metric\'s value, definition and source', () => {
  it('reaches the 90 day+ delinquency rate, its value, defining note and source sentence', async () => {
    const result = await execute(TRACE);
    expect(result.errors).toBeUndefined();
    const [rate] = result.data!.company.delinquency;
    expect(rate.label).toBe('90 day+ delinquency rate');
    expect(rate.facts).toEqual([
      {
        value: '0.0340',
        unit: 'pure',
        period: { label: 'Jun 30, 2024' },
        origin: 'PRINTED',
        source: {
          kind: 'NARRATIVE',
          section: 'Second Quarter 2024 Business Highlights',
          excerpt: '90 day+ delinquency rate™ of loans originated by financial institutions across our platform was 3.40% as of June 30, 2024.',
        },
      },
    ]);
    expect(rate.footnotes.map((n: any) => n.number)).toEqual([8]);
    expect(rate.footnotes[0].text).toMatch(/^“90 day\+ delinquency rate” refers to the outstanding principal balance/);
    expect(rate.definitions).toEqual([{ text: rate.footnotes[0].text, footnote: { number: 8 } }]);
  });

  it('follows the non-GAAP operating margin to its formula, inputs, their facts and printed rows, and every recomputation', async () => {
    const result = await execute(TRACE);
    const margin = result.data!.company.margin.find((m: any) => m.label === 'Non-GAAP operating margin');
    expect(margin.facts.map((f: any) => [f.period.label, f.printed, f.source.kind])).toEqual(
      expect.arrayContaining([['Q2 2024', '48.6%', 'TABLE_CELL'], ['Q2 2024', '48.6%', 'NARRATIVE'], ['6M 2024', '41.3%', 'TABLE_CELL']]),
    );
    const [definition] = margin.definitions;
    expect(definition.text).toBe('Non-GAAP operating margin is equal to Non-GAAP income from operation divided by total net revenue.');
    expect(definition.section).toBe('Use of Non-GAAP Financial Measures Statement');
    const [numerator, denominator] = definition.formula.inputs;
    expect(numerator.role).toBe('NUMERATOR');
    expect(denominator).toMatchObject({ role: 'DENOMINATOR', lineItem: { label: 'Total net revenue' } });
    const q2 = numerator.lineItem.facts.find((f: any) => f.period.label === 'Q2 2024' && f.source.kind === 'TABLE_CELL');
    expect(q2).toMatchObject({ value: '2021895000', origin: 'PRINTED', source: { table: { title: 'Unaudited Reconciliations of GAAP and Non-GAAP Results' } } });
    expect(q2.source.excerpt).toContain('2,021,895');
    // The prior quarter of the numerator: derived from the reconciliation, and stated in prose.
    const q1 = numerator.lineItem.facts.filter((f: any) => f.period.label === 'Q1 2024');
    expect(q1.map((f: any) => [f.origin, f.source.kind, f.value])).toEqual(
      expect.arrayContaining([['DERIVED', 'DERIVED', String(3430641000 - 2021895000)], ['PRINTED', 'NARRATIVE', '1408700000']]),
    );
    const evaluations = definition.formula.evaluations;
    expect(evaluations.length).toBeGreaterThanOrEqual(5);
    for (const e of evaluations) expect(e.status).toBe('PASS');
    expect(evaluations.find((e: any) => e.subject.period.label === 'Q2 2024' && e.subject.printed === '48.6%').expected).toMatch(/^0\.4860/);
  });

  it('gives every metric with a footnote or definition its value, definition or note, and source sentence in one query', async () => {
    const result = await execute(`{
      company(ticker: "QFIN") {
        lineItems {
          label
          facts { value source { kind excerpt } }
          footnotes { number }
          definitions { text basis }
        }
      }
    }`);
    const traced = (result.data!.company.lineItems as any[]).filter((i) => i.footnotes.length > 0 || i.definitions.length > 0);
    expect(traced.length).toBeGreaterThanOrEqual(25);
    for (const item of traced) {
      expect(item.facts.length, item.label).toBeGreaterThan(0);
      for (const f of item.facts) expect(f.source.excerpt, item.label).not.toBe('');
      for (const d of item.definitions) expect(d.text ?? d.basis, item.label).toBeTruthy();
    }
  });
});

describe('operating metrics', () => {
  // Every key operating figure the release states, with the periods it states it for.
  const EXPECTED: Record<string, string[]> = {
    'financial-institutional-partners': ['2024-06-30'],
    'cumulative-registered-users': ['2023-06-30', '2024-06-30'],
    'cumulative-users-with-approved-credit-lines': ['2023-06-30', '2024-06-30'],
    'cumulative-borrowers-with-successful-drawdown': ['2023-06-30', '2024-06-30'],
    'loans-originated': ['2024-04-01..2024-06-30'],
    'loans-originated-v-pocket': ['2024-04-01..2024-06-30'],
    'loans-originated-other-products': ['2024-04-01..2024-06-30'],
    'total-facilitation-and-origination-volume': ['2023-04-01..2023-06-30', '2024-04-01..2024-06-30'],
    'capital-light-volume': ['2023-04-01..2023-06-30', '2024-04-01..2024-06-30'],
    'capital-light-share-of-volume': ['2024-04-01..2024-06-30'],
    'ice-volume': ['2024-04-01..2024-06-30'],
    'other-technology-solutions-volume': ['2024-04-01..2024-06-30'],
    'total-solutions-volume': ['2024-04-01..2024-06-30'],
    'total-outstanding-loan-balance': ['2023-06-30', '2024-06-30'],
    'capital-light-loan-balance': ['2023-06-30', '2024-06-30'],
    'ice-loan-balance': ['2024-06-30'],
    'other-technology-solutions-loan-balance': ['2024-06-30'],
    'total-solutions-loan-balance': ['2024-06-30'],
    'weighted-average-contractual-tenor': ['2023-04-01..2023-06-30', '2024-04-01..2024-06-30'],
    'delinquency-rate-90-day-plus': ['2024-06-30'],
    'repeat-borrower-contribution': ['2024-04-01..2024-06-30'],
    'day-1-delinquency-rate': ['2024-04-01..2024-06-30'],
    'collection-rate-30-day': ['2024-04-01..2024-06-30'],
    'total-cash': ['2024-06-30'],
  };

  it('are line items of company.lineItems with a fact for every period the release states', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems(statement: OPERATING_METRICS) { key facts { period { startDate endDate } } } } }`);
    const items = new Map((result.data!.company.lineItems as any[]).map((i) => [i.key, i]));
    for (const [key, periods] of Object.entries(EXPECTED)) {
      const item = items.get(key);
      expect(item, key).toBeDefined();
      const stated = [...new Set(item.facts.map((f: any) => (f.period.startDate ? `${f.period.startDate}..${f.period.endDate}` : f.period.endDate)))].sort();
      expect(stated, key).toEqual(periods);
    }
  });
});

describe('search', () => {
  const SEARCH = `query ($q: String!, $types: [SearchResultType!], $ticker: String) {
    search(query: $q, types: $types, ticker: $ticker, first: 50) {
      totalCount
      nodes { __typename ... on LineItem { key } ... on Footnote { number } ... on Definition { lineItem { key } } }
    }
  }`;
  const names = (nodes: any[]) => nodes.map((n) => (n.__typename === 'LineItem' ? n.key : n.__typename === 'Footnote' ? `note ${n.number}` : `def ${n.lineItem.key}`));

  it('finds the delinquency rates first, then their definitions and notes', async () => {
    const result = await execute(SEARCH, { q: 'delinquency' });
    expect(result.errors).toBeUndefined();
    expect(names(result.data!.search.nodes)).toEqual([
      'delinquency-rate-90-day-plus',
      'day-1-delinquency-rate',
      'def delinquency-rate-90-day-plus',
      'def day-1-delinquency-rate',
      'note 8',
      'note 12',
    ]);
  });

  it('finds the capital-light line items, the ones named so before the ones printed under them', async () => {
    const result = await execute(SEARCH, { q: 'capital-light', types: ['LINE_ITEM'] });
    const found = names(result.data!.search.nodes);
    expect(found.slice(0, 4).sort()).toEqual(['capital-light-loan-balance', 'capital-light-share-of-volume', 'capital-light-volume', 'loan-facilitation-and-servicing-fees-capital-light'].sort());
    expect(found).toContain('ice-volume'); // printed under the capital-light volume
  });

  it('completes the last word as a prefix, filters by type and company, and refuses an empty query', async () => {
    const prefix = await execute(SEARCH, { q: 'repeat borr', types: ['FOOTNOTE'] });
    expect(names(prefix.data!.search.nodes)).toEqual(['note 9']);
    const other = await execute(SEARCH, { q: 'delinquency', ticker: 'NOPE' });
    expect(other.data!.search.totalCount).toBe(0);
    const listed = await execute(SEARCH, { q: 'delinquency', ticker: '3660' });
    expect(listed.data!.search.totalCount).toBe(6);
    const none = await execute(SEARCH, { q: 'zebra' });
    expect(none.data!.search.totalCount).toBe(0);
    const bad = await execute(SEARCH, { q: '  ++ ' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('checks of the prose, as data', () => {
  it('are queryable per kind with expected, actual, tolerance and status, and all pass', async () => {
    const result = await execute(`{
      company(ticker: "QFIN") {
        disclosures(first: 1) {
          nodes {
            checkSummary { failed }
            narrative: checks(kind: NARRATIVE, first: 1) { totalCount nodes { status expected actual tolerance } }
            derived: checks(kind: DERIVED, first: 100) { totalCount nodes { status name inputs { origin } } }
            formula: checks(kind: FORMULA, first: 1) { totalCount }
            changes: checks(kind: PERCENT_CHANGE, first: 100) { totalCount nodes { status name actual expected } }
            failing: checks(status: FAIL, first: 5) { totalCount nodes { kind name detail } }
          }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data!.company.disclosures.nodes[0];
    expect(d.failing).toEqual({ totalCount: 0, nodes: [] });
    expect(d.checkSummary.failed).toBe(0);
    expect(d.narrative.totalCount).toBeGreaterThan(100);
    expect(d.formula.totalCount).toBeGreaterThan(70);
    // Every prior-quarter figure of the prose (total net revenue ... non-GAAP net income attributed).
    expect(d.derived.totalCount).toBeGreaterThanOrEqual(26);
    for (const c of d.derived.nodes) expect(c.inputs[0].origin).toBe('DERIVED');
    // "an increase of 12.2% from 220.6 million": (247.6 − 220.6) ÷ 220.6 = 12.24%.
    const users = d.changes.nodes.find((c: any) => c.name.startsWith('Cumulative registered users'));
    expect(users).toMatchObject({ status: 'PASS', actual: '0.122' });
    expect(Number(users.expected)).toBeCloseTo((247.6 - 220.6) / 220.6, 6);
    expect(d.changes.totalCount).toBe(7);
  });

  it('lists on each fact the checks about it', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems(statement: OPERATING_METRICS, search: "share capital-light") { facts { checks { kind status } } } } }`);
    const [share] = result.data!.company.lineItems;
    expect(share.facts[0].checks.map((c: any) => c.kind).sort()).toEqual(['FORMULA']);
  });
});
