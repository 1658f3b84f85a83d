import { describe, expect, it } from 'vitest';
import { execute } from '../helpers.js';

/** Cursors are opaque and bound to their connection, its object and its filters. */
const PEOPLE = '{ company(ticker: "QFIN") { people(first: 2) { pageInfo { endCursor } } } }';
const FACTS = `query($after: String, $filter: FactFilter) {
  company(ticker: "QFIN") { facts(first: 5, after: $after, filter: $filter) { edges { node { id } } pageInfo { endCursor } } }
}`;
const SEARCH = 'query($after: String, $q: String!) { search(query: $q, first: 2, after: $after) { nodes { __typename } pageInfo { endCursor } } }';

async function cursorOf(query: string, variables: Record<string, unknown>, pick: (data: any) => string): Promise<string> {
  const result = await execute(query, variables);
  expect(result.errors).toBeUndefined();
  const cursor = pick(result.data);
  expect(cursor).toBeTruthy();
  return cursor;
}

function expectForeign(result: any, argumentName = 'after') {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  expect(result.errors[0].message).toMatch(/cursor of another list/);
}

describe('foreign cursors are refused with BAD_USER_INPUT', () => {
  it('a people cursor on facts and on search', async () => {
    const people = await cursorOf(PEOPLE, {}, (d) => d.company.people.pageInfo.endCursor);
    expectForeign(await execute(FACTS, { after: people }));
    expectForeign(await execute(SEARCH, { after: people, q: 'cash' }));
  });

  it('a facts cursor with another filter, and a search cursor for another query', async () => {
    const filter = { unit: 'CNY' };
    const facts = await cursorOf(FACTS, { filter }, (d) => d.company.facts.pageInfo.endCursor);
    // The same list accepts it...
    const next = await execute(FACTS, { after: facts, filter: { unit: 'CNY' } });
    expect(next.errors).toBeUndefined();
    expect((next.data as any).company.facts.edges).toHaveLength(5);
    // ...another filter, or none, does not.
    expectForeign(await execute(FACTS, { after: facts, filter: { unit: 'USD' } }));
    expectForeign(await execute(FACTS, { after: facts }));
    const search = await cursorOf(SEARCH, { q: 'cash' }, (d) => d.search.pageInfo.endCursor);
    expect((await execute(SEARCH, { after: search, q: 'cash' })).errors).toBeUndefined();
    expectForeign(await execute(SEARCH, { after: search, q: 'loans' }));
  });

  it('a company facts cursor on a disclosure\'s facts, and as `before`', async () => {
    const facts = await cursorOf(FACTS, {}, (d) => d.company.facts.pageInfo.endCursor);
    const result = await execute('query($c: String) { company(ticker: "QFIN") { disclosures(first: 1) { nodes { facts(first: 2, before: $c) { totalCount } } } } }', { c: facts });
    expectForeign(result, 'before');
  });
});
