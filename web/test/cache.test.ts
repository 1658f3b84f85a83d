import { readFileSync } from 'node:fs';
import { InMemoryCache, type DocumentNode } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { buildSchema, isInterfaceType, isUnionType, print } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache } from '../src/apollo.js';
import generated from '../src/generated/possible-types.js';
import { CompanyLatestMetricsDocument, CompanyMetricSeriesDocument, CompanyOverviewDocument, KeyMetricsDocument, LineItemBalancesDocument, LineItemSeriesDocument, QuotesDocument, SearchDocument, StatementTableDocument, TraceFactDocument } from '../src/generated/graphql.js';
import { queryGraph } from './query-graph.js';
import { loadDevMessages } from '@apollo/client/dev';
import { __DEV__ } from '@apollo/client/utilities/environment';

// Apollo Client warns only in development; Node resolves its production build unless told.
vi.hoisted(() => {
  (globalThis as { __DEV__?: boolean }).__DEV__ = true;
});

interface Written {
  query: DocumentNode;
  variables: Record<string, unknown>;
  data: any;
}

/** Real answers to the app's queries, as the views would receive them. */
function answers(): { tables: Written[]; views: Written[] } {
  const [list] = queryGraph<any>([{ query: '{ company(ticker: "QFIN") { disclosures(first: 1) { nodes { statements { id } } } lineItems(statement: NON_GAAP_RECONCILIATION) { id label facts { id } } balances: lineItems(statement: BALANCE_SHEET) { id } } }' }]);
  const tableIds: string[] = list.data.company.disclosures.nodes[0].statements.map((t: any) => t.id);
  // A formula measure: its trace selects more of its definition than a search result does.
  const measure = list.data.company.lineItems.find((i: any) => i.label === 'Non-GAAP net income');
  const factId: string = measure.facts[0].id;
  const ops: Omit<Written, 'data'>[] = [
    ...tableIds.map((id) => ({ query: StatementTableDocument, variables: { id } })),
    { query: CompanyOverviewDocument, variables: { ticker: 'QFIN' } },
    { query: TraceFactDocument, variables: { id: factId } },
    { query: SearchDocument, variables: { query: 'non-GAAP net income', first: 20 } },
    { query: KeyMetricsDocument, variables: { ticker: 'QFIN' } },
    { query: QuotesDocument, variables: { ticker: 'QFIN' } },
    // The trace's chart: a flow's series, a balance's facts.
    { query: LineItemSeriesDocument, variables: { id: measure.id, frequency: 'QUARTERLY', unit: 'CNY' } },
    { query: LineItemBalancesDocument, variables: { id: list.data.company.balances[1].id, unit: 'CNY' } },
    // The company page's standard metrics and the compare view's series.
    { query: CompanyLatestMetricsDocument, variables: { ticker: 'QFIN' } },
    { query: CompanyMetricSeriesDocument, variables: { ticker: 'QFIN', metrics: ['REVENUE'], frequency: 'QUARTERLY', ttm: false } },
    { query: CompanyMetricSeriesDocument, variables: { ticker: 'QFIN', metrics: ['REVENUE', 'FREE_CASH_FLOW', 'NET_INCOME'], frequency: 'ANNUAL', ttm: false } },
    { query: CompanyMetricSeriesDocument, variables: { ticker: 'QFIN', metrics: ['REVENUE'], frequency: 'QUARTERLY', ttm: true } },
  ];
  // As the client sends them: Apollo adds __typename to every selection, and normalizes by it.
  const results = queryGraph<any>(ops.map((o) => ({ query: print(addTypenameToDocument(o.query)), variables: o.variables })));
  const written = ops.map((o, i) => {
    expect(results[i].errors, print(o.query).slice(0, 40)).toBeUndefined();
    return { ...o, data: results[i].data };
  });
  return { tables: written.slice(0, tableIds.length), views: written.slice(tableIds.length) };
}

describe("the explorer's Apollo cache", () => {
  let tables: Written[];
  let views: Written[];
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  beforeAll(() => {
    ({ tables, views } = answers());
  });
  afterEach(() => {
    warn.mockClear();
    error.mockClear();
  });

  it('runs Apollo Client in development mode, where it warns', () => {
    expect(__DEV__).toBe(true);
  });

  it('has possibleTypes for every interface and union of the committed schema', () => {
    const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    const abstract = Object.values(schema.getTypeMap()).filter((t) => isInterfaceType(t) || isUnionType(t));
    expect(Object.keys(generated.possibleTypes).sort()).toEqual(abstract.map((t) => t.name).sort());
    for (const type of abstract) {
      const members = isUnionType(type) ? type.getTypes() : schema.getImplementations(type).objects;
      expect([...generated.possibleTypes[type.name as keyof typeof generated.possibleTypes]].sort()).toEqual(members.map((m) => m.name).sort());
    }
  });

  it('keeps the columns of different tables apart (their keys repeat across tables; their ids do not)', () => {
    const cache = createCache();
    for (const t of tables) cache.writeQuery(t);
    const keys = tables.flatMap((t) => t.data.node.columns.map((c: any) => c.key));
    expect(new Set(keys).size).toBeLessThan(keys.length);
    for (const t of tables) expect(cache.readQuery({ query: t.query, variables: t.variables })).toEqual(t.data);
    const columnEntries = Object.keys(cache.extract()).filter((k) => k.startsWith('StatementColumn:'));
    expect(columnEntries).toHaveLength(keys.length);
  });

  it('takes every view in any order without losing data or warning', () => {
    for (const order of [views, [...views].reverse()]) {
      const cache = createCache();
      for (const v of order) cache.writeQuery(v);
      for (const v of order) {
        const diff = cache.diff({ query: v.query, variables: v.variables, optimistic: false, returnPartialData: false });
        expect(diff.complete, `${print(v.query).slice(0, 40)} complete after every write`).toBe(true);
      }
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('needs its type policies: a cache without them warns that data may be lost', () => {
    loadDevMessages();
    for (const order of [views, [...views].reverse()]) {
      const plain = new InMemoryCache({ possibleTypes: generated.possibleTypes });
      for (const v of order) plain.writeQuery(v);
    }
    expect(warn.mock.calls.flat().join('\n')).toMatch(/Cache data may be lost/);
  });
});
