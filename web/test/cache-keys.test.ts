import { readFileSync } from 'node:fs';
import { gql } from '@apollo/client';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache, typePolicies } from '../src/apollo.js';

/**
 * The explorer's real cache configuration against the schema: a list cached under a key
 * that leaves out an argument would serve one answer for another (facts as of a date merged
 * with today's).
 */
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const PAGINATION = new Set(['first', 'after', 'last', 'before']);

type FieldPolicy = { keyArgs?: false | string[] | ((...a: unknown[]) => unknown) };
const policies = typePolicies as Record<string, { fields?: Record<string, FieldPolicy> }>;

const connections = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((t) => !t.name.startsWith('__'))
  .flatMap((t) => Object.values(t.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection')).map((f) => ({ type: t.name, field: f.name, args: f.args.map((a) => a.name) })));

describe('the cache keys of the explorer', () => {
  it('finds the schema\'s connections', () => {
    expect(connections.map((c) => `${c.type}.${c.field}`)).toContain('Company.facts');
    expect(connections.length).toBeGreaterThan(8);
  });

  it.each(connections.map((c) => [`${c.type}.${c.field}`, c] as const))('keys %s by every argument that changes the list', (_name, { type, field, args }) => {
    const policy = policies[type]?.fields?.[field];
    expect(policy, `${type}.${field} has no field policy: its pages would not merge`).toBeDefined();
    // relayStylePagination(keyArgs) keeps its key arguments on the policy; Apollo reads them as such.
    const keyed = policy!.keyArgs;
    const wanted = args.filter((a) => !PAGINATION.has(a));
    if (keyed === false) expect(wanted, `${type}.${field} is keyed by nothing`).toEqual([]);
    else expect(Array.isArray(keyed) ? [...keyed].sort() : keyed).toEqual(wanted.sort());
  });

  it('keeps facts as of a date apart from today\'s in a real cache', () => {
    const cache = createCache();
    const query = gql`
      query ($asOf: Date) {
        company(ticker: "X") {
          id
          facts(first: 1, filter: { unit: "USD" }, asOf: $asOf) {
            edges { cursor node { id value } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    `;
    const answer = (value: string) => ({
      company: { __typename: 'Company', id: 'c', facts: { __typename: 'FactConnection', edges: [{ __typename: 'FactEdge', cursor: 'a', node: { __typename: 'Fact', id: `f-${value}`, value } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'a' } } },
    });
    cache.writeQuery({ query, variables: { asOf: null }, data: answer('2') });
    cache.writeQuery({ query, variables: { asOf: '2023-01-01' }, data: answer('1') });
    const read = (asOf: string | null) => (cache.readQuery({ query, variables: { asOf } }) as any).company.facts.edges.map((e: any) => e.node.value);
    expect(read(null)).toEqual(['2']);
    expect(read('2023-01-01')).toEqual(['1']);
  });
});
