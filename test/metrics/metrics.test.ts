import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import type { Graph } from '../../src/domain/graph.js';
import { latestFigures, metricFigures } from '../../src/domain/metrics/metrics.js';
import { knownOn } from '../../src/domain/time/report-identity.js';
import { metricDefinition, VOCABULARY, type StandardMetricKey } from '../../src/domain/metrics/vocabulary.js';
import { execute } from '../helpers.js';
import { companyFactsExist, companyFactsGraph, companyFactsPath, SHARED_EDGAR } from '../companyfacts/helpers.js';

/** Every ```graphql companyfacts block of the README: queries over Apple's and NVIDIA's companyfacts. */
const readmeExamples = [...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```graphql companyfacts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("the README's vocabulary table", () => {
  it('lists every metric of the vocabulary with its label, nature, measure, concepts in order and rule', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \((.+?)\) \| (flow|balance), (money|per share|shares) \| (.+?) \| (.+?) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(VOCABULARY.map((d) => d.key));
    for (const [, key, label, nature, measure, concepts, rule] of rows) {
      const d = metricDefinition(key as StandardMetricKey);
      expect([label, nature, measure]).toEqual([d.label, d.nature.toLowerCase(), d.measure.toLowerCase().replace('_', ' ')]);
      expect([...concepts.matchAll(/`([\w-]+:\w+)`/g)].map((m) => m[1]), key).toEqual(d.concepts);
      expect(/extension rule/.test(concepts), `${key}: extension rule`).toBe(d.extension !== null);
      expect(rule.startsWith(d.concepts.length ? 'reported' : 'always computed'), key).toBe(true);
      expect(/computed|−/.test(rule), `${key}: formula`).toBe(d.formula !== null);
    }
  });
});

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

  /** SEC's own records (companyfacts JSON): for each concept, its records with their periods and filing dates. */
  const rawRecords = (cik: string) => {
    const raw = JSON.parse(readFileSync(companyFactsPath(cik), 'utf8'));
    const out = new Map<string, { start: string | null; end: string; unit: string; filed: string; val: number }[]>();
    for (const [taxonomy, concepts] of Object.entries<any>(raw.facts)) {
      for (const [local, c] of Object.entries<any>(concepts)) out.set(`${taxonomy}:${local}`, Object.entries<any>(c.units).flatMap(([unit, list]) => list.map((r: any) => ({ start: r.start ?? null, end: r.end, unit: unit.replace('-per-', '/'), filed: r.filed, val: r.val }))));
    }
    return out;
  };
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

  it.each([['Apple', '0000320193'], ['NVIDIA', '0001045810']])('every metric of the vocabulary for %s: no gap where SEC has a record of any of its concepts, no stale concept, each figure\'s concept named', (_name, cik) => {
    const company = graph.companyByCik(cik)!;
    const records = rawRecords(cik);
    const annual = (key: StandardMetricKey) => metricFigures(graph, company, key, 'ANNUAL');
    // The company's fiscal year and quarter ends, from its revenue periods.
    const yearEnds = new Set(annual('REVENUE').map((f) => f.period.endDate));
    const quarterEnds = new Set([...yearEnds, ...metricFigures(graph, company, 'REVENUE', 'QUARTERLY').map((f) => f.period.endDate)]);
    const holes: string[] = [];
    for (const definition of VOCABULARY) {
      for (const frequency of ['ANNUAL', 'QUARTERLY'] as const) {
        const figures = metricFigures(graph, company, definition.key, frequency);
        // A figure covers a record of the same period, or of its fiscal period as another filing dated it (NVIDIA's 10-K of fiscal 2012 ends Q2 of fiscal 2011 a day early).
        const covers = (r: { start: string | null; end: string; unit: string }) =>
          figures.some((f) => f.unit === r.unit && Math.abs(days(f.period.endDate, r.end)) <= 3 && (r.start === null ? f.period.startDate === null : f.period.startDate !== null && Math.abs(days(f.period.startDate, r.start)) <= 3));
        const fits = (unit: string) => (definition.measure === 'MONEY' ? unit === 'USD' : definition.measure === 'PER_SHARE' ? unit === 'USD/shares' : unit === 'shares');
        for (const name of definition.concepts) {
          for (const r of records.get(name) ?? []) {
            if (!fits(r.unit)) continue;
            const wanted =
              definition.nature === 'FLOW'
                ? r.start !== null && (frequency === 'ANNUAL' ? Math.abs(days(r.start, r.end) - 364) <= 8 : Math.abs(days(r.start, r.end) - 90) <= 10)
                : r.start === null && (frequency === 'ANNUAL' ? yearEnds : quarterEnds).has(r.end);
            if (wanted && !covers(r)) holes.push(`${definition.key} ${frequency} ${name} ${r.start ?? ''}..${r.end}`);
          }
        }
        for (const f of figures) {
          if (f.rule === 'COMPUTED') {
            expect(definition.formula, `${definition.key} computed`).not.toBeNull();
            expect(f.inputs.length).toBe(definition.formula!.length);
            continue;
          }
          // Named, and the fact is of that concept.
          expect(f.concept!.name).toBe(f.fact!.concept.name);
          expect(f.explanation.startsWith(f.concept!.name)).toBe(true);
          // No stale concept: none of the metric's other concepts has a later SEC record of the same period.
          for (const name of definition.concepts) {
            if (name === f.concept!.name) continue;
            const later = (records.get(name) ?? []).find((r) => r.start === f.period.startDate && r.end === f.period.endDate && r.unit === f.unit && r.filed > f.knownOn);
            expect(later, `${definition.key} ${f.fiscalPeriod} ${f.fiscalYear}: ${name} filed ${later?.filed} after ${f.concept!.name} (${f.knownOn})`).toBeUndefined();
          }
        }
      }
      // From fiscal 2009 (or the first year) to the last, every year has a figure, but where no concept of the metric was ever reported.
      const years = annual(definition.key).map((f) => f.fiscalYear);
      const missing = [];
      for (let y = Math.max(2009, Math.min(...years)); y <= Math.max(...years); y++) if (!years.includes(y)) missing.push(y);
      const known = cik === '0001045810' && (definition.key === 'CAPITAL_EXPENDITURE' || definition.key === 'FREE_CASH_FLOW') ? [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021] : [];
      expect(missing, definition.key).toEqual(known);
    }
    expect(holes).toEqual([]);
    if (cik === '0001045810') {
      // NVIDIA's capital expenditure of fiscal 2013–2021: its 10-Ks tagged it with its own concept, and SEC has no year-long record of it under any standard concept.
      const capexLike = [...records.keys()].filter((n) => /^us-gaap:PaymentsToAcquire(PropertyPlantAndEquipment|ProductiveAssets|OtherPropertyPlantAndEquipment)|^us-gaap:PaymentsForCapitalImprovements/.test(n));
      for (const name of capexLike) for (const r of records.get(name)!) if (r.start && days(r.start, r.end) > 300) expect(r.end < '2012-02-01' || r.end > '2022-01-01', `${name} ${r.end}`).toBe(true);
      // Free cash flow over every year with capital expenditure.
      const fcf = new Set(annual('FREE_CASH_FLOW').map((f) => f.fiscalYear));
      for (const f of annual('CAPITAL_EXPENDITURE')) expect(fcf.has(f.fiscalYear), `FCF ${f.fiscalYear}`).toBe(true);
      expect(fcf.size).toBe(8);
    }
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

  it('as of a date means as known then: a later revision never leaks in (NVIDIA restated its first two quarters of fiscal 2017 in November 2016)', async () => {
    const records = rawRecords('0001045810').get('us-gaap:NetIncomeLoss')!.filter((r) => r.unit === 'USD');
    const query = `query ($asOf: Date!) { company(ticker: "NVDA") { ttm(metric: NET_INCOME, asOf: $asOf) { value quarters { value fiscalPeriod fiscalYear knownOn period { startDate endDate } fact { origin derivedFrom { disclosure { knownOn } } } } } } }`;
    const revised: string[] = [];
    for (const asOf of ['2016-09-30', '2016-12-31']) {
      const result = await run(query, { asOf });
      expect(result.errors).toBeUndefined();
      const ttm = result.data!.company.ttm;
      expect(BigInt(ttm.value)).toBe(ttm.quarters.reduce((s: bigint, q: any) => s + BigInt(q.value), 0n));
      for (const q of ttm.quarters) {
        expect(q.knownOn <= asOf, `${q.fiscalPeriod} ${q.fiscalYear} known on ${q.knownOn}`).toBe(true);
        for (const input of q.fact.derivedFrom) expect(input.disclosure.knownOn <= asOf).toBe(true);
        if (q.fact.origin === 'DERIVED') continue;
        // SEC's records of the quarter: the one filed last by the date is the value, whatever was filed after.
        const reports = records.filter((r) => r.start === q.period.startDate && r.end === q.period.endDate).sort((a, b) => a.filed.localeCompare(b.filed));
        const then = reports.filter((r) => r.filed <= asOf).at(-1)!;
        expect(q.value, `${q.fiscalPeriod} ${q.fiscalYear} as of ${asOf}`).toBe(String(then.val));
        if (reports.at(-1)!.val !== then.val) revised.push(`${q.fiscalPeriod} ${q.fiscalYear} ${then.val} → ${reports.at(-1)!.val}`);
      }
    }
    // The first date sees the quarters as first reported, before their revision (else this test proves nothing).
    expect(revised).toEqual(['Q1 2017 196000000 → 208000000', 'Q2 2017 253000000 → 261000000']);
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

  it('gives the latest figures (sharing each metric\'s figures within the call) exactly as each metric\'s own series, with inputs and growth', () => {
    const plain = (f: ReturnType<typeof metricFigures>[number]): unknown => ({ ...f, metric: f.metric?.key, company: f.company.id, period: f.period.id, fact: f.fact?.id, concept: f.concept?.name, inputs: f.inputs.map((i) => [i.weight, plain(i.figure)]), previousYear: f.previousYear && plain(f.previousYear) });
    for (const cik of ['0000320193', '0001045810']) {
      const company = graph.companyByCik(cik)!;
      for (const asOf of [null, '2020-06-30']) {
        const expected = VOCABULARY.flatMap((d) => {
          let figures = metricFigures(graph, company, d.key, 'QUARTERLY', asOf);
          if (figures.length === 0) figures = metricFigures(graph, company, d.key, 'ANNUAL', asOf);
          return figures.filter((f) => f.period.endDate === figures.at(-1)!.period.endDate);
        });
        expect(expected.some((f) => f.rule === 'COMPUTED')).toBe(true);
        expect(latestFigures(graph, company, asOf).map(plain)).toEqual(expected.map(plain));
      }
    }
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

  it('judges each TTM window stale on its own date: the end of the quarter that followed it, the newest on asOf as ttm is', async () => {
    const fields = (asOf: string) => `ttmSeries(metrics: [REVENUE], asOf: "${asOf}") { asOf isStale rule quarters { fiscalYear fiscalPeriod period { endDate } } } ttm(metric: REVENUE, asOf: "${asOf}") { isStale quarters { period { endDate } } }`;
    const result = await run(`{ known: company(ticker: "AAPL") { ${fields('2025-06-30')} } later: company(ticker: "AAPL") { ${fields('2026-12-31')} } }`);
    expect(result.errors).toBeUndefined();
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    for (const [alias, asOf, newestStale] of [['known', '2025-06-30', false], ['later', '2026-12-31', true]] as const) {
      const { ttmSeries: windows, ttm } = result.data![alias];
      expect(windows.length).toBeGreaterThan(60);
      const end = (w: any) => w.quarters[3].period.endDate;
      for (const [i, w] of windows.slice(0, -1).entries()) {
        const next = windows[i + 1];
        // Still as known on the series' date, but judged when the next quarter ended: Apple reported every quarter, so none is stale.
        expect(w.asOf).toBe(asOf);
        expect(w.isStale, `${alias} window ending ${end(w)}`).toBe(days(end(w), end(next)) > 183);
        expect(w.isStale).toBe(false);
        expect(w.rule).toContain(`next quarter (${next.quarters[3].fiscalPeriod} ${next.quarters[3].fiscalYear}, ended ${end(next)})`);
      }
      // The newest is the TTM as of the series' date, stale or not as ttm says: fresh on 2025-06-30, stale on 2026-12-31.
      const newest = windows.at(-1);
      expect(newest.quarters.map((q: any) => q.period)).toEqual(ttm.quarters.map((q: any) => q.period));
      expect(newest.isStale).toBe(ttm.isStale);
      expect(newest.isStale).toBe(newestStale);
      expect(newest.rule).toContain(`stale when the last quarter ended more than 183 days before ${asOf}`);
    }
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

  describe('GET /export/frame.csv and .xlsx', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer(graph, 0, '127.0.0.1', { webRoot: null });
    });
    afterAll(async () => {
      await server?.stop();
    });
    const get = (path: string) => fetch(`${server.origin}${path}`);
    const FRAME = 'concept=us-gaap:Assets&period=CY2023Q3I&unit=USD&orderBy=VALUE&direction=DESC';
    const apiFrame = async (extra = '') => {
      const result = await run(`{ frame(concept: "us-gaap:Assets", period: "CY2023Q3I", unit: "USD", orderBy: { field: VALUE, direction: DESC }${extra}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { value unit frame company { name cik } period { fiscalYear fiscalPeriod endDate } fact { id concept { name } disclosure { accessionNumber filedOn form } } } } }`);
      expect(result.errors).toBeUndefined();
      return result.data!.frame;
    };
    const csvRows = async (res: Response): Promise<string[][]> => {
      const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([Buffer.from(await res.arrayBuffer())]), { parserOptions: {}, map: (v: string) => v } as any);
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
      return rows;
    };

    it('sends a frame as CSV: one row per company in the API\'s order, exact values, unit and scale in the header', async () => {
      const api = await apiFrame();
      expect(api.nodes.length).toBe(2);
      const res = await get(`/export/frame.csv?${FRAME}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="frame-us-gaap-assets-cy2023q3i-usd.csv"');
      expect(res.headers.get('x-total-count')).toBe(String(api.totalCount));
      expect(res.headers.get('link')).toBeNull();
      const rows = await csvRows(res);
      expect(rows[0]).toEqual(['Company', 'CIK', 'Frame', 'Concept', 'Fiscal year', 'Fiscal period', 'Start', 'End', "Days from the frame's end", 'Value (USD; exact, in units, not thousands)', 'Unit', 'Form', 'Accession number', 'Filed', 'Fact ID']);
      expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[7], r[9], r[10], r[12], r[14]])).toEqual(
        api.nodes.map((n: any) => [n.company.name, n.company.cik, 'CY2023Q3I', 'us-gaap:Assets', n.period.endDate, n.value, 'USD', n.fact.disclosure.accessionNumber, n.fact.id]),
      );
      // Largest first, as asked, and every value a whole number of dollars (not thousands).
      expect(BigInt(rows[1][9]) > BigInt(rows[2][9])).toBe(true);
      expect(rows[1][9]).toBe(api.nodes[0].value);
    });

    it('sends the same frame as a workbook whose cells equal the API\'s values (read back with ExcelJS)', async () => {
      const api = await apiFrame();
      const res = await get(`/export/frame.xlsx?${FRAME}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0][9]).toBe('Value (USD; exact, in units, not thousands)');
      expect(rows.slice(1).map((r) => [r[0], r[1], String(r[9])])).toEqual(api.nodes.map((n: any) => [n.company.name, n.company.cik, n.value]));
      expect(typeof rows[1][9]).toBe('number'); // whole dollars below 2^53 are numbers a spreadsheet can add
    });

    it('pages within the API\'s limits: `first`, and the next page\'s address in the Link header', async () => {
      const [first, second] = [await apiFrame(', first: 1'), (await apiFrame()).nodes[1]];
      const res = await get(`/export/frame.csv?${FRAME}&first=1`);
      expect(res.status).toBe(200);
      expect((await csvRows(res)).slice(1).map((r) => r[9])).toEqual([first.nodes[0].value]);
      const link = /^<(\?[^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '');
      expect(link).not.toBeNull();
      const next = await get(`/export/frame.csv${link![1]}`);
      expect((await csvRows(next)).slice(1).map((r) => [r[1], r[9]])).toEqual([[second.company.cik, second.value]]);
      // Over the API's page limit, a unit it does not know, a missing parameter, a bad order: the API's errors, with their codes.
      const tooMany = await get(`/export/frame.csv?${FRAME.replace('&orderBy=VALUE&direction=DESC', '')}&first=500`);
      expect(tooMany.status).toBe(400);
      expect(((await tooMany.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const unit = await get('/export/frame.csv?concept=us-gaap:Assets&period=CY2023Q3I&unit=usd');
      expect(unit.status).toBe(400);
      expect(((await unit.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      const missing = await get('/export/frame.xlsx?concept=us-gaap:Assets&unit=USD');
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } });
      const order = await get(`/export/frame.csv?concept=us-gaap:Assets&period=CY2023Q3I&unit=USD&orderBy=SIZE`);
      expect(order.status).toBe(400);
      expect(((await order.json()) as any).errors[0].message).toMatch(/orderBy/);
    });
  });
});
