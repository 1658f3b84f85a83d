import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph, execute } from '../helpers.js';
import { csvRows } from './export-files.js';

/**
 * `/export/comparison.csv|.xlsx` over HTTP, compared row by row with the API's own answer
 * (`Company.metrics`), and the API fields the compare view reads (`companyMatches`,
 * `latestMetrics`, `ttmSeries`). Qifu against Apple is in test/web/explorer.e2e.test.ts
 * and test/metrics/metrics.test.ts (they need the shared SEC data).
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: null });
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string) => fetch(`${server.origin}${path}`);

const API = `query($metrics: [StandardMetric!]!, $frequency: SeriesFrequency!) { company(ticker: "QFIN") { name metrics(metrics: $metrics, frequency: $frequency) { metric fiscalYear fiscalPeriod value unit rule fact { id } period { label startDate endDate } } } }`;

describe('GET /export/comparison', () => {
  it('sends standard metrics as CSV: one row per company, metric and period, exact values as the API gives them, the currency in the header', async () => {
    const api = (await execute(API, { metrics: ['REVENUE', 'NET_INCOME'], frequency: 'QUARTERLY' })).data!.company;
    expect(api.metrics.length).toBeGreaterThanOrEqual(8);
    const res = await get('/export/comparison.csv?tickers=QFIN&metrics=REVENUE,NET_INCOME&frequency=QUARTERLY');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="comparison-qfin-revenue-net-income-quarterly\.csv"/);
    const rows = await csvRows(res);
    expect(rows[0]).toEqual(['Company', 'Ticker', 'Metric', 'Fiscal year', 'Fiscal period', 'Period', 'Start', 'End', 'Value (CNY; exact, in units, not thousands)', 'Unit', 'Rule', 'Explanation', 'Fact ID']);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[7], r[8], r[9], r[12]])).toEqual(api.metrics.map((f: any) => [f.metric, String(f.fiscalYear), f.fiscalPeriod, f.period.endDate, f.value, f.unit, f.fact?.id ?? '']));
    // Revenue of Q2 2024 as the release prints it (RMB thousands), in units.
    expect(rows.find((r) => r[2] === 'REVENUE' && r[4] === 'Q2' && r[3] === '2024')?.[8]).toBe('4160063000');
  });

  it('sends the same rows as an Excel workbook, values as numbers only where exact', async () => {
    const csv = await csvRows(await get('/export/comparison.csv?tickers=QFIN&metrics=EPS_DILUTED,REVENUE&frequency=ANNUAL'));
    const res = await get('/export/comparison.xlsx?tickers=QFIN&metrics=EPS_DILUTED,REVENUE&frequency=ANNUAL');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.length).toBe(csv.length);
    expect(rows[0][8]).toBe('Value (currency as reported in Unit, never converted; exact, in units, not thousands)');
    for (const [i, row] of rows.slice(1).entries()) expect(String(row[8])).toBe(csv[i + 1][8]);
  });

  it('sends an empty TTM table for a company without four consecutive quarters, and refuses a TTM of a balance with the API\'s error', async () => {
    const rows = await csvRows(await get('/export/comparison.csv?tickers=QFIN&metrics=REVENUE&frequency=TTM'));
    expect(rows).toHaveLength(1);
    expect(rows[0][12]).toBe('Quarters');
    const balance = await get('/export/comparison.csv?tickers=QFIN&metrics=TOTAL_ASSETS&frequency=TTM');
    expect(balance.status).toBe(400);
    const body = (await balance.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/balance/);
  });

  it.each([
    ['/export/comparison.csv?metrics=REVENUE', 400, 'BAD_USER_INPUT', /`tickers` is required/],
    ['/export/comparison.csv?tickers=A,B,C,D,E,F,G&metrics=REVENUE', 400, 'BAD_USER_INPUT', /7 companies: give 1 to 6/],
    ['/export/comparison.csv?tickers=QFIN&metrics=REVENUE&frequency=WEEKLY', 400, 'BAD_USER_INPUT', /QUARTERLY, ANNUAL, TTM/],
    ['/export/comparison.csv?tickers=QFIN&metrics=REVENUES', 400, 'BAD_USER_INPUT', /REVENUES/],
    ['/export/comparison.csv?tickers=QFIN,ZZZZZZZZ&metrics=REVENUE', 404, 'NOT_FOUND', /ZZZZZZZZ/],
    ['/export/constructor.csv', 404, 'NOT_FOUND', /comparison\.csv/],
  ])('refuses %s with %i %s', async (path, status, code, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });
});

describe('the API fields of the compare view', () => {
  it('matches companies by ticker or name words, typos included, as search does', async () => {
    const names = async (query: string) => ((await execute(`query($q: String!) { companyMatches(query: $q) { name } }`, { q: query })).data!.companyMatches as any[]).map((c) => c.name);
    expect(await names('QFIN')).toEqual(['Qifu Technology']);
    expect(await names('qifu')).toEqual(['Qifu Technology']);
    expect(await names('3660')).toEqual(['Qifu Technology']);
    expect(await names('qifoo')).toEqual(['Qifu Technology']);
    expect(await names('nothing like it')).toEqual([]);
  });

  it('gives the latest figure of each standard metric, each the last of the metric\'s own quarterly series', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { latestMetrics { metric value unit fiscalPeriod fiscalYear } rev: metric(metric: REVENUE, frequency: QUARTERLY) { value fiscalPeriod fiscalYear } cash: metric(metric: CASH, frequency: QUARTERLY) { value } } }`);
    const { latestMetrics, rev, cash } = result.data!.company;
    const revenue = latestMetrics.find((f: any) => f.metric === 'REVENUE');
    expect(revenue).toEqual({ metric: 'REVENUE', ...rev.at(-1), unit: 'CNY' });
    expect(latestMetrics.find((f: any) => f.metric === 'CASH').value).toBe(cash.at(-1).value);
    // Currencies as reported: Qifu's money figures in CNY, never a convenience translation.
    expect(latestMetrics.filter((f: any) => /^[A-Z]{3}$/.test(f.unit)).every((f: any) => f.unit === 'CNY')).toBe(true);
  });

  it('refuses a TTM series of a per-share metric in its own field only', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { name ttmSeries(metrics: [EPS_DILUTED]) { value } } }`);
    expect(result.data!.company).toEqual({ name: 'Qifu Technology', ttmSeries: null });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
