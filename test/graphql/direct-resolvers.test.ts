import { describe, expect, it } from 'vitest';
import { lineItemFacts } from '../../src/domain/fact-index.js';
import { toGlobalId } from '../../src/graphql/node/global-id.js';
import { LineItemFilterArgs } from '../../src/graphql/statement/line-item-filter.args.js';
import { argsKey, rememberedArgs } from '../../src/graphql/validation/args-memo.js';
import { embeddedGraph, execute } from '../helpers.js';

/**
 * Resolvers with arguments are called directly (direct-resolvers.ts): the first call with a
 * value goes through type-graphql, which converts and validates it, and later calls reuse
 * what it produced. Answers must not depend on which path served them.
 */
describe('resolvers called directly with remembered arguments', () => {
  const query = `query($from: Date!) { company(ticker: "QFIN") { lineItems(statement: INCOME_STATEMENT) { id facts(filter: { periodFrom: $from, unit: "CNY" }) { id } } } }`;

  it('gives every line item its own filtered facts, the first time a value is seen and after', async () => {
    const qfin = embeddedGraph().companyByTicker('QFIN')!;
    const items = qfin.lineItems.filter((item) => item.statement === 'INCOME_STATEMENT');
    // Dates no other test uses: the first line item goes through type-graphql, the rest through
    // the memo; alternating them catches an answer kept from another execution's variables.
    for (const from of ['2023-04-01', '2024-04-01', '2023-04-01', '2024-04-01']) {
      const expected = items.map((item) => ({ id: toGlobalId('LineItem', item.id), facts: lineItemFacts(item).query({ periodFrom: from, unit: 'CNY' }).map((f) => toGlobalId('Fact', f.id)) }));
      expect(expected.some((item) => item.facts.length > 0)).toBe(true);
      // The filter leaves some facts out: a path that ignored it would fail.
      expect(expected.some((item, i) => item.facts.length < items[i].facts.length)).toBe(true);
      const result = await execute<any>(query, { from });
      expect(result.errors).toBeUndefined();
      const answer = result.data!.company.lineItems.map((item: any) => ({ id: item.id, facts: item.facts.map((f: any) => f.id) }));
      expect(answer).toEqual(expected);
    }
  });

  it('remembers type-graphql\'s converted instances, frozen', async () => {
    await execute('{ company(ticker: "QFIN") { lineItems(statement: BALANCE_SHEET) { id } } }');
    const remembered = rememberedArgs(argsKey('Company.lineItems', { statement: 'BALANCE_SHEET' })!);
    expect(remembered).toHaveLength(1);
    expect(remembered![0]).toBeInstanceOf(LineItemFilterArgs);
    expect(remembered![0]).toEqual(expect.objectContaining({ statement: 'BALANCE_SHEET' }));
    expect(Object.isFrozen(remembered![0])).toBe(true);
  });

  it('refuses an invalid value on every call, never remembering it', async () => {
    const bad = '{ company(ticker: "QFIN") { lineItems(statement: INCOME_STATEMENT) { facts(unit: "?bad") { id } } } }';
    for (let run = 0; run < 2; run++) {
      const result = await execute(bad);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(rememberedArgs(argsKey('LineItem.facts', { unit: '?bad' })!)).toBeUndefined();
  });
});
