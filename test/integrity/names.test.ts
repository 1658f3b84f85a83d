import { describe, expect, it } from 'vitest';
import { lineItemName } from '../../src/domain/line-item-name.js';
import { embeddedGraph, execute } from '../helpers.js';

describe('line item names', () => {
  it('every line item has a clean name beside its printed label', () => {
    const items = embeddedGraph().companies[0].lineItems;
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      expect(item.name, item.label).not.toMatch(/^(add|less|plus|minus|deduct)\s*:/i);
      expect(item.name, item.label).not.toMatch(/:\s*$/);
      expect(item.name.length).toBeGreaterThan(0);
      // The name is the label, minus the prefix or colon only.
      expect(item.label).toContain(item.name);
    }
    const sbc = items.filter((i) => i.label === 'Add: Share-based compensation expenses');
    expect(sbc).toHaveLength(3);
    for (const i of sbc) expect(i.name).toBe('Share-based compensation expenses');
    expect(lineItemName('Less: Income tax')).toBe('Income tax');
    expect(lineItemName('Current assets:')).toBe('Current assets');
  });

  it('serves label and name, and search matches the name, not the operator', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems(statement: NON_GAAP_RECONCILIATION, search: "share-based compensation") { label name } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.company.lineItems).toHaveLength(3);
    for (const i of result.data!.company.lineItems) expect(i).toEqual({ label: 'Add: Share-based compensation expenses', name: 'Share-based compensation expenses' });
    // "Add" is an operator, not a word of the line item.
    const add = await execute(`{ company(ticker: "QFIN") { lineItems(search: "add") { label } } }`);
    expect(add.data!.company.lineItems).toEqual([]);
    const ranked = await execute(`{ search(query: "add", first: 100) { nodes { __typename ... on LineItem { label } } } }`);
    expect((ranked.data!.search.nodes as any[]).filter((n) => n.__typename === 'LineItem')).toEqual([]);
  });
});
