import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { execute } from '../helpers.js';
import { FIXTURES } from '../xbrl/helpers.js';

/** The curated release and the fixture filing (Acme's 10-K, with a geographic and a class-of-stock member). */
let graph: Graph;
beforeAll(() => {
  graph = loadGraph(undefined, join(FIXTURES, 'basic'));
});

const run = (query: string, variables?: Record<string, unknown>) => execute(query, variables, graph) as Promise<any>;
const acmeFacts = () => graph.companyByTicker('ACME')!.lineItems.flatMap((i) => i.facts);

describe('facts by dimensions', () => {
  const q = `query ($d: [DimensionFilter!]) { company(ticker: "ACME") { facts(first: 100, filter: { dimensions: $d }) { totalCount nodes { dimensions { axis member } } } } }`;

  it('answers totals only for `dimensions: []`, and the rest has dimensions', async () => {
    const all = (await run(q)).data.company.facts;
    const totals = (await run(q, { d: [] })).data.company.facts;
    expect(totals.nodes.every((f: any) => f.dimensions.length === 0)).toBe(true);
    const dimensional = acmeFacts().filter((f) => f.dimensions.length > 0).length;
    expect(dimensional).toBeGreaterThan(0);
    expect(totals.totalCount).toBe(all.totalCount - dimensional);
  });

  it('answers one axis/member pair exactly, on a company, a disclosure and a line item', async () => {
    const pair = { axis: 'srt:StatementGeographicalAxis', member: 'acme:EuropeMember' };
    const expected = acmeFacts().filter((f) => f.dimensions.length === 1 && f.dimensions[0].axis === pair.axis && f.dimensions[0].member === pair.member);
    expect(expected.length).toBeGreaterThan(0);
    const company = (await run(q, { d: [pair] })).data.company.facts;
    expect(company.totalCount).toBe(expected.length);
    expect(company.nodes.every((f: any) => f.dimensions.length === 1 && f.dimensions[0].member === pair.member)).toBe(true);
    const disclosure = await run(`query ($d: [DimensionFilter!]) { company(ticker: "ACME") { disclosures(first: 1) { nodes { facts(filter: { dimensions: $d }) { totalCount } } } } }`, { d: [pair] });
    expect(disclosure.data.company.disclosures.nodes[0].facts.totalCount).toBe(expected.length);
    const item = expected[0].lineItem;
    const onItem = await run(`query ($d: [DimensionFilter!]) { company(ticker: "ACME") { lineItems { label facts(filter: { dimensions: $d }) { value } } } }`, { d: [pair] });
    const row = onItem.data.company.lineItems.find((i: any) => i.label === item.label);
    expect(row.facts.map((f: any) => f.value)).toEqual(item.facts.filter((f) => expected.includes(f)).map((f) => f.value));
    // A member on another axis than its own matches nothing.
    expect((await run(q, { d: [{ axis: 'gaap:StatementClassOfStockAxis', member: pair.member }] })).data.company.facts.totalCount).toBe(0);
  });
});

describe('disclosures by form', () => {
  const q = `query ($form: String) { company(ticker: "ACME") { disclosures(filter: { form: $form }) { totalCount nodes { form } } } }`;

  it('answers the filings of a form as SEC writes it', async () => {
    const tenK = (await run(q, { form: '10-K' })).data.company.disclosures;
    expect(tenK.totalCount).toBe(1);
    expect(tenK.nodes[0].form).toBe('10-K');
  });

  it('refuses a form nothing has, or one written otherwise, with BAD_USER_INPUT', async () => {
    for (const form of ['10-Q', '10-k', '10K']) {
      const result = await run(q, { form });
      expect(result.errors, form).toHaveLength(1);
      expect(result.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.form' });
      expect(result.errors[0].message).toContain('10-K');
      // The error is the field's: the company is still answered.
      expect(result.data.company).not.toBeNull();
    }
  });
});

describe('units as SEC writes them', () => {
  it('answers "USD" and "USD/shares" facts, and refuses "usd" with a suggestion, not an empty answer', async () => {
    const q = `query ($unit: String) { company(ticker: "ACME") { name facts(filter: { unit: $unit }) { totalCount } } }`;
    for (const unit of ['USD', 'USD/shares', 'shares']) {
      const expected = acmeFacts().filter((f) => f.unit === unit).length;
      const result = await run(q, { unit });
      expect(result.errors, unit).toBeUndefined();
      if (unit !== 'shares') expect(expected, unit).toBeGreaterThan(0);
      expect(result.data.company.facts.totalCount, unit).toBe(expected);
    }
    const result = await run(q, { unit: 'usd' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.unit' });
    expect(result.errors[0].message).toMatch(/did you mean "USD"\?/);
    expect(result.errors[0].path).toEqual(['company', 'facts']);
    // The refusal nulls `facts` only: the company and its other fields are answered.
    expect(result.data.company).toEqual({ name: 'Acme Widgets, Inc.', facts: null });
  });

  it('contains a refused unit inside a list to each item\'s field, reported once', async () => {
    const result = await run('{ company(ticker: "QFIN") { name lineItems { label facts(unit: "usd") { value } } concept(name: "qfin:TotalAssets") { name } } }');
    const items = result.data.company.lineItems;
    expect(result.data.company.name).toBe('Qifu Technology');
    expect(result.data.company.concept.name).toBe('qfin:TotalAssets');
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i: any) => i.label && i.facts === null)).toBe(true);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'unit', occurrences: items.length });
  });

  it('refuses an unknown unit on a series too', async () => {
    const result = await run('{ company(ticker: "ACME") { name concepts { name series(frequency: ANNUAL, unit: "Usd") { value } } } }');
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.data.company.name).toBe('Acme Widgets, Inc.');
  });
});
