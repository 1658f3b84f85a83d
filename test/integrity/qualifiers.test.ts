import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/domain/model.js';
import { computedQualifier, qualifierBefore } from '../../src/domain/qualifier.js';
import { embeddedGraph, execute } from '../helpers.js';

/** "Approximately" is kept: a fact says when its source qualified it, and so do values computed from it. */
describe('qualified figures', () => {
  const facts = () => embeddedGraph().companies[0].disclosures[0].facts;
  const narrative = (key: string, value: string): Fact => {
    const found = facts().find((f) => f.lineItem.key === key && f.value === value && f.source.kind === 'NARRATIVE');
    expect(found, `${key} ${value}`).toBeDefined();
    return found!;
  };

  it('the figures management states as approximate are APPROXIMATELY; flat ones are not', () => {
    expect(narrative('total-cash', '8490000000').qualifier).toBe('APPROXIMATELY');
    expect(narrative('net-cash-provided-by-operating-activities', '1960000000').qualifier).toBe('APPROXIMATELY');
    expect(narrative('collection-rate-30-day', '0.863').qualifier).toBe('APPROXIMATELY');
    expect(narrative('day-1-delinquency-rate', '0.048').qualifier).toBeNull();
    // The table cell of the same cash flow is exact.
    const cell = facts().find((f) => f.lineItem.key === 'net-cash-provided-by-operating-activities' && f.source.kind === 'TABLE_CELL' && f.source.column.id === 'cny-3m-2024');
    expect(cell?.qualifier).toBeNull();
  });

  it('every sentence fact is qualified exactly when its sentence says "approximately" right before it', () => {
    const stated = facts().filter((f) => f.source.kind === 'NARRATIVE' && f.printed);
    expect(stated.length).toBeGreaterThan(100);
    for (const f of stated) {
      const approximately = f.source.kind === 'NARRATIVE' && f.source.excerpt.includes(`approximately ${f.printed}`);
      expect(f.qualifier === 'APPROXIMATELY', `${f.lineItem.label} ${f.printed}`).toBe(approximately);
    }
    for (const f of facts().filter((x) => x.source.kind === 'TABLE_CELL' && x.origin === 'PRINTED')) expect(f.qualifier).toBeNull();
  });

  it('reads the qualifying words and propagates them to computed values', () => {
    expect(qualifierBefore('we had nearly 65% of volume', '65%')).toBe('NEARLY');
    expect(qualifierBefore('a value of up to US$350 million', 'US$350 million')).toBe('UP_TO');
    expect(qualifierBefore('about 3 million users', '3 million')).toBe('ABOUT');
    expect(qualifierBefore('was 4.8%', '4.8%')).toBeNull();
    expect(computedQualifier([{ qualifier: null }, { qualifier: 'NEARLY' }])).toBe('APPROXIMATELY');
    expect(computedQualifier([{ qualifier: null }, { qualifier: null }])).toBeNull();
    // Derived facts follow their inputs.
    for (const f of facts().filter((x) => x.origin === 'DERIVED')) expect(f.qualifier).toBe(computedQualifier(f.derivedFrom));
  });

  it('the buyback\'s US$211 million and the US$139 million left are approximate, over the API', async () => {
    const result = await execute(`{ company(ticker: "QFIN") {
      shareRepurchasePrograms { authorizedAmount { amount qualifier }
        latestProgress { amount { amount currency qualifier } averagePrice { amount qualifier } remainingAuthorization { amount qualifier } }
        remainingAuthorization { amount qualifier } } } }`);
    expect(result.errors).toBeUndefined();
    const [program] = result.data!.company.shareRepurchasePrograms;
    expect(program.authorizedAmount).toEqual({ amount: '350000000', qualifier: null });
    expect(program.latestProgress.amount).toEqual({ amount: '211000000', currency: 'USD', qualifier: 'APPROXIMATELY' });
    expect(program.latestProgress.averagePrice).toEqual({ amount: '19.7', qualifier: null });
    expect(program.latestProgress.remainingAuthorization).toEqual({ amount: '139000000', qualifier: 'APPROXIMATELY' });
    expect(program.remainingAuthorization).toEqual({ amount: '139000000', qualifier: 'APPROXIMATELY' });
    const facts = await execute(`{ company(ticker: "QFIN") { lineItems(statement: OPERATING_METRICS, search: "total cash") { facts { value qualifier } } } }`);
    expect(facts.data!.company.lineItems[0].facts).toEqual([{ value: '8490000000', qualifier: 'APPROXIMATELY' }]);
  });
});
