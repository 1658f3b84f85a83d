import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFilings, readFiling, type XbrlFact, type XbrlFiling } from '../../src/xbrl/index.js';
import { fixture, FIXTURES } from './helpers.js';

const basic = readFiling(fixture('basic'));
const factsOf = (f: XbrlFiling, concept: string) => f.facts.filter((x) => x.concept === concept);
const one = (f: XbrlFiling, concept: string, where: (x: XbrlFact) => boolean = () => true) => {
  const found = factsOf(f, concept).filter(where);
  expect(found, `${concept}: exactly one fact`).toHaveLength(1);
  return found[0];
};

describe('findFilings', () => {
  it('finds every folder holding an instance document, by its root element, at any depth', () => {
    const found = findFilings(FIXTURES).map((p) => p.slice(FIXTURES.length + 1));
    // malformed-xml is found (its root element is fine); the error comes when it is read.
    expect(found).toEqual(['basic', 'broken-linkbase-ref', 'float-values', 'legacy-2010', 'malformed-xml', 'unknown-context', 'unknown-unit']);
  });

  it('does not take a linkbase or a schema for an instance, whatever its name', () => {
    // basic holds four linkbases (.xml) beside its instance; only the folder is listed, once.
    expect(findFilings(fixture('basic'))).toEqual([fixture('basic')]);
    expect(findFilings(join(FIXTURES, '..'))).toContain(fixture('basic'));
  });
});

describe('readFiling: discovery and the cover', () => {
  it('reads the instance, its schema and the linkbases the schema references', () => {
    expect(basic.instancePath).toBe(join(fixture('basic'), 'acme-20240331.xml'));
    expect(basic.roles.map((r) => r.roleUri)).toEqual([
      'http://acme.example/role/Cover',
      'http://acme.example/role/BalanceSheet',
      'http://acme.example/role/Operations',
      'http://acme.example/role/RevenueByRegion',
    ]);
    // The calculation linkbase is referenced without a role: it is recognised by its content.
    expect(basic.calculations.length).toBe(10);
  });

  it('reads the dei cover facts and metadata.json', () => {
    expect(basic.cover).toEqual({
      documentType: '10-K',
      registrantName: 'Acme Widgets, Inc.',
      cik: '0000123456',
      tradingSymbols: ['ACME'],
      fiscalYearEnd: '--03-31',
      fiscalYearFocus: 2024,
      fiscalPeriodFocus: 'FY',
      periodEndDate: '2024-03-31',
      amendment: false,
    });
    expect(basic.metadata).toEqual({
      companyName: 'Acme Widgets, Inc.',
      cik: '0000123456',
      ticker: 'ACME',
      form: '10-K',
      filingDate: '2024-05-20',
      accessionNumber: '0000123456-24-000007',
      primaryDocument: null,
    });
  });

  it('loads a filing without metadata.json (metadata null, the cover from dei)', () => {
    const legacy = readFiling(fixture('legacy-2010'));
    expect(legacy.metadata).toBeNull();
    expect(legacy.cover.cik).toBe('0000999999');
    expect(legacy.cover.documentType).toBe('10-Q');
    // DocumentPeriodEndDate written as text: the period of its context says the same date.
    expect(legacy.cover.periodEndDate).toBe('2010-06-30');
  });
});

describe('readFiling: names, units, contexts and facts', () => {
  it('names concepts by namespace, not by the prefix the filing happens to use', () => {
    // The instance binds us-gaap's namespace to the prefix "gaap".
    const revenue = one(basic, 'us-gaap:Revenues', (f) => f.elementId === 'is-1');
    expect(revenue.value).toBe('10000000');
    expect(basic.concepts.get('us-gaap:Revenues')?.namespace).toBe('http://fasb.org/us-gaap/2023');
    expect(factsOf(basic, 'gaap:Revenues')).toHaveLength(0);
  });

  it('names units from their measures, never from their ids', () => {
    expect(basic.units?.map((u) => [u.id, u.name])).toEqual([
      ['U001', 'USD'],
      ['U002', 'shares'],
      ['U003', 'USD/shares'],
      ['U004', 'pure'],
    ]);
    const legacy = readFiling(fixture('legacy-2010'));
    expect(legacy.units?.map((u) => [u.id, u.name])).toEqual([
      ['iso4217_USD', 'USD'],
      ['Shares', 'shares'],
    ]);
  });

  it('reads periods: durations, instants (a midnight dateTime is the day before), forever', () => {
    const ctx = new Map(basic.contexts!.map((c) => [c.id, c]));
    expect(ctx.get('FY2024')!.period).toEqual({ kind: 'duration', startDate: '2023-04-01', endDate: '2024-03-31' });
    expect(ctx.get('AsOf2024')!.period).toEqual({ kind: 'instant', date: '2024-03-31' });
    expect(ctx.get('AsOf2024Again')!.period).toEqual({ kind: 'instant', date: '2024-03-31' });
    expect(ctx.get('Forever')!.period).toEqual({ kind: 'forever' });
    expect(ctx.get('FY2024')!.entity).toEqual({ scheme: 'http://www.sec.gov/CIK', identifier: '0000123456' });
  });

  it('reads explicit dimensions from the segment and typed ones from the scenario', () => {
    const europe = one(basic, 'us-gaap:Revenues', (f) => f.context.dimensions.length > 0);
    expect(europe.value).toBe('4000000');
    expect(europe.context.dimensions).toEqual([{ kind: 'explicit', axis: 'srt:StatementGeographicalAxis', member: 'acme:EuropeMember' }]);
    const tranche = one(basic, 'us-gaap:RevenueRemainingPerformanceObligation');
    expect(tranche.context.dimensions).toEqual([
      { kind: 'typed', axis: 'acme:ExpectedSatisfactionDateAxis', value: '2025-04-01' },
      { kind: 'explicit', axis: 'us-gaap:StatementClassOfStockAxis', member: 'us-gaap:CommonStockMember' },
    ]);
    expect(basic.dimensionDefaults.get('srt:StatementGeographicalAxis')).toBe('srt:SegmentGeographicalDomain');
  });

  it('keeps values exactly as filed, with decimals, nil, element id and line', () => {
    const eps = one(basic, 'us-gaap:EarningsPerShareBasic');
    expect(eps).toMatchObject({ value: '1.25', decimals: 2, elementId: 'is-11' });
    expect(eps.unit?.name).toBe('USD/shares');
    expect(one(basic, 'us-gaap:WeightedAverageNumberOfSharesOutstandingBasic').decimals).toBe('INF');
    const nil = one(basic, 'us-gaap:CommitmentsAndContingencies');
    expect(nil.value).toBeNull();
    expect(nil.unit?.name).toBe('USD');
    const text = one(basic, 'acme:FoundingStatement');
    expect(text).toMatchObject({ value: 'Widgets for everyone.', unit: null, decimals: null });
    // Lines point into the instance: the line that holds the element's id.
    const lines = readFileSync(basic.instancePath, 'utf8').split('\n');
    expect(one(basic, 'us-gaap:Revenues', (f) => f.elementId === 'is-2').line).toBe(lines.findIndex((l) => l.includes('id="is-2"')) + 1);
  });

  it('treats precision="INF" as INF and notes a finite precision (decimals null)', () => {
    const legacy = readFiling(fixture('legacy-2010'));
    expect(one(legacy, 'us-gaap:Revenues').decimals).toBe('INF');
    expect(one(legacy, 'us-gaap:NetIncomeLoss')).toMatchObject({ value: '1234000', decimals: null });
    expect(legacy.notes?.join('\n')).toMatch(/1 fact\(s\) give a finite precision/);
  });

  it('skips footnote links and says so', () => {
    expect(basic.notes).toContain('1 footnote link(s) skipped');
  });
});

describe('readFiling: duplicates', () => {
  it('groups facts with the same concept, context and unit; consistent when equal once rounded to the lowest decimals', () => {
    const byConcept = new Map(basic.duplicates.map((d) => [d.facts[0].concept, d]));
    expect(basic.duplicates).toHaveLength(2);
    const revenues = byConcept.get('us-gaap:Revenues')!;
    expect(revenues.facts.map((f) => f.value)).toEqual(['10000000', '10000400']);
    expect(revenues.consistent).toBe(true);
    const netIncome = byConcept.get('us-gaap:NetIncomeLoss')!;
    expect(netIncome.facts.map((f) => f.value)).toEqual(['1000', '1200']);
    expect(netIncome.consistent).toBe(false);
  });
});

describe('readFiling: concepts and labels', () => {
  it('takes period type, balance, type and abstract from the company schema', () => {
    expect(basic.concepts.get('acme:WidgetsInInventory')).toMatchObject({
      periodType: 'instant',
      balance: null,
      dataType: 'xbrli:sharesItemType',
      abstract: false,
      labels: { label: 'Widgets in Inventory', documentation: 'Number of finished widgets held in inventory at the balance sheet date.' },
    });
    expect(basic.concepts.get('acme:EuropeMember')).toMatchObject({ abstract: true, dataType: 'dtr-types:domainItemType', periodType: 'duration' });
  });

  it('infers period type and data type of standard concepts from their facts; balance stays unknown', () => {
    expect(basic.concepts.get('us-gaap:Assets')).toMatchObject({ periodType: 'instant', dataType: 'xbrli:monetaryItemType', balance: null });
    expect(basic.concepts.get('us-gaap:Revenues')).toMatchObject({ periodType: 'duration', dataType: 'xbrli:monetaryItemType' });
    expect(basic.concepts.get('us-gaap:EarningsPerShareBasic')?.dataType).toBe('dtr-types:perShareItemType');
    expect(basic.concepts.get('us-gaap:WeightedAverageNumberOfSharesOutstandingBasic')?.dataType).toBe('xbrli:sharesItemType');
    expect(basic.concepts.get('us-gaap:EffectiveIncomeTaxRateContinuingOperations')?.dataType).toBe('dtr-types:pureItemType');
    expect(basic.concepts.get('dei:EntityRegistrantName')?.dataType).toBeNull();
    // In a linkbase only: no facts, so no period type.
    expect(basic.concepts.get('us-gaap:IncomeStatementAbstract')).toMatchObject({ periodType: null, abstract: true });
  });

  it('reads English labels by role and skips others', () => {
    expect(basic.concepts.get('us-gaap:Revenues')?.labels).toEqual({ label: 'Revenues', terseLabel: 'Net sales' });
    expect(basic.notes).toContain('1 non-English label(s) skipped');
    const legacy = readFiling(fixture('legacy-2010'));
    expect(legacy.concepts.get('us-gaap:Revenues')?.labels.label).toBe('Total revenues');
    expect(legacy.concepts.get('us-gaap:Revenues')?.namespace).toBe('http://xbrl.us/us-gaap/2009-01-31');
  });

  it('resolves a locator into a schema the company schema does not import, through the prefix the filing declares', () => {
    const legacy = readFiling(fixture('legacy-2010'));
    const cover = legacy.roles.find((r) => r.kind === 'COVER')!;
    expect(cover.title).toBe('Document and Entity Information');
    expect(cover.rows.map((r) => r.concept)).toEqual(['dei:DocumentInformationAbstract', 'dei:DocumentType']);
    expect(legacy.concepts.get('dei:DocumentType')?.namespace).toBe('http://xbrl.us/dei/2009-01-31');
  });
});

describe('readFiling: presentation', () => {
  const ops = basic.roles.find((r) => r.roleUri.endsWith('/Operations'))!;

  it('titles and classifies roles from their definitions', () => {
    expect(basic.roles.map((r) => [r.kind, r.title])).toEqual([
      ['COVER', 'Cover Page'],
      ['BALANCE_SHEET', 'Consolidated Balance Sheets'],
      ['INCOME_STATEMENT', 'Consolidated Statements of Operations'],
      ['DETAILS', 'Revenue by Region (Details)'],
    ]);
    expect(ops.definition).toBe('0000003 - Statement - Consolidated Statements of Operations');
  });

  it('walks each role depth-first in arc order, with preferred labels', () => {
    expect(ops.rows.map((r) => [r.depth, r.concept, r.preferredLabel, r.parent])).toEqual([
      [0, 'us-gaap:IncomeStatementAbstract', null, null],
      [1, 'us-gaap:Revenues', 'terseLabel', 0],
      [1, 'us-gaap:CostOfRevenue', 'negatedLabel', 0],
      [1, 'us-gaap:GrossProfit', 'totalLabel', 0],
      [1, 'us-gaap:OperatingExpenses', null, 0],
      [2, 'us-gaap:ResearchAndDevelopmentExpense', null, 4],
      [2, 'us-gaap:SellingGeneralAndAdministrativeExpense', null, 4],
      [1, 'us-gaap:NetIncomeLoss', null, 0],
      [1, 'us-gaap:EarningsPerShareBasic', null, 0],
    ]);
    expect(ops.rows.map((r) => r.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives a negated preferred label its text and leaves the stored value as filed', () => {
    const row = ops.rows.find((r) => r.concept === 'us-gaap:CostOfRevenue')!;
    expect(basic.concepts.get(row.concept)!.labels[row.preferredLabel!]).toBe('Cost of sales');
    expect(one(basic, 'us-gaap:CostOfRevenue').value).toBe('6000000');
  });

  it('removes an arc that a prohibiting arc of higher priority overrides', () => {
    expect(ops.rows.some((r) => r.concept === 'us-gaap:IncomeTaxExpenseBenefit')).toBe(false);
    expect(basic.notes).toContain('1 prohibiting arc(s) applied');
  });

  it('reads calculation arcs of both summation-item arcroles with weight and order', () => {
    const gross = basic.calculations.filter((c) => c.parent === 'us-gaap:GrossProfit');
    expect(gross).toEqual([
      { roleUri: 'http://acme.example/role/Operations', parent: 'us-gaap:GrossProfit', child: 'us-gaap:Revenues', weight: 1, order: 1 },
      { roleUri: 'http://acme.example/role/Operations', parent: 'us-gaap:GrossProfit', child: 'us-gaap:CostOfRevenue', weight: -1, order: 2 },
    ]);
    // The balance sheet's arcs use the Calculations 1.1 arcrole.
    expect(basic.calculations.filter((c) => c.roleUri.endsWith('/BalanceSheet'))).toHaveLength(4);
  });
});
