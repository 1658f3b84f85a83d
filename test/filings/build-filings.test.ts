import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/domain/build-graph.js';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import type { XbrlConcept, XbrlContext, XbrlFact, XbrlFiling, XbrlUnit } from '../../src/xbrl/xbrl-filing.js';
import { execute } from '../helpers.js';

/**
 * A tiny filing built by hand, as the reader would hand it over: the builder's rules are
 * tested without any XML (the reader has its own fixtures in test/xbrl).
 */
function tinyFiling(options: { duplicateValue?: string; cik?: string; ticker?: string; period?: string } = {}): XbrlFiling {
  const folder = mkdtempSync(join(tmpdir(), 'tiny-filing-'));
  const instancePath = join(folder, 'tiny.xml');
  writeFileSync(instancePath, '<xbrl/>');
  const end = options.period ?? '2024-03-31';
  const entity = { scheme: 'http://www.sec.gov/CIK', identifier: options.cik ?? '0000000042' };
  const fy: XbrlContext = { id: 'fy', entity, period: { kind: 'duration', startDate: '2023-04-01', endDate: end }, dimensions: [] };
  const east: XbrlContext = { ...fy, id: 'fy-east', dimensions: [{ kind: 'explicit', axis: 'srt:StatementGeographicalAxis', member: 'tiny:EastMember' }] };
  const tranche: XbrlContext = { ...fy, id: 'fy-tranche', dimensions: [{ kind: 'typed', axis: 'tiny:TrancheAxis', value: 'A-2031' }] };
  const usd: XbrlUnit = { id: 'u1', numerator: ['USD'], denominator: [], name: 'USD' };
  const concept = (name: string, extra: Partial<XbrlConcept> = {}): XbrlConcept => ({ name, namespace: name.startsWith('us-gaap') ? 'http://fasb.org/us-gaap/2023' : 'http://tiny.example/2024', periodType: 'duration', balance: 'credit', dataType: 'xbrli:monetaryItemType', abstract: false, labels: { label: name.split(':')[1] } as XbrlConcept['labels'], ...extra });
  let line = 10;
  const fact = (name: string, context: XbrlContext, value: string, decimals: number | 'INF' = -3, unit: XbrlUnit | null = usd): XbrlFact => ({ concept: name, context, unit, value, decimals: unit ? decimals : null, elementId: `f${line}`, line: line++ });
  const facts = [
    fact('dei:DocumentType', fy, '10-K', -3, null),
    fact('us-gaap:Revenues', fy, '1000000'),
    fact('us-gaap:Revenues', east, '400000'),
    fact('us-gaap:Revenues', tranche, '250000'),
    fact('us-gaap:CostOfRevenue', fy, '600000'),
    fact('us-gaap:GrossProfit', fy, '400000'),
    fact('us-gaap:GrossProfit', fy, options.duplicateValue ?? '400000', 'INF'),
  ];
  const rows = ['us-gaap:IncomeStatementAbstract', 'us-gaap:Revenues', 'us-gaap:CostOfRevenue', 'us-gaap:GrossProfit'];
  return {
    folder,
    instancePath,
    metadata: null,
    accession: { number: null, key: `sha256:${folder}`, basis: 'CONTENT' },
    instanceSha256: folder,
    cover: { documentType: '10-K', registrantName: 'Tiny Corp', cik: entity.identifier, tradingSymbols: [options.ticker ?? 'TINY'], fiscalYearEnd: '--03-31', fiscalYearFocus: 2024, fiscalPeriodFocus: 'FY', periodEndDate: end, amendment: false },
    concepts: new Map([
      ['us-gaap:IncomeStatementAbstract', concept('us-gaap:IncomeStatementAbstract', { abstract: true, dataType: null, balance: null })],
      ['us-gaap:Revenues', concept('us-gaap:Revenues', { labels: { label: 'Revenues', documentation: 'Amount of revenue recognized.' } as XbrlConcept['labels'] })],
      ['us-gaap:CostOfRevenue', concept('us-gaap:CostOfRevenue', { balance: 'debit', labels: { label: 'Cost of revenue', negatedLabel: 'Less: cost of revenue' } as XbrlConcept['labels'] })],
      ['us-gaap:GrossProfit', concept('us-gaap:GrossProfit', { labels: { label: 'Gross profit', totalLabel: 'Gross profit, total' } as XbrlConcept['labels'] })],
      ['dei:DocumentType', concept('dei:DocumentType', { dataType: 'dei:submissionTypeItemType', balance: null })],
    ]),
    facts,
    duplicates: [{ facts: [facts[5], facts[6]], consistent: (options.duplicateValue ?? '400000') === '400000' }],
    roles: [
      {
        roleUri: 'http://tiny.example/role/Income',
        definition: '0000002 - Statement - INCOME',
        title: 'INCOME',
        kind: 'INCOME_STATEMENT',
        rows: rows.map((c, i) => ({ concept: c, depth: i === 0 ? 0 : 1, preferredLabel: c === 'us-gaap:CostOfRevenue' ? 'negatedLabel' : c === 'us-gaap:GrossProfit' ? 'totalLabel' : null, order: i, parent: i === 0 ? null : 0 })),
      },
    ],
    calculations: [
      { roleUri: 'http://tiny.example/role/Income', parent: 'us-gaap:GrossProfit', child: 'us-gaap:Revenues', weight: 1, order: 1 },
      { roleUri: 'http://tiny.example/role/Income', parent: 'us-gaap:GrossProfit', child: 'us-gaap:CostOfRevenue', weight: -1, order: 2 },
    ],
    dimensionDefaults: new Map(),
  };
}

function graphOf(...filings: XbrlFiling[]): Graph {
  return buildGraph({ root: '', companies: [] }, { root: tmpdir(), list: filings });
}

describe('a filing in the graph', () => {
  it.each([
    ['negated', 'NEGATED'],
    ['negatedNetLabel', 'NEGATED_NET'],
    ['negatedPeriodEndLabel', 'NEGATED_PERIOD_END'],
  ])('flips the displayed cell under the %s label role and names it %s (it was OTHER)', (role, expected) => {
    const filing = tinyFiling();
    filing.roles[0].rows = filing.roles[0].rows.map((r) => (r.concept === 'us-gaap:CostOfRevenue' ? { ...r, preferredLabel: role } : r));
    const cost = graphOf(filing).companyByTicker('TINY')!.disclosures[0].tables[0].rows.find((r) => r.lineItem.key === 'us-gaap:CostOfRevenue')!;
    expect(cost.preferredLabel).toBe(expected);
    expect(cost.cells).toEqual(['-600000']);
    expect(cost.facts[0]!.value).toBe('600000');
  });

  it('keeps the stored value and flips only the displayed cell under a negated label', () => {
    const graph = graphOf(tinyFiling());
    const table = graph.companyByTicker('TINY')!.disclosures[0].tables[0];
    const cost = table.rows.find((r) => r.lineItem.key === 'us-gaap:CostOfRevenue')!;
    expect(cost.label).toBe('Less: cost of revenue');
    expect(cost.preferredLabel).toBe('NEGATED');
    expect(cost.cells).toEqual(['-600000']);
    expect(cost.facts[0]!.value).toBe('600000');
    expect(cost.calculationWeight).toBe(-1);
    expect(cost.sumsInto!.key).toBe('us-gaap:GrossProfit');
    expect(table.rows.find((r) => r.lineItem.key === 'us-gaap:GrossProfit')!.label).toBe('Gross profit, total');
  });

  it('keeps agreeing duplicates once (the most precise) and records a passed check', () => {
    const graph = graphOf(tinyFiling());
    const disclosure = graph.companyByTicker('TINY')!.disclosures[0];
    const gross = disclosure.facts.filter((f) => f.concept.name === 'us-gaap:GrossProfit');
    expect(gross).toHaveLength(1);
    expect(gross[0].decimals).toBe(Infinity);
    expect(disclosure.checks.filter((c) => c.kind === 'DUPLICATE').map((c) => c.status)).toEqual(['PASS']);
  });

  it('keeps disagreeing duplicates and reports them as a failed check', () => {
    const graph = graphOf(tinyFiling({ duplicateValue: '400001' }));
    const disclosure = graph.companyByTicker('TINY')!.disclosures[0];
    expect(disclosure.facts.filter((f) => f.concept.name === 'us-gaap:GrossProfit').map((f) => f.value)).toEqual(['400000', '400001']);
    const [check] = disclosure.checks.filter((c) => c.kind === 'DUPLICATE');
    expect(check).toMatchObject({ status: 'FAIL', expected: '400000', actual: '400001' });
    expect(check.inputs).toHaveLength(1);
  });

  it('records explicit and typed dimensions; no dimension is the default member', () => {
    const graph = graphOf(tinyFiling());
    const facts = graph.companyByTicker('TINY')!.disclosures[0].facts.filter((f) => f.concept.name === 'us-gaap:Revenues');
    expect(facts.map((f) => f.dimensions)).toEqual([[], [{ axis: 'srt:StatementGeographicalAxis', member: 'tiny:EastMember', typed: false }], [{ axis: 'tiny:TrancheAxis', member: 'A-2031', typed: true }]]);
    // The income role has neither axis among its rows: it shows the whole company only.
    const table = graph.companyByTicker('TINY')!.disclosures[0].tables[0];
    expect(table.columns.map((c) => c.dimensions)).toEqual([[]]);
  });

  it('keeps text facts out of the numeric facts, and reads the cover into company and disclosure', () => {
    const graph = graphOf(tinyFiling());
    const company = graph.companyByTicker('tiny')!;
    expect(company).toMatchObject({ name: 'Tiny Corp', cik: '0000000042', fiscalYearEnd: { month: 3, day: 31 } });
    const [disclosure] = company.disclosures;
    expect(disclosure).toMatchObject({ form: '10-K', kind: 'ANNUAL_REPORT', accessionNumber: null, filedOn: null, date: '2024-03-31', reportingCurrency: 'USD' });
    expect(disclosure.facts.some((f) => f.concept.name.startsWith('dei:'))).toBe(false);
  });

  it('makes several filings of one CIK one company, with one concept and line item per concept', () => {
    const graph = graphOf(tinyFiling({ period: '2023-03-31' }), tinyFiling());
    expect(graph.companies).toHaveLength(1);
    const company = graph.companies[0];
    expect(company.disclosures.map((d) => d.periodOfReport)).toEqual(['2024-03-31', '2023-03-31']);
    const revenues = graph.concept(company, 'us-gaap:Revenues')!;
    expect(revenues.lineItems).toHaveLength(1);
    expect(revenues.lineItems[0].facts).toHaveLength(6);
  });

  it('reads several symbols in one trading-symbol fact, and none from "N/A"', () => {
    const graph = graphOf(tinyFiling({ ticker: 'tiny, TINY.WS' }));
    expect(graph.companyByTicker('TINY.WS')).toBe(graph.companyByTicker('TINY'));
    expect(graphOf(tinyFiling({ ticker: 'N/A' })).companies[0].listings).toEqual([]);
  });

  it('loads a cover-only filing (no amounts: currency XXX) whose presentation names a concept the schema does not describe', () => {
    const filing = tinyFiling();
    filing.facts = filing.facts.filter((f) => f.unit === null);
    filing.duplicates = [];
    filing.roles[0].rows.push({ concept: 'us-gaap:Undeclared', depth: 1, preferredLabel: null, order: 4, parent: 0 });
    const [disclosure] = graphOf(filing).companies[0].disclosures;
    expect(disclosure.reportingCurrency).toBe('XXX');
    expect(disclosure.facts).toEqual([]);
    // The concept is the table's (linked to it), but a row without any value is not printed, as SEC prints none.
    const undeclared = disclosure.company.concepts.find((c) => c.name === 'us-gaap:Undeclared')!;
    expect(undeclared.label).toBe('us-gaap:Undeclared');
    expect(undeclared.lineItems[0].tables).toContain(disclosure.tables[0]);
    expect(disclosure.tables[0].rows.some((r) => r.label === 'us-gaap:Undeclared')).toBe(false);
  });

  it('normalises a decimal written otherwise (".5", "+5") and skips a float\'s INF', () => {
    const filing = tinyFiling();
    filing.facts[1] = { ...filing.facts[1], value: '+1000000' };
    filing.facts[2] = { ...filing.facts[2], value: 'INF' };
    const facts = graphOf(filing).companies[0].disclosures[0].facts;
    expect(facts.find((f) => f.concept.name === 'us-gaap:Revenues' && f.dimensions.length === 0)!.value).toBe('1000000');
    expect(facts.some((f) => f.dimensions.some((d) => d.member === 'tiny:EastMember'))).toBe(false);
  });

  it('loads a filing whose summation child is -INF (no DecimalError): the summation is reported as not evaluated', () => {
    const filing = tinyFiling();
    filing.facts[4] = { ...filing.facts[4], value: '-INF' }; // us-gaap:CostOfRevenue, a child of GrossProfit
    const [disclosure] = graphOf(filing).companies[0].disclosures;
    expect(disclosure.facts.some((f) => f.concept.name === 'us-gaap:CostOfRevenue')).toBe(false);
    const calculation = disclosure.checks.filter((c) => c.kind === 'CALCULATION');
    // Not evaluated is neither a pass nor a failure (it was FAIL before).
    expect(calculation.map((c) => [c.status, c.detail])).toEqual([['NOT_EVALUATED', expect.stringMatching(/^Not evaluated: us-gaap:CostOfRevenue is -INF /)]]);
  });

  it('checks every context\'s entity identifier against the company\'s CIK', () => {
    const filing = tinyFiling();
    const stranger = { ...filing.facts[1].context, id: 'stranger', entity: { scheme: 'http://www.sec.gov/CIK', identifier: '0000999999' } };
    filing.facts[1] = { ...filing.facts[1], context: stranger };
    const [disclosure] = graphOf(filing).companies[0].disclosures;
    const entity = disclosure.checks.filter((c) => c.kind === 'ENTITY');
    expect(entity.map((c) => c.status).sort()).toEqual(['FAIL', 'PASS']);
    expect(entity.find((c) => c.status === 'FAIL')).toMatchObject({ actual: 'http://www.sec.gov/CIK 0000999999', detail: expect.stringMatching(/not the company's CIK .*Contexts: stranger/) });
  });

  it('takes a ticker two companies state as two dated listings, not as an error', () => {
    const graph = graphOf(tinyFiling({ period: '2023-03-31' }), tinyFiling({ cik: '0000000043' }));
    expect(graph.companies.map((c) => c.listings.map((l) => [l.ticker, l.listedFrom]))).toEqual([[['TINY', '2023-03-31']], [['TINY', '2024-03-31']]]);
    expect(graph.companyByTicker('TINY')!.cik).toBe('0000000043');
    expect(graph.companyByTicker('TINY', '2023-06-30')!.cik).toBe('0000000042');
  });

  it('serves the documentation label as the concept\'s definition, and INF decimals as null with isExact', async () => {
    const graph = graphOf(tinyFiling());
    const result = await execute(
      `{ company(ticker: "TINY") { concept(name: "us-gaap:GrossProfit") { label labels { role text } facts { nodes { value decimals isExact } } } revenues: concept(name: "us-gaap:Revenues") { definitions { text } lineItems { definitions { text } } } } }`,
      undefined,
      graph,
    );
    expect(result.errors).toBeUndefined();
    const company = result.data!.company;
    expect(company.concept.facts.nodes).toEqual([{ value: '400000', decimals: null, isExact: true }]);
    expect(company.concept.labels).toContainEqual({ role: 'TOTAL', text: 'Gross profit, total' });
    expect(company.revenues.definitions).toEqual([{ text: 'Amount of revenue recognized.' }]);
    expect(company.revenues.lineItems[0].definitions).toEqual([{ text: 'Amount of revenue recognized.' }]);
  });
});

describe('curated concepts', () => {
  it('give the curated release concepts of its own prefix, found by their us-gaap mapping too', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { concept(name: "us-gaap:Revenues") { name usGaapName label lineItems { statement } facts(first: 3, filter: { unit: "CNY" }) { totalCount } } } }`);
    expect(result.errors).toBeUndefined();
    const concept = result.data!.company.concept;
    expect(concept).toMatchObject({ name: 'qfin:TotalNetRevenue', usGaapName: 'us-gaap:Revenues', label: 'Total net revenue' });
    expect(concept.facts.totalCount).toBeGreaterThan(3);
  });
});

describe('a filing line item\'s weight and summedInto, from the calculation linkbase', () => {
  const role2 = 'http://tiny.example/role/Other';
  const weightOf = (graph: Graph, concept: string) => {
    const item = graph.concept(graph.companyByTicker('TINY')!, concept)!.lineItems[0];
    return [item.weight, item.summedInto?.key ?? null];
  };

  it('is set where the concept is a calculation child of one parent with one weight, in every role', () => {
    const filing = tinyFiling();
    // The same arc in a second role is no ambiguity.
    filing.calculations.push({ roleUri: role2, parent: 'us-gaap:GrossProfit', child: 'us-gaap:CostOfRevenue', weight: -1, order: 1 });
    const graph = graphOf(filing);
    expect(weightOf(graph, 'us-gaap:CostOfRevenue')).toEqual([-1, 'us-gaap:GrossProfit']);
    expect(weightOf(graph, 'us-gaap:Revenues')).toEqual([1, 'us-gaap:GrossProfit']);
    expect(weightOf(graph, 'us-gaap:GrossProfit')).toEqual([null, null]); // a total no arc sums
  });

  it('is null where roles sum the concept into different parents or with different weights', () => {
    const filing = tinyFiling();
    filing.calculations.push(
      { roleUri: role2, parent: 'us-gaap:CostsAndExpenses', child: 'us-gaap:CostOfRevenue', weight: 1, order: 1 },
      { roleUri: role2, parent: 'us-gaap:GrossProfit', child: 'us-gaap:Revenues', weight: -1, order: 2 },
    );
    const graph = graphOf(filing);
    expect(weightOf(graph, 'us-gaap:CostOfRevenue')).toEqual([null, null]);
    expect(weightOf(graph, 'us-gaap:Revenues')).toEqual([null, null]);
  });

  it('follows the company\'s latest filing only', () => {
    const older = tinyFiling({ period: '2023-03-31' });
    older.calculations.push({ roleUri: role2, parent: 'us-gaap:CostsAndExpenses', child: 'us-gaap:CostOfRevenue', weight: 1, order: 1 });
    const newer = tinyFiling();
    newer.calculations = newer.calculations.filter((a) => a.child !== 'us-gaap:Revenues');
    const graph = graphOf(newer, older);
    expect(weightOf(graph, 'us-gaap:CostOfRevenue')).toEqual([-1, 'us-gaap:GrossProfit']);
    expect(weightOf(graph, 'us-gaap:Revenues')).toEqual([null, null]);
  });

  it('is served on a fixture filing\'s line items', async () => {
    const graph = loadGraph(undefined, fileURLToPath(new URL('../fixtures/xbrl/basic/', import.meta.url)));
    const result = await execute(`{ company(ticker: "ACME") { lineItems { key weight summedInto { key } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    const items = result.data!.company.lineItems as { key: string; weight: number | null; summedInto: { key: string } | null }[];
    const weighted = items.filter((i) => i.weight !== null).map((i) => `${i.summedInto!.key} ${i.weight! > 0 ? '+' : '−'} ${i.key}`);
    expect(weighted.sort()).toEqual([
      'us-gaap:Assets + us-gaap:AssetsCurrent',
      'us-gaap:Assets + us-gaap:AssetsNoncurrent',
      'us-gaap:GrossProfit + us-gaap:Revenues',
      'us-gaap:GrossProfit − us-gaap:CostOfRevenue',
      'us-gaap:Liabilities + us-gaap:LiabilitiesCurrent',
      'us-gaap:Liabilities + us-gaap:LiabilitiesNoncurrent',
      'us-gaap:NetIncomeLoss + us-gaap:GrossProfit',
      'us-gaap:NetIncomeLoss − us-gaap:IncomeTaxExpenseBenefit',
      'us-gaap:OperatingExpenses + us-gaap:ResearchAndDevelopmentExpense',
      'us-gaap:OperatingExpenses + us-gaap:SellingGeneralAndAdministrativeExpense',
    ]);
  });
});

describe('filings read from the reader\'s fixtures (test/fixtures/xbrl)', () => {
  const fixtures = fileURLToPath(new URL('../fixtures/xbrl/', import.meta.url));

  it('loads a filing with dimensions, typed members, duplicates and calculations', async () => {
    const graph = loadGraph(undefined, join(fixtures, 'basic'));
    const company = graph.companyByTicker('ACME')!;
    const [disclosure] = company.disclosures;
    expect(disclosure).toMatchObject({ form: '10-K', accessionNumber: '0000123456-24-000007', filedOn: '2024-05-20', reportingCurrency: 'USD' });
    const typed = disclosure.facts.find((f) => f.dimensions.some((d) => d.typed))!;
    expect(typed.dimensions).toContainEqual({ axis: 'acme:ExpectedSatisfactionDateAxis', member: '2025-04-01', typed: true });
    const kinds = disclosure.checks.map((c) => `${c.kind} ${c.status}`);
    expect(kinds).toContain('CALCULATION PASS');
    expect(kinds).toContain('CALCULATION FAIL');
    expect(kinds).toContain('DUPLICATE FAIL');
    expect(disclosure.tables.map((t) => t.statement)).toEqual(expect.arrayContaining(['BALANCE_SHEET', 'INCOME_STATEMENT']));
  });

  it('names per-share units one way in the curated release and in filings, so one unit filter finds both', async () => {
    const graph = loadGraph(undefined, join(fixtures, 'basic'));
    const perShare = `facts(first: 100, filter: { unit: "USD/shares" }) { totalCount nodes { unit lineItem { measure } } }`;
    const result = await execute(`{ qfin: company(ticker: "QFIN") { ${perShare} } acme: company(ticker: "ACME") { ${perShare} } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    for (const company of ['qfin', 'acme']) {
      const { totalCount, nodes } = result.data![company].facts;
      expect(totalCount, company).toBeGreaterThan(0);
      expect(new Set(nodes.map((n: { unit: string; lineItem: { measure: string } }) => `${n.unit} ${n.lineItem.measure}`)), company).toEqual(new Set(['USD/shares PER_SHARE']));
    }
    const units = new Set(graph.companies.flatMap((c) => c.lineItems.flatMap((i) => i.facts.map((f) => f.unit))));
    expect([...units].filter((u) => u.includes('/')).sort()).toEqual(['CNY/ADS', 'CNY/shares', 'USD/ADS', 'USD/shares']);
  });

  it('attaches an XBRL footnote to its fact, its line item and its disclosure, in the API', async () => {
    const graph = loadGraph(undefined, join(fixtures, 'basic'));
    const result = await execute(`{ company(ticker: "ACME") { concept(name: "us-gaap:Revenues") { facts(first: 5) { nodes { value dimensions { member } footnotes { number text } } } } disclosures { nodes { footnotes { number text lineItems { key } } } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    const company = result.data!.company;
    expect(company.concept.facts.nodes.find((f: any) => f.dimensions.length === 0).footnotes).toEqual([{ number: 1, text: 'Includes widgets.' }]);
    expect(company.concept.facts.nodes.find((f: any) => f.dimensions.length > 0).footnotes).toEqual([]);
    expect(company.disclosures.nodes[0].footnotes).toEqual([{ number: 1, text: 'Includes widgets.', lineItems: [{ key: 'us-gaap:Revenues' }] }]);
  });

  it('loads a 2010 filing without metadata or ticker, found by its CIK; an old precision is unknown decimals', async () => {
    const graph = loadGraph(undefined, join(fixtures, 'legacy-2010'));
    const result = await execute(`{ companyByCik(cik: "999999") { name cik disclosures { nodes { form filedOn accessionNumber facts { nodes { concept { name } value decimals isExact precision } } } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    const company = result.data!.companyByCik;
    expect(company).toMatchObject({ name: 'Old Co', cik: '0000999999' });
    const [disclosure] = company.disclosures.nodes;
    expect(disclosure).toMatchObject({ form: '10-Q', filedOn: null, accessionNumber: null });
    expect(disclosure.facts.nodes).toContainEqual({ concept: { name: 'us-gaap:NetIncomeLoss' }, value: '1234000', decimals: null, isExact: false, precision: 'UNKNOWN' });
    expect(disclosure.facts.nodes).toContainEqual({ concept: { name: 'us-gaap:Revenues' }, value: '5000000', decimals: null, isExact: true, precision: 'EXACT' });
  });
});

describe('FILINGS_DIR that is not a folder', () => {
  it('stops loading with the path and the reason', () => {
    expect(() => loadGraph(undefined, join(tmpdir(), 'no-such-filings-folder'))).toThrow(/no-such-filings-folder: the filings folder does not exist/);
  });
});

describe('a filing whose float facts are INF, -INF or NaN (test/fixtures/xbrl/float-values)', () => {
  const graph = loadGraph(undefined, fileURLToPath(new URL('../fixtures/xbrl/float-values/', import.meta.url)));
  const [disclosure] = graph.companyByTicker('GAUG')!.disclosures;

  it('stores none of them as a fact (a Decimal has no infinity or NaN), and keeps the others', () => {
    const values = disclosure.facts.map((f) => `${f.concept.name} ${f.period.endDate} ${f.value}`).sort();
    expect(values).toEqual([
      'gauge:ClockDrift 2022-03-31 2.0',
      'gauge:ClockDrift 2023-03-31 2.5',
      'gauge:ClockDrift 2024-03-31 2.5',
      'gauge:SensorDrift 2021-03-31 3.0',
      'gauge:SensorDrift 2022-03-31 1.0',
      'gauge:SensorDrift 2023-03-31 1.5',
      'gauge:TotalDrift 2021-03-31 3.0',
      'gauge:TotalDrift 2023-03-31 4.0',
      'gauge:TotalDrift 2024-03-31 4.0',
    ]);
  });

  it('reports the summations they take part in as not evaluated, and checks the rest', async () => {
    const calculations = disclosure.checks.filter((c) => c.kind === 'CALCULATION');
    expect(calculations.filter((c) => c.status === 'PASS')).toHaveLength(1);
    expect(calculations.filter((c) => /^Not evaluated: .* is (INF|-INF|NaN) /.test(c.detail)).map((c) => c.status)).toEqual(['NOT_EVALUATED', 'NOT_EVALUATED', 'NOT_EVALUATED']);
    const duplicate = disclosure.checks.find((c) => c.kind === 'DUPLICATE')!;
    expect(duplicate).toMatchObject({ status: 'PASS', subject: null, detail: expect.stringMatching(/^Equal as written; not stored/) });
    const result = await execute(`{ companyByCik(cik: "765432") { disclosures { nodes { statements { rows { label cells } } } } } }`, undefined, graph);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/INF|NaN/);
  });
});
