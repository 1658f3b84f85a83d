import { describe, expect, it } from 'vitest';
import { D } from '../../src/domain/decimal.js';
import type { LineItem } from '../../src/domain/model.js';
import { embeddedGraph, execute } from '../helpers.js';

/** Rows are stored as printed; each says how it combines into its total. */
describe('line item weights', () => {
  it('over the API: operating costs are subtracted from revenue to give income from operations', async () => {
    const result = await execute('{ company(ticker: "QFIN") { lineItems(statement: INCOME_STATEMENT) { key weight summedInto { key } parent { key } } } }');
    expect(result.errors).toBeUndefined();
    const items = result.data!.company.lineItems as any[];
    const by = (key: string) => items.find((i) => i.key === key);
    expect(by('total-operating-costs-and-expenses')).toMatchObject({ weight: -1, summedInto: { key: 'income-from-operations' } });
    expect(by('total-net-revenue')).toMatchObject({ weight: 1, summedInto: { key: 'income-from-operations' } });
    // A total that no other total sums has no weight.
    const top = items.filter((i) => !i.summedInto);
    expect(top.length).toBeGreaterThan(0);
    for (const i of top) expect(i.weight).toBeNull();
    // The eight cost rows printed before their total are added into it, though printed beside it.
    const costs = items.filter((i) => i.summedInto?.key === 'total-operating-costs-and-expenses');
    expect(costs.map((c) => c.key)).toContain('provision-for-contingent-liabilities');
    expect(costs).toHaveLength(8);
    for (const c of costs) expect(c.weight).toBe(1);
    // Children of a `sum: children` total are added into their parent.
    const children = items.filter((i) => i.parent && i.parent.key === i.summedInto?.key);
    expect(children.length).toBeGreaterThan(0);
  });

  it('every total equals its rows times their weights, in every printed column', () => {
    const graph = embeddedGraph();
    let totals = 0;
    for (const table of graph.companies[0].disclosures[0].tables) {
      const members = new Map<LineItem, LineItem[]>();
      for (const row of table.rows) if (row.lineItem.summedInto) members.set(row.lineItem.summedInto, [...(members.get(row.lineItem.summedInto) ?? []), row.lineItem]);
      const cellOf = (item: LineItem, j: number) => table.rows.find((r) => r.lineItem === item)?.facts[j] ?? null;
      for (const [total, rows] of members) {
        table.columns.forEach((column, j) => {
          const printed = cellOf(total, j);
          if (!printed || column.translates) return; // USD totals are footed from rounded translations
          const sum = rows.reduce((acc, r) => acc.plus(new D(r.weight!).times(cellOf(r, j)?.value ?? '0')), new D(0));
          expect(sum.toFixed(), `${total.label} (${column.label})`).toBe(new D(printed.value).toFixed());
          totals++;
        });
      }
    }
    expect(totals).toBeGreaterThan(50);
  });

  it('check names say "difference" where a total subtracts, and "sum" only where it adds', () => {
    const checks = embeddedGraph().companies[0].disclosures[0].checks.filter((c) => c.kind === 'TABLE_TOTAL');
    const income = checks.filter((c) => c.name.startsWith('Income from operations is'));
    expect(income.length).toBeGreaterThan(0);
    for (const c of income) expect(c.name).toMatch(/^Income from operations is the difference Total net revenue − Total operating costs and expenses \(/);
    for (const c of checks.filter((x) => x.name.includes(' is the sum of '))) expect(c.name).not.toContain('−');
  });
});
