import { readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { LIMITS } from '../../src/graphql/limits/limits.js';
import { execute } from '../helpers.js';

/** A graph that fails on any use: an operation refused before execution never touches it. */
const untouchable = new Proxy({} as Graph, {
  get() {
    throw new Error('the operation was executed');
  },
});

async function refused(query: string) {
  const result: any = await execute(query, undefined, untouchable);
  expect(result.data).toBeUndefined();
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors as { message: string; extensions: Record<string, unknown> }[];
}


describe('operation limits (GraphQL Armor), before execution', () => {
  it('refuses a query nested deeper than the depth limit', async () => {
    const deep = `{ company(ticker: "QFIN") { lineItems { ${'children { '.repeat(LIMITS.maxDepth)}label${' }'.repeat(LIMITS.maxDepth)} } } }`;
    const [error] = await refused(deep);
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_DEPTH' });
    expect(error.message).toMatch(/^Query depth limit of 15 exceeded/);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: companies { totalCount }`).join(' ');
    const errors = await refused(`{ ${aliases} }`);
    expect(errors.map((e) => e.extensions.limit)).toContain('MAX_ALIASES');
    expect(errors.every((e) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('refuses a cost bomb of nested full pages', async () => {
    const [error] = await refused('{ companies(first: 100) { nodes { disclosures(first: 100) { nodes { facts(first: 100) { nodes { value unit } } } } } } }');
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' });
  });

  it('refuses a directive bomb', async () => {
    const errors = await refused(`{ companies { totalCount ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`);
    expect(errors.map((e) => e.extensions.limit)).toContain('MAX_DIRECTIVES');
  });

  it('refuses a token bomb while parsing', async () => {
    const [error] = await refused(`{ companies { ${'__typename '.repeat(LIMITS.maxTokens)} } }`);
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/tokens/);
  });

  it('admits 10 and more levels of legitimate nesting', async () => {
    // Deep, but not a list of lists of lists: a line-item search inside every fact of a search
    // multiplies beyond the answer-size limit (test/graphql/list-size.test.ts), by design.
    const query = `{ company(ticker: "QFIN") { lineItems(search: "current assets") { children { parent { children { facts { lineItem { company { concept(name: "qfin:TotalAssets") { company { disclosures(first: 1) { nodes { title } } } } } } } } } } } } }`;
    const result: any = await execute(query);
    expect(result.errors).toBeUndefined();
    const levels = (query.match(/\{/g) ?? []).length - 1;
    expect(levels).toBeGreaterThanOrEqual(10);
    expect(result.data.company.lineItems.length).toBeGreaterThan(0);
  });

  it('admits a full page of 100 facts with their context', async () => {
    const result: any = await execute('{ company(ticker: "QFIN") { facts(first: 100) { edges { cursor node { id value unit decimals printed period { label startDate endDate } lineItem { label statement } source { excerpt } } } pageInfo { hasNextPage endCursor } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.company.facts.edges).toHaveLength(100);
  });

  it('admits the full introspection query Sandbox and codegen send', async () => {
    const result: any = await execute(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.queryType.name).toBe('Query');
  });

  it('admits every README example through the same limits (test/readme.test.ts runs them with the same server)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(examples.length).toBeGreaterThan(0);
    for (const query of examples) {
      const result: any = await execute(query);
      expect(result.errors, query).toBeUndefined();
    }
  });
});
