import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/domain/model.js';
import { embeddedGraph, execute } from '../helpers.js';

/** One fact per line item, period, unit and disclosure is the figure to take. */
describe('primary facts', () => {
  const groups = () => {
    const map = new Map<string, Fact[]>();
    for (const d of embeddedGraph().companies[0].disclosures) {
      for (const f of d.facts) {
        const key = `${f.lineItem.id}|${f.period.id}|${f.unit}|${d.id}`;
        map.set(key, [...(map.get(key) ?? []), f]);
      }
    }
    return map;
  };

  it('exactly one per group: the most precise printed fact, exact before approximate, the table cell on a tie', () => {
    let several = 0;
    for (const [key, facts] of groups()) {
      const primary = facts.filter((f) => f.isPrimary);
      expect(primary, key).toHaveLength(1);
      const [p] = primary;
      const printed = facts.filter((f) => f.origin === 'PRINTED');
      if (printed.length > 0) expect(p.origin, key).toBe('PRINTED');
      const candidates = printed.length > 0 ? printed : facts;
      expect(p.decimals, key).toBe(Math.max(...candidates.map((f) => f.decimals)));
      if (candidates.some((f) => f.decimals === p.decimals && f.qualifier === null)) expect(p.qualifier, key).toBeNull();
      if (candidates.some((f) => f.decimals === p.decimals && f.source.kind === 'TABLE_CELL')) expect(p.source.kind, key).toBe('TABLE_CELL');
      if (facts.length > 1) several++;
    }
    expect(several).toBeGreaterThan(50);
  });

  it('over the API: Q2 revenue is the table cell, not the sentence\'s rounded figure', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems(statement: INCOME_STATEMENT, search: "total net revenue") {
      facts(filter: { unit: "CNY", periodFrom: "2024-04-01", periodTo: "2024-06-30" }) { value printed isPrimary source { kind } } } } }`);
    expect(result.errors).toBeUndefined();
    const facts = result.data!.company.lineItems[0].facts as any[];
    expect(facts.length).toBeGreaterThan(1);
    expect(facts.filter((f) => f.isPrimary)).toEqual([{ value: '4160063000', printed: '4,160,063', isPrimary: true, source: { kind: 'TABLE_CELL' } }]);
  });
});
