import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/graphql/pagination/paginate.js';
import { embeddedGraph, execute } from '../helpers.js';

const letters = 'abcdefghij'.split('');
/** One list for the unit tests: cursors are bound to the list they come from. */
const paginateIn = <T>(items: readonly T[], args: Parameters<typeof paginate>[1]) => paginate(items, args, { connection: 'Test.letters' });

/** Walks a list forward page by page, as a client would, following endCursor. */
function walkForward<T>(items: T[], size: number) {
  const seen: T[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: ReturnType<typeof paginate<T>> = paginateIn(items, { first: size, after });
    seen.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { seen, pages: pages + 1 };
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

describe('paginate (Relay cursor connections)', () => {
  it('answers an empty list with an empty page and null cursors', () => {
    const page = paginateIn([], { first: 5 });
    expect(page).toEqual({ edges: [], nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
    expect(paginateIn([], { last: 5 }).nodes).toEqual([]);
  });

  it('returns the first page with a next page and no previous one', () => {
    const page = paginateIn(letters, { first: 3 });
    expect(page.nodes).toEqual(['a', 'b', 'c']);
    expect(page.edges.map((e) => e.node)).toEqual(page.nodes);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0].cursor, endCursor: page.edges[2].cursor });
    expect(page.totalCount).toBe(10);
  });

  it('walks forward through every item exactly once, ending on a last page without a next page', () => {
    for (const size of [1, 3, 4, 10, 100]) {
      const { seen, pages } = walkForward(letters, size);
      expect(seen).toEqual(letters);
      expect(pages).toBe(Math.ceil(letters.length / size));
    }
  });

  it('returns the last page with `last`, and walks backward with `before`', () => {
    const last = paginateIn(letters, { last: 4 });
    expect(last.nodes).toEqual(['g', 'h', 'i', 'j']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = paginateIn(letters, { last: 4, before: last.pageInfo.startCursor });
    expect(before.nodes).toEqual(['c', 'd', 'e', 'f']);
    const start = paginateIn(letters, { last: 4, before: before.pageInfo.startCursor });
    expect(start.nodes).toEqual(['a', 'b']);
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('slices between `after` and `before` when both are given', () => {
    const all = paginateIn(letters, { first: 10 });
    const page = paginateIn(letters, { after: all.edges[1].cursor, before: all.edges[5].cursor, first: 10 });
    expect(page.nodes).toEqual(['c', 'd', 'e']);
  });

  it('answers a cursor at or past the end with an empty page, not an error', () => {
    const all = paginateIn(letters, { first: 10 });
    const atEnd = paginateIn(letters, { first: 5, after: all.pageInfo.endCursor });
    expect(atEnd.nodes).toEqual([]);
    expect(atEnd.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    // A cursor from a longer list (e.g. before a filter was added) lies past this one's end.
    const longer = paginateIn([...letters, ...letters], { first: 20 });
    expect(paginateIn(letters, { first: 5, after: longer.edges[15].cursor }).nodes).toEqual([]);
  });

  it('defaults to the first 20 items', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const page = paginateIn(items, {});
    expect(page.nodes).toEqual(items.slice(0, 20));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses `first` with `last`, sizes outside 1–100 and foreign cursors with BAD_USER_INPUT', () => {
    const refused = (args: Parameters<typeof paginate>[1]) => {
      try {
        paginateIn(letters, args);
      } catch (e: any) {
        return { code: e.extensions.code, argumentName: e.extensions.argumentName, message: e.message };
      }
      return null;
    };
    expect(refused({ first: 1, last: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(refused({ first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(refused({ last: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'last' });
    expect(refused({ after: 'not-a-cursor' })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after', message: 'Argument `after` is not a cursor returned by this API.' });
    expect(refused({ before: Buffer.from('Company:x').toString('base64url') })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'before' });
  });
});

const FACT_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  company(ticker: "QFIN") {
    facts(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id value } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe('connections over the API', () => {
  const allFacts = () => embeddedGraph().companies[0].lineItems.flatMap((i) => i.facts);

  it('pages through every fact of a company with first/after, as a frontend would', async () => {
    const expected = allFacts();
    expect(expected.length).toBeGreaterThan(100);
    const values: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: any = await execute(FACT_PAGE, { first: 50, after });
      expect(result.errors).toBeUndefined();
      const conn = result.data.company.facts;
      expect(conn.totalCount).toBe(expected.length);
      expect(conn.nodes.map((n: any) => n.id)).toEqual(conn.edges.map((e: any) => e.node.id));
      expect(conn.pageInfo.hasPreviousPage).toBe(pages > 0);
      values.push(...conn.edges.map((e: any) => e.node.value));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(expected.length / 50));
    expect(values).toEqual(expected.map((f) => f.value));
  });

  it('answers the last page and a cursor past the end', async () => {
    const expected = allFacts();
    const last: any = await execute(FACT_PAGE, { last: 3 });
    expect(last.data.company.facts.edges.map((e: any) => e.node.value)).toEqual(expected.slice(-3).map((f) => f.value));
    expect(last.data.company.facts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const past: any = await execute(FACT_PAGE, { first: 10, after: last.data.company.facts.pageInfo.endCursor });
    expect(past.errors).toBeUndefined();
    expect(past.data.company.facts).toMatchObject({ totalCount: expected.length, edges: [], nodes: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
  });

  it('answers an empty filtered list with an empty connection', async () => {
    const result: any = await execute('{ company(ticker: "QFIN") { facts(filter: { periodFrom: "2100-01-01" }) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }');
    expect(result.data.company.facts).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it.each([
    ['first and last together', { first: 2, last: 2 }, 'first', 'Arguments `first` and `last` cannot be combined: pass one of them.'],
    ['first of 0', { first: 0 }, 'first', 'Argument `first` must be between 1 and 100; got 0.'],
    ['first of 101', { first: 101 }, 'first', 'Argument `first` must be between 1 and 100; got 101.'],
    ['last of -1', { last: -1 }, 'last', 'Argument `last` must be between 1 and 100; got -1.'],
    ['a made-up cursor', { after: 'abc' }, 'after', 'Argument `after` is not a cursor returned by this API.'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, argumentName, message) => {
    const result: any = await execute(FACT_PAGE, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toBe(message);
    expect(result.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    // The refused connection is null; the company around it is answered.
    expect(result.data.company).toEqual({ facts: null });
  });

  it('applies the same rules to every connection (companies, disclosures, disclosure facts, checks)', async () => {
    for (const query of [
      '{ companies(first: 500) { totalCount } }',
      '{ company(ticker: "QFIN") { disclosures(last: 0) { totalCount } } }',
      '{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { facts(first: 1000) { totalCount } } } } }',
      '{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { checks(first: 1, last: 1) { totalCount } } } } }',
    ]) {
      const result: any = await execute(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});
