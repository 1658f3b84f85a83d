import { describe, expect, it } from 'vitest';
import { embeddedGraph, execute } from '../helpers.js';

const CONTRACT = `{ company(ticker: "QFIN") { lineItems { label statement parent { label } footnotes { number text } facts { value unit period { startDate endDate } } } } }`;

describe('the contract query', () => {
  it('returns every line item of the company in one list, with exact facts', async () => {
    const result = await execute(CONTRACT);
    expect(result.errors).toBeUndefined();
    const items = result.data!.company.lineItems as any[];
    const company = embeddedGraph().companies[0];
    expect(items).toHaveLength(company.lineItems.length);
    expect(items.map((i) => i.label)).toEqual(company.lineItems.map((i) => i.label));
    const facts = items.flatMap((i) => i.facts);
    expect(facts).toHaveLength(company.lineItems.reduce((n, i) => n + i.facts.length, 0));
    for (const fact of facts) {
      expect(fact.value).toMatch(/^-?\d+(\.\d+)?$/);
      expect(typeof fact.unit).toBe('string');
      expect(fact.period.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('serves instants with a null startDate and durations with both dates', async () => {
    const result = await execute(CONTRACT);
    const items = result.data!.company.lineItems as any[];
    const balance = items.filter((i) => i.statement === 'BALANCE_SHEET').flatMap((i) => i.facts);
    expect(balance.length).toBeGreaterThan(0);
    for (const f of balance) expect(f.period.startDate).toBeNull();
    const operations = items.filter((i) => i.statement === 'INCOME_STATEMENT').flatMap((i) => i.facts);
    expect(operations.length).toBeGreaterThan(0);
    for (const f of operations) expect(f.period.startDate < f.period.endDate).toBe(true);
  });

  it('links a row to its printed parent', async () => {
    const result = await execute(CONTRACT);
    const items = result.data!.company.lineItems as any[];
    const cash = items.find((i) => i.label === 'Cash and cash equivalents');
    expect(cash.parent).toEqual({ label: 'Current assets:' });
    expect(items.find((i) => i.label === 'ASSETS').parent).toBeNull();
  });
});

describe('company lookup', () => {
  it('finds the company by either listing, case-insensitively', async () => {
    for (const ticker of ['QFIN', 'qfin', '3660', ' Qfin ']) {
      const result = await execute('query ($t: String!) { company(ticker: $t) { name legalName listings { ticker exchange security { kind } } } }', { t: ticker });
      expect(result.errors).toBeUndefined();
      expect(result.data!.company.legalName).toBe('Qifu Technology, Inc.');
    }
  });

  it('returns null for an unknown ticker', async () => {
    const result = await execute('{ company(ticker: "NOPE") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.company).toBeNull();
  });

  it('lists all companies', async () => {
    const result = await execute('{ companies { totalCount nodes { name } } }');
    expect(result.data!.companies.totalCount).toBe(embeddedGraph().companies.length);
    expect(result.data!.companies.nodes.map((c: any) => c.name)).toEqual(embeddedGraph().companies.map((c) => c.name));
  });

  it('knows the ADS ratio from the securities', async () => {
    const result = await execute('{ company(ticker: "QFIN") { securities { kind underlyingPerUnit underlying { kind shareClass } listings { ticker } } } }');
    const ads = result.data!.company.securities.find((s: any) => s.kind === 'ADS');
    expect(ads).toEqual({ kind: 'ADS', underlyingPerUnit: '2', underlying: { kind: 'ORDINARY_SHARE', shareClass: 'A' }, listings: [{ ticker: 'QFIN' }] });
  });
});

describe('global IDs', () => {
  it('refetches any object by its id', async () => {
    const first = await execute('{ company(ticker: "QFIN") { id lineItems { id label facts { id value } } } }');
    const item = first.data!.company.lineItems[2];
    const fact = item.facts[0];
    const again = await execute(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on LineItem { label } ... on Fact { value } ... on Company { name } } }',
      { ids: [item.id, fact.id, first.data!.company.id, 'bm9wZTpub3Bl'] },
    );
    expect(again.data!.nodes).toEqual([
      { __typename: 'LineItem', id: item.id, label: item.label },
      { __typename: 'Fact', id: fact.id, value: fact.value },
      { __typename: 'Company', id: first.data!.company.id, name: 'Qifu Technology' },
      null,
    ]);
  });
});
