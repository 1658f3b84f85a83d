import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph, execute } from '../helpers.js';
import { csvRows, xlsxRows } from './export-files.js';

/** Statements and series as CSV and Excel over HTTP, compared cell by cell with the API's own answer. */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: null });
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string) => fetch(`${server.origin}${path}`);

async function balanceSheet() {
  const result = await execute(`{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { statements { id title rows { label facts { value unit } } columns { label currency } } } } } }`);
  const tables = result.data!.company.disclosures.nodes[0].statements as any[];
  return tables.find((t) => /Balance Sheets/.test(t.title));
}

describe('GET /export/statement', () => {
  it('sends a statement as CSV: exact full-unit values under headers naming the column, currency and scale', async () => {
    const table = await balanceSheet();
    const res = await get(`/export/statement.csv?id=${encodeURIComponent(table.id)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*balance-sheets\.csv"/);
    const rows = await csvRows(res);
    expect(rows[0].slice(0, 4)).toEqual(['Line item', 'Concept or key', 'Depth', 'Unit']);
    expect(rows[0][4]).toBe(`${table.columns[0].label} (${table.columns[0].currency}; exact, in units, not thousands)`);
    expect(rows).toHaveLength(table.rows.length + 1);
    for (const [i, row] of table.rows.entries()) {
      expect(rows[i + 1][0]).toBe(row.label);
      expect(rows[i + 1].slice(4, 4 + row.facts.length)).toEqual(row.facts.map((f: any) => f?.value ?? ''));
    }
    const cash = rows.find((r) => r[0] === 'Cash and cash equivalents')!;
    expect(cash[3]).toBe('CNY | CNY | USD');
    expect(cash[4]).toBe('4177890000');
  });

  it('sends the same statement as an Excel workbook whose cells equal the API\'s values', async () => {
    const table = await balanceSheet();
    const res = await get(`/export/statement.xlsx?id=${encodeURIComponent(table.id)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await xlsxRows(res);
    let compared = 0;
    for (const [i, row] of table.rows.entries()) {
      for (const [j, fact] of row.facts.entries()) {
        const cell = rows[i + 1][4 + j];
        if (!fact) expect(cell ?? null).toBeNull();
        else {
          expect(String(cell)).toBe(fact.value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('refuses what it cannot send, with a code', async () => {
    expect((await get('/export/statement.csv')).status).toBe(400);
    const none = await get('/export/statement.csv?id=nope');
    expect(none.status).toBe(404);
    expect(((await none.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get('/export/nothing.csv')).status).toBe(404);
    expect((await fetch(`${server.origin}/export/statement.csv?id=x`, { method: 'POST' })).status).toBe(405);
  });
});

describe('GET /export/series', () => {
  it('sends a line item\'s series as CSV and Excel, equal to the series query', async () => {
    const item = (await execute(`{ company(ticker: "QFIN") { lineItems(search: "total net revenue") { id key } } }`)).data!.company.lineItems.find((i: any) => i.key === 'total-net-revenue');
    const series = (await execute(`query ($id: ID!) { node(id: $id) { ... on LineItem { series(frequency: QUARTERLY, unit: "CNY") { value isDerived period { label } fact { id } } } } }`, { id: item.id })).data!.node.series as any[];
    expect(series.length).toBeGreaterThan(1);
    const query = `id=${encodeURIComponent(item.id)}&frequency=QUARTERLY&unit=CNY`;
    const csv = await csvRows(await get(`/export/series.csv?${query}`));
    expect(csv[0][5]).toBe('Value (CNY; exact, in units, not thousands)');
    expect(csv.slice(1).map((r) => [r[0], r[5], r[7], r[8]])).toEqual(series.map((p) => [p.period.label, p.value, p.isDerived ? 'derived' : 'reported', p.fact.id]));
    const xlsx = await xlsxRows(await get(`/export/series.xlsx?${query}`));
    expect(xlsx.slice(1).map((r) => String(r[5]))).toEqual(series.map((p) => p.value));
  });
});
