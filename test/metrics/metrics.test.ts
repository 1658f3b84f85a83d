import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { metricFigures } from '../../src/domain/metrics/metrics.js';
import { knownOn } from '../../src/domain/time/report-identity.js';
import { metricDefinition } from '../../src/domain/metrics/vocabulary.js';
import { execute } from '../helpers.js';
import { companyFactsExist, companyFactsGraph, SHARED_EDGAR } from '../companyfacts/helpers.js';

/** Every ```graphql companyfacts block of the README: queries over Apple's and NVIDIA's companyfacts. */
const readmeExamples = [...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```graphql companyfacts\n([\s\S]*?)```/g)].map((m) => m[1]);

if (!companyFactsExist) console.warn(`Skipping the standard metric and TTM tests: ${SHARED_EDGAR} is absent.`);

describe.skipIf(!companyFactsExist)('standard metrics, TTM and ratios over Apple\'s and NVIDIA\'s companyfacts', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = companyFactsGraph();
  }, 120_000);
  const run = (query: string, variables?: Record<string, unknown>) => execute(query, variables, graph);

  /** Every quarter (or year) from fiscal 2009 to the last, and each the concept reported most recently for it. */
  const assertNoGapNoStale = (cik: string, frequency: 'ANNUAL' | 'QUARTERLY') => {
    const company = graph.companyByCik(cik)!;
    const figures = metricFigures(graph, company, 'REVENUE', frequency).filter((f) => f.fiscalYear >= 2009);
    const slots = figures.map((f) => `${f.fiscalYear} ${f.fiscalPeriod}`);
    const last = figures.at(-1)!;
    const expected: string[] = [];
    for (let y = 2009; y <= last.fiscalYear; y++) for (const p of frequency === 'ANNUAL' ? ['FY'] : ['Q1', 'Q2', 'Q3', 'Q4']) expected.push(`${y} ${p}`);
    expect(slots).toEqual(expected.slice(0, expected.indexOf(`${last.fiscalYear} ${last.fiscalPeriod}`) + 1));
    // Consecutive periods: each starts the day after the previous ends (NVIDIA's Q3 of fiscal 2011 as filed starts a day late, 2010-08-02).
    for (let i = 1; i < figures.length; i++) expect((Date.parse(figures[i].period.startDate!) - Date.parse(figures[i - 1].period.endDate!)) / 86_400_000).toBeOneOf([1, 2]);
    // No stale concept: no other revenue concept has a later report of the same period.
    const concepts = metricDefinition('REVENUE').concepts.map((n) => graph.concept(company, n)).filter((c) => c !== undefined);
    for (const f of figures) {
      expect(f.rule).toBe('REPORTED');
      for (const c of concepts) {
        const rivals = graph.timeline.latest(c.lineItems.flatMap((i) => i.facts)).filter((x) => x.period === f.period && x.dimensions.length === 0 && x.unit === f.unit);
        for (const r of rivals) expect(knownOn(r.disclosure) <= f.knownOn, `${f.fiscalPeriod} ${f.fiscalYear}: ${c.name} reported later than ${f.concept!.name}`).toBe(true);
      }
    }
    return figures;
  };

  it("Apple's revenue through the metric: every fiscal year and quarter from 2009 to its last filing, no gap, no stale concept", () => {
    const annual = assertNoGapNoStale('0000320193', 'ANNUAL');
    expect(annual.at(-1)!.fiscalYear).toBe(2025);
    expect(new Set(annual.map((f) => f.concept!.name))).toEqual(new Set(['us-gaap:SalesRevenueNet', 'us-gaap:Revenues', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax']));
    const quarterly = assertNoGapNoStale('0000320193', 'QUARTERLY');
    expect(quarterly.some((f) => f.fact!.origin === 'DERIVED')).toBe(true);
  });

  it("NVIDIA's revenue through the metric: its switch from Revenues to contract revenue and back, no gap, no stale tag", () => {
    const annual = assertNoGapNoStale('0001045810', 'ANNUAL');
    const byYear = new Map(annual.map((f) => [f.fiscalYear, f.concept!.name]));
    expect(byYear.get(2019)).toBe('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax');
    expect(byYear.get(2024)).toBe('us-gaap:Revenues');
    const quarterly = assertNoGapNoStale('0001045810', 'QUARTERLY');
    // The contract-revenue tag's last report is in the 10-K filed 2022-03-18: no later quarter may use it.
    for (const f of quarterly.filter((q) => q.period.endDate > '2022-01-30')) expect(f.concept!.name).toBe('us-gaap:Revenues');
  });

  it('answers the issue\'s TTM query as written: Apple as of 2025-06-30 is the sum of its four quarters, one derived, with inputs', async () => {
    const asWritten = await run('{ company(ticker: "AAPL") { ttm(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", asOf: "2025-06-30") { value } } }');
    expect(asWritten.errors).toBeUndefined();
    const result = await run(`{ company(ticker: "AAPL") { ttm(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", asOf: "2025-06-30") {
      value unit isStale rule quarters { value fiscalYear fiscalPeriod knownOn period { startDate endDate } fact { origin disclosure { filedOn } derivedFrom { value period { fiscalPeriod } disclosure { form filedOn } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const ttm = result.data!.company.ttm;
    expect(ttm.value).toBe(asWritten.data!.company.ttm.value);
    expect(ttm.quarters.map((q: any) => `${q.fiscalPeriod} ${q.fiscalYear}`)).toEqual(['Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025']);
    expect(BigInt(ttm.value)).toBe(ttm.quarters.reduce((s: bigint, q: any) => s + BigInt(q.value), 0n));
    const derived = ttm.quarters.filter((q: any) => q.fact.origin === 'DERIVED');
    expect(derived).toHaveLength(1);
    const [fy, m9] = derived[0].fact.derivedFrom;
    expect(BigInt(derived[0].value)).toBe(BigInt(fy.value) - BigInt(m9.value));
    for (const q of ttm.quarters) expect(q.knownOn <= '2025-06-30').toBe(true);
    expect(ttm).toMatchObject({ unit: 'USD', isStale: false });
    // The same through the metric, and a later date takes the next quarter.
    const metric = await run('{ company(ticker: "AAPL") { ttm(metric: REVENUE, asOf: "2025-06-30") { value } later: ttm(metric: REVENUE, asOf: "2025-08-30") { value quarters { fiscalPeriod fiscalYear } } } }');
    expect(metric.errors).toBeUndefined();
    expect(metric.data!.company.ttm.value).toBe(ttm.value);
    expect(metric.data!.company.later.quarters.at(-1)).toEqual({ fiscalPeriod: 'Q3', fiscalYear: 2025 });
  });

  it("NVIDIA's TTM revenue through the metric never sums its stale contract-revenue tag", async () => {
    const result = await run(`{ company(ticker: "NVDA") {
      metric: ttm(metric: REVENUE, asOf: "2023-06-30") { value isStale quarters { value fiscalPeriod fiscalYear concept { name } } }
      stale: ttm(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", asOf: "2023-06-30") { value isStale quarters { period { endDate } } }
    } }`);
    expect(result.errors).toBeUndefined();
    const { metric, stale } = result.data!.company;
    expect(metric.quarters.map((q: any) => `${q.fiscalPeriod} ${q.fiscalYear}`)).toEqual(['Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024']);
    for (const q of metric.quarters) expect(q.concept.name).toBe('us-gaap:Revenues');
    expect(BigInt(metric.value)).toBe(metric.quarters.reduce((s: bigint, q: any) => s + BigInt(q.value), 0n));
    expect(metric.isStale).toBe(false);
    // The tag's own TTM is its last four quarters, a year and more before: flagged stale.
    expect(stale.isStale).toBe(true);
    expect(stale.quarters.at(-1).period.endDate < '2022-02-01').toBe(true);
  });

  it('flags a stale TTM and refuses a balance with a clear error', async () => {
    const stale = await run('{ company(ticker: "AAPL") { ttm(concept: "us-gaap:SalesRevenueNet", asOf: "2025-06-30") { isStale quarters { period { endDate } } } } }');
    expect(stale.errors).toBeUndefined();
    expect(stale.data!.company.ttm.isStale).toBe(true);
    const balance = await run('{ company(ticker: "AAPL") { ttm(concept: "us-gaap:Assets", asOf: "2025-06-30") { value } } }');
    expect(balance.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(balance.errors?.[0].message).toMatch(/balance/);
    const metric = await run('{ company(ticker: "AAPL") { ttm(metric: TOTAL_ASSETS, asOf: "2025-06-30") { value } } }');
    expect(metric.errors?.[0].message).toMatch(/balance/);
  });

  it('computes free cash flow and margins with their inputs and rules, and year-over-year growth', async () => {
    const result = await run(`{ company(ticker: "AAPL") {
      fcf: metric(metric: FREE_CASH_FLOW, frequency: ANNUAL) { value rule explanation fiscalYear inputs { weight figure { value concept { name } } } }
      margin(metric: GROSS_PROFIT, frequency: ANNUAL) { value rule numerator { value } denominator { value } }
      revenue: metric(metric: REVENUE, frequency: ANNUAL) { value fiscalYear yearOverYear { value numerator { fiscalYear } denominator { fiscalYear value } } }
    } }`);
    expect(result.errors).toBeUndefined();
    const { fcf, margin, revenue } = result.data!.company;
    const fy2024 = fcf.find((f: any) => f.fiscalYear === 2024);
    expect(fy2024.rule).toBe('COMPUTED');
    const [ocf, capex] = fy2024.inputs;
    expect([ocf.weight, capex.weight]).toEqual([1, -1]);
    expect(ocf.figure.concept.name).toBe('us-gaap:NetCashProvidedByUsedInOperatingActivities');
    expect(BigInt(fy2024.value)).toBe(BigInt(ocf.figure.value) - BigInt(capex.figure.value));
    for (const m of margin) expect(Math.abs(Number(m.value) - Number(m.numerator.value) / Number(m.denominator.value))).toBeLessThan(1e-6);
    const r2025 = revenue.find((f: any) => f.fiscalYear === 2025);
    expect(r2025.yearOverYear.denominator.fiscalYear).toBe(2024);
    expect(Math.abs(Number(r2025.yearOverYear.value) - (Number(r2025.value) / Number(r2025.yearOverYear.denominator.value) - 1))).toBeLessThan(1e-6);
  });

  it('compares Qifu (curated, CNY) and Apple (USD) through the same metric in one query, currencies kept', async () => {
    const result = await run(`{ qfin: company(ticker: "QFIN") { name metric(metric: NET_INCOME, frequency: QUARTERLY) { value unit fiscalPeriod fiscalYear concept { name usGaapName } fact { disclosure { title } } } }
      aapl: company(ticker: "AAPL") { name metric(metric: NET_INCOME, frequency: QUARTERLY, asOf: "2024-09-30") { value unit fiscalPeriod fiscalYear concept { name } } } }`);
    expect(result.errors).toBeUndefined();
    const { qfin, aapl } = result.data!;
    expect(qfin.metric.length).toBeGreaterThanOrEqual(2);
    for (const f of qfin.metric) expect(f).toMatchObject({ unit: 'CNY', concept: { usGaapName: 'us-gaap:NetIncomeLoss' } });
    expect(aapl.metric.length).toBeGreaterThan(40);
    for (const f of aapl.metric) expect(f).toMatchObject({ unit: 'USD', concept: { name: 'us-gaap:NetIncomeLoss' } });
    const vocabulary = await run('{ standardMetrics { metric label nature measure concepts formula } }');
    expect(vocabulary.data!.standardMetrics.find((m: any) => m.metric === 'FREE_CASH_FLOW')).toMatchObject({ concepts: [], formula: 'OPERATING_CASH_FLOW − CAPITAL_EXPENDITURE' });
  });

  it('gives the TTM at every fiscal quarter (ttmSeries, for the compare view): one window per quarter, four consecutive quarters summed, the newest equal to ttm as of the same date', async () => {
    const result = await run('{ company(ticker: "AAPL") { ttmSeries(metrics: [REVENUE, FREE_CASH_FLOW], asOf: "2025-06-30") { metric value unit asOf quarters { value fiscalYear fiscalPeriod knownOn } } ttm(metric: REVENUE, asOf: "2025-06-30") { value quarters { fiscalPeriod fiscalYear } } } }');
    expect(result.errors).toBeUndefined();
    const { ttmSeries, ttm } = result.data!.company;
    const revenue = ttmSeries.filter((w: any) => w.metric === 'REVENUE');
    // Fiscal 2009 Q4 to fiscal 2025 Q2 without a gap: one window per quarter.
    expect(revenue.length).toBeGreaterThan(60);
    const ordinal = (q: any) => q.fiscalYear * 4 + Number(q.fiscalPeriod.slice(1));
    for (const [i, w] of revenue.entries()) {
      expect(w).toMatchObject({ unit: 'USD', asOf: '2025-06-30' });
      expect(w.quarters.map(ordinal)).toEqual([0, 1, 2, 3].map((k) => ordinal(w.quarters[0]) + k));
      expect(BigInt(w.value)).toBe(w.quarters.reduce((s: bigint, q: any) => s + BigInt(q.value), 0n));
      if (i > 0) expect(ordinal(w.quarters[3])).toBe(ordinal(revenue[i - 1].quarters[3]) + 1);
    }
    // The newest window is the TTM as of the same date.
    expect(revenue.at(-1).value).toBe(ttm.value);
    expect(revenue.at(-1).quarters.map((q: any) => ({ fiscalPeriod: q.fiscalPeriod, fiscalYear: q.fiscalYear }))).toEqual(ttm.quarters);
    // A computed metric has windows too, after the first metric's.
    expect(ttmSeries.findIndex((w: any) => w.metric === 'FREE_CASH_FLOW')).toBe(revenue.length);
  });

  it('has README examples to run', () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(readmeExamples.map((query, i) => [i + 1, query.split('\n').find((l) => l.startsWith('#')) ?? '', query]))('README example %i runs without errors and returns data: %s', async (_n, _title, query) => {
    const result = await run(query as string);
    expect(result.errors).toBeUndefined();
    const values = Object.values(result.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toBeNull();
  });
});
