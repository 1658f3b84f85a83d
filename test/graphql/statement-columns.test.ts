import { describe, expect, it } from 'vitest';
import { embeddedGraph, execute } from '../helpers.js';

const QUERY = `{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { statements { id title columns { id key label } rows { isTotal lineItem { label isAbstract } } } } } } }`;

describe('statement tables for normalized caches', () => {
  it('gives every column of every table its own global id, and keeps the within-table key', async () => {
    const result = await execute(QUERY);
    expect(result.errors).toBeUndefined();
    const tables = (result.data as any).company.disclosures.nodes[0].statements as any[];
    const domain = embeddedGraph().companies[0].disclosures[0].tables;
    const ids = tables.flatMap((t) => t.columns.map((c: any) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The same key ("cny-3m-2024") recurs across tables: it alone must not be the identity.
    const keys = tables.flatMap((t) => t.columns.map((c: any) => c.key));
    expect(new Set(keys).size).toBeLessThan(keys.length);
    tables.forEach((t, i) => expect(t.columns.map((c: any) => c.key)).toEqual(domain[i].columns.map((c) => c.id)));
  });

  it('marks the rows that are totals of other rows', async () => {
    const result = await execute(QUERY);
    const rows = (result.data as any).company.disclosures.nodes[0].statements.flatMap((t: any) => t.rows) as any[];
    const row = (label: string) => rows.find((r) => r.lineItem.label === label);
    expect(row('TOTAL ASSETS').isTotal).toBe(true);
    expect(row('Total current assets').isTotal).toBe(true);
    expect(row('Cash and cash equivalents').isTotal).toBe(false);
    expect(row('Current assets:').isTotal).toBe(false);
    for (const r of rows.filter((r) => r.lineItem.isAbstract)) expect(r.isTotal).toBe(false);
  });
});
