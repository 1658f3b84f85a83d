import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { execute } from '../helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { CONTRACT } from '../filings/contract-query.js';

if (!sharedExists) console.warn(`Skipping the time tests on real filings: ${SHARED_XBRL} is absent (it holds the SEC filings developers and CI have beside the repository).`);

const K2022 = '0000320193-22-000108';
const K2023 = '0000320193-23-000106';

describe.skipIf(!sharedExists)('time on the six SEC filings in ../shared/xbrl', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = loadGraph(undefined, SHARED_XBRL);
  }, 60_000);
  const run = (query: string, variables: Record<string, unknown>) => execute(query, variables, graph);

  it('serves a fiscal 2022 figure the 2023 10-K revised: both reports, and each as known before and after its filing date', async () => {
    const facts = async (asOf: string | null) => {
      const result = await run(CONTRACT, { ticker: 'AAPL', concept: 'us-gaap:OtherNoncashIncomeExpense', asOf });
      expect(result.errors).toBeUndefined();
      return (result.data!.company.concept.facts.nodes as any[]).filter((f) => f.period.startDate === '2021-09-26' && f.period.endDate === '2022-09-24' && f.dimensions.length === 0);
    };
    const all = await facts(null);
    expect(all.map((f) => [f.value, f.disclosure.accessionNumber, f.isLatest]).sort()).toEqual([
      ['-1006000000', K2023, true],
      ['-111000000', K2022, false],
    ]);
    for (const f of all) expect(f.revisions).toEqual([{ value: '-111000000', disclosure: { accessionNumber: K2022 } }, { value: '-1006000000', disclosure: { accessionNumber: K2023 } }]);
    const filedOn2023 = all.find((f) => f.disclosure.accessionNumber === K2023).disclosure.filedOn;
    expect(filedOn2023).toBe('2023-11-03');
    expect((await facts('2022-10-27')).map((f) => f.value)).toEqual([]);
    expect((await facts('2022-10-28')).map((f) => f.value)).toEqual(['-111000000']);
    expect((await facts('2023-11-02')).map((f) => f.value)).toEqual(['-111000000']);
    expect((await facts(filedOn2023)).map((f) => f.value)).toEqual(['-1006000000']);
  });

  it('lists what the 2023 10-K restated, with both values, both disclosures and the difference', async () => {
    const result = await run(
      `{ company(ticker: "AAPL") { revisions(first: 100) { totalCount nodes { id difference previous { value concept { name } period { label } disclosure { accessionNumber } } revised { value disclosure { accessionNumber } } } } } }`,
      {},
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data!.company.revisions;
    expect(totalCount).toBeGreaterThan(0);
    for (const r of nodes) {
      expect(r.previous.value).not.toBe(r.revised.value);
      expect(BigInt(r.revised.value) - BigInt(r.previous.value)).toBe(BigInt(r.difference));
      expect(r.previous.disclosure.accessionNumber).not.toBe(r.revised.disclosure.accessionNumber);
    }
    expect(nodes).toContainEqual(
      expect.objectContaining({ difference: '-895000000', previous: expect.objectContaining({ value: '-111000000', concept: { name: 'us-gaap:OtherNoncashIncomeExpense' }, period: { label: 'FY 2022' } }) }),
    );
  });

  it('does not count a figure repeated at another precision as a revision', async () => {
    // Apple's long-term debt at 2022-09-24: "110.1 billion" (decimals -8) in the 10-Q, 110,087 million (-6) in the 2023 10-K.
    const result = await run(CONTRACT, { ticker: 'AAPL', concept: 'us-gaap:LongTermDebt', asOf: null });
    const atYearEnd = (result.data!.company.concept.facts.nodes as any[]).filter((f) => f.period.startDate === null && f.period.endDate === '2022-09-24' && f.dimensions.length === 0);
    expect(atYearEnd.map((f) => [f.value, f.decimals]).sort()).toEqual([
      ['110087000000', -6],
      ['110100000000', -8],
    ]);
    expect(atYearEnd[0].revisions).toHaveLength(2);
    const revisions = graph.timeline.revisions(graph.companyByTicker('AAPL')!);
    expect(revisions.some((r) => r.previous.concept.name === 'us-gaap:LongTermDebt' && r.previous.period.endDate === '2022-09-24')).toBe(false);
  });

  it.each([
    ['us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', 383_285_000_000n, 293_787_000_000n],
    ['us-gaap:NetIncomeLoss', 96_995_000_000n, 74_039_000_000n],
  ])("derives Apple's fourth quarter of fiscal 2023 for %s as the year minus the nine months, from both filings", async (concept, year, nine) => {
    const result = await run(
      `query($concept: String!) { company(ticker: "AAPL") { concept(name: $concept) {
        quarterly: series(frequency: QUARTERLY, unit: "USD") { value isDerived period { startDate endDate fiscalYear fiscalPeriod }
          fact { origin derivedFrom { value period { fiscalPeriod fiscalYear } disclosure { form accessionNumber } } } }
        annual: series(frequency: ANNUAL) { value period { fiscalYear } }
      } } }`,
      { concept },
    );
    expect(result.errors).toBeUndefined();
    const { quarterly, annual } = result.data!.company.concept;
    const fy = annual.find((p: any) => p.period.fiscalYear === 2023);
    expect(BigInt(fy.value)).toBe(year);
    const q4 = quarterly.find((p: any) => p.period.fiscalYear === 2023 && p.period.fiscalPeriod === 'Q4');
    expect(q4).toMatchObject({ isDerived: true, period: { startDate: '2023-07-02', endDate: '2023-09-30' }, fact: { origin: 'DERIVED' } });
    expect(BigInt(q4.value)).toBe(year - nine);
    expect(q4.fact.derivedFrom).toEqual([
      { value: String(year), period: { fiscalPeriod: 'FY', fiscalYear: 2023 }, disclosure: { form: '10-K', accessionNumber: K2023 } },
      { value: String(nine), period: { fiscalPeriod: '9M', fiscalYear: 2023 }, disclosure: { form: '10-Q', accessionNumber: '0000320193-23-000077' } },
    ]);
    // The printed third quarter sits beside it, oldest first.
    const q3 = quarterly.find((p: any) => p.period.fiscalYear === 2023 && p.period.fiscalPeriod === 'Q3');
    expect(q3).toMatchObject({ isDerived: false, period: { startDate: '2023-04-02', endDate: '2023-07-01' } });
    expect(quarterly.indexOf(q3)).toBeLessThan(quarterly.indexOf(q4));
  });

  it('gives every company fiscal periods by its own calendar, and filters by them across companies', async () => {
    const result = await run(
      `{ companies(first: 5) { nodes { name fiscalYearEnd facts(first: 50, filter: { fiscalYear: 2023, fiscalPeriod: "FY" }) { totalCount nodes { period { startDate endDate fiscalYear fiscalPeriod } } } } } }`,
      {},
    );
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries((result.data!.companies.nodes as any[]).map((c) => [c.name, c]));
    const spans = (name: string) => new Set(byName[name].facts.nodes.map((f: any) => `${f.period.startDate}..${f.period.endDate}`));
    expect(spans('Apple Inc.')).toEqual(new Set(['2022-09-25..2023-09-30']));
    expect(spans('Netflix, Inc.')).toEqual(new Set(['2023-01-01..2023-12-31']));
    for (const name of ['Apple Inc.', 'Netflix, Inc.']) expect(byName[name].facts.totalCount).toBeGreaterThan(100);
  });

  it('places a filing without a filing date at its period of report, and says so', async () => {
    const result = await run(`{ company(ticker: "TSLA") { disclosures(first: 5) { nodes { form filedOn periodOfReport knownOn knownOnBasis } } } }`, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.company.disclosures.nodes).toEqual([{ form: '10-Q', filedOn: null, periodOfReport: '2024-06-30', knownOn: '2024-08-14', knownOnBasis: 'FILING_DEADLINE' }]);
  });

  it('checks every derived quarter against a printed one where both exist, and never derives instants, per-share amounts or share counts', () => {
    for (const company of graph.companies) {
      for (const item of company.lineItems) {
        for (const fact of item.facts) {
          if (fact.origin !== 'DERIVED') continue;
          expect(fact.period.startDate).not.toBeNull();
          expect(fact.unit).toMatch(/^[A-Z]{3}$/);
          expect(fact.derivedFrom.map((f) => f.origin)).toEqual(['PRINTED', 'PRINTED']);
          expect(BigInt(fact.value)).toBe(BigInt(fact.derivedFrom[0].value) - BigInt(fact.derivedFrom[1].value));
          // The current vintage takes the latest reports; an older one the reports known when it was.
          if (graph.timeline.isLatest(fact)) for (const input of fact.derivedFrom) expect(graph.timeline.isLatest(input)).toBe(true);
          else expect(fact.derivedFrom.some((input) => !graph.timeline.isLatest(input))).toBe(true);
        }
      }
    }
    const checks = graph.companies.flatMap((c) => c.disclosures.flatMap((d) => d.checks)).filter((c) => c.kind === 'DERIVED' && c.subject?.disclosure.form);
    const failed = checks.filter((c) => c.status === 'FAIL');
    expect(failed.map((c) => c.name)).toEqual([]);
  });

  it('derives a quarter as soon as both spans are known, and again when an input is revised', async () => {
    const q4 = async (concept: string, asOf: string) => {
      const result = await run(
        `query($concept: String!, $asOf: Date) { company(ticker: "AAPL") { concept(name: $concept) { facts(first: 100, asOf: $asOf, filter: { fiscalYear: 2022, fiscalPeriod: "Q4" }) { nodes { value origin dimensions { axis } derivedFrom { value disclosure { accessionNumber } } } } } } }`,
        { concept, asOf },
      );
      expect(result.errors).toBeUndefined();
      return (result.data!.company.concept.facts.nodes as any[]).filter((f) => f.dimensions.length === 0);
    };
    // Net sales: the 2022 10-K's year and the nine months the Q3 2023 10-Q repeats, known from 2023-08-04.
    expect(await q4('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', '2023-08-03')).toEqual([]);
    expect((await q4('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', '2023-08-04')).map((f) => f.value)).toEqual([String(394_328_000_000 - 304_182_000_000)]);
    // Other non-cash income: the 2023 10-K revised the year, so the derived quarter changes with it.
    const before = await q4('us-gaap:OtherNoncashIncomeExpense', '2023-09-01');
    const after = await q4('us-gaap:OtherNoncashIncomeExpense', '2023-11-03');
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(before[0].derivedFrom[0]).toEqual({ value: '-111000000', disclosure: { accessionNumber: K2022 } });
    expect(after[0].derivedFrom[0]).toEqual({ value: '-1006000000', disclosure: { accessionNumber: K2023 } });
    expect(BigInt(after[0].value) - BigInt(before[0].value)).toBe(-895_000_000n);
  });
});
