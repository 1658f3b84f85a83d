import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, parse, print, Source, specifiedRules, TokenKind, validate, visit, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { WORKLOADS } from '../../bench/workloads.js';
import { getSchema } from '../../src/graphql/build-schema.js';
import { LIMIT_VALIDATION_RULES, LIMITS } from '../../src/graphql/limits/limits.js';
import { listSizeRule } from '../../src/graphql/limits/list-size.js';
import { MAX_NODE_IDS } from '../../src/graphql/pagination/page-size.js';
import { startServer } from '../../src/server/start-server.js';
import { embeddedGraph, execute } from '../helpers.js';

const root = new URL('../../', import.meta.url).pathname;

/** Every operation a client of ours sends: the README's, the bench's, the explorer's and the typed client's. */
function operations(): [string, DocumentNode][] {
  const docs: [string, string][] = [];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const m of readme.matchAll(/```graphql(?: filings)?\n([\s\S]*?)```/g)) docs.push([`README: ${m[1].split('\n')[0]}`, m[1]]);
  for (const w of WORKLOADS) docs.push([`bench workload ${w.name}`, w.query]);
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.graphql') ? [join(dir, e.name)] : []));
  for (const file of [...walk(join(root, 'web/src')), join(root, 'client/operations.graphql')]) docs.push([file.slice(root.length), readFileSync(file, 'utf8')]);
  const out: [string, DocumentNode][] = [];
  for (const [name, text] of docs) {
    const doc = parse(text);
    const fragments = doc.definitions.filter((d) => d.kind === 'FragmentDefinition');
    for (const def of doc.definitions) if (def.kind === 'OperationDefinition') out.push([`${name} ${def.name?.value ?? ''}`, { ...doc, definitions: [def, ...fragments] }]);
  }
  return out;
}

function estimate(doc: DocumentNode): number {
  let found = 0;
  validate(getSchema(), doc, [listSizeRule({ maxObjects: 0, onReject: (_c, e) => (found = Number(/estimated at ([\d,]+)/.exec(e.message)![1].replace(/,/g, ''))) })]);
  return found;
}

describe('the estimated size of an answer', () => {
  it('leaves every operation our clients send at least 3× headroom under the limit', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(30);
    for (const [name, doc] of all) expect(estimate(doc) * 3, name).toBeLessThanOrEqual(LIMITS.maxObjects);
  });

  it('refuses lists of lists that grow with the data, before executing them', async () => {
    const everything = '{ companies { nodes { lineItems { facts { value revisions { value } checks { name } } } } } }';
    expect(estimate(parse(everything))).toBeGreaterThan(LIMITS.maxObjects);
    const result = await execute(everything);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' } });
    expect(result.errors?.[0].message).toMatch(/estimated at [\d,]+ objects, over the limit of 5,000,000/);
  });

  it('counts a company\'s standard-metric lists by the figures their arguments ask for, and refuses too many before executing them', async () => {
    const one = (field: string) => estimate(parse(`{ company(ticker: "AAPL") { ${field} { value } } }`));
    const quarters = one('metrics(metrics: [REVENUE], frequency: QUARTERLY)');
    // Up to 25 years of quarters per metric, a quarter of that in years; each metric asked for once.
    expect(quarters).toBeGreaterThanOrEqual(100);
    expect(one('metrics(metrics: [REVENUE, NET_INCOME, REVENUE], frequency: QUARTERLY)') - 1).toBe(2 * (quarters - 1));
    expect(one('metrics(metrics: [REVENUE], frequency: ANNUAL)') - 1).toBe((quarters - 1) / 4);
    expect(one('metric(metric: REVENUE, frequency: QUARTERLY)')).toBe(quarters);
    // A TTM window per quarter; metrics in a variable count as the whole vocabulary.
    expect(one('ttmSeries(metrics: [REVENUE])')).toBe(quarters);
    const vocabulary = (await execute('{ standardMetrics { metric } }')).data!.standardMetrics.length;
    expect(estimate(parse('query ($m: [StandardMetric!]!) { company(ticker: "AAPL") { ttmSeries(metrics: $m) { value } } }')) - 1).toBe(vocabulary * (quarters - 1));
    // The latest figure of every metric of the vocabulary (two currencies at most).
    expect(one('latestMetrics') - 1).toBe(2 * vocabulary);
    // Every metric's quarters with their inputs, for a page of companies: millions of objects.
    const all = '[REVENUE, COST_OF_REVENUE, GROSS_PROFIT, OPERATING_INCOME, NET_INCOME, EPS_BASIC, EPS_DILUTED, SHARES_OUTSTANDING, TOTAL_ASSETS, TOTAL_LIABILITIES, EQUITY, CASH, OPERATING_CASH_FLOW, CAPITAL_EXPENDITURE, FREE_CASH_FLOW, DIVIDENDS_PER_SHARE]';
    const flows = '[REVENUE, COST_OF_REVENUE, GROSS_PROFIT, OPERATING_INCOME, NET_INCOME, OPERATING_CASH_FLOW, CAPITAL_EXPENDITURE, FREE_CASH_FLOW]';
    const figure = 'value period { label } fact { disclosure { form } }';
    const tooMany = `{ companies(first: 100) { nodes { metrics(metrics: ${all}, frequency: QUARTERLY) { ${figure} inputs { figure { ${figure} } } } ttmSeries(metrics: ${flows}) { quarters { value period { label } } } latestMetrics { value } } } }`;
    expect(estimate(parse(tooMany))).toBeGreaterThan(LIMITS.maxObjects);
    const result = await execute(tooMany);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_COST' } });
  });

  it('counts a connection by its page and a fragment on every use', () => {
    const small = estimate(parse('{ companies(first: 1) { nodes { lineItems { label } } } }'));
    const large = estimate(parse('{ companies(first: 10) { nodes { lineItems { label } } } }'));
    expect(large).toBeGreaterThan(small * 9);
    const viaFragment = estimate(parse('{ companies(first: 10) { nodes { ...F } } } fragment F on Company { lineItems { label } }'));
    expect(viaFragment).toBe(large);
  });
});

/** `fragment F0 on Query { ...F1 ...F1 }` … `depth` levels: 2^depth paths through a few hundred bytes. */
function doubleSpreads(depth: number): string {
  let doc = '{ ...F0 }\n';
  for (let i = 0; i < depth; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${depth} on Query { companies { totalCount } }`;
}

/** Selections (fields, spreads, inline fragments) written in a document. */
function selectionsIn(doc: DocumentNode): number {
  let n = 0;
  visit(doc, { Field: () => void n++, FragmentSpread: () => void n++, InlineFragment: () => void n++ });
  return n;
}

describe('the answer-size rule\'s own work', () => {
  it('walks each fragment once: 40 nested double spreads cost a few steps per selection, and are refused', () => {
    const doc = parse(doubleSpreads(40));
    const seen: { objects: number; steps: number }[] = [];
    let refusedWith = '';
    const errors = validate(getSchema(), doc, [listSizeRule({ maxObjects: LIMITS.maxObjects, onReject: (_c, e) => (refusedWith = e.message), onEstimate: (e) => seen.push(e) })]);
    expect(errors).toHaveLength(0); // onReject reports nothing itself here
    expect(seen).toHaveLength(1);
    // 2^40 copies of a 20-company page: the estimate is exact, the work is not exponential.
    expect(seen[0].objects).toBe(2 ** 40 * 20);
    expect(seen[0].steps).toBeLessThanOrEqual(selectionsIn(doc));
    expect(refusedWith).toMatch(/over the limit of 5,000,000/);
  });

  it('does not run on a document another rule has refused', () => {
    const seen: unknown[] = [];
    const rule = listSizeRule({ maxObjects: LIMITS.maxObjects, onReject: () => {}, onEstimate: (e) => seen.push(e) });
    // An unknown field: graphql-js refuses it; the estimate is never made.
    expect(validate(getSchema(), parse('{ companies { nodes { price } } }'), [...specifiedRules, rule]).length).toBeGreaterThan(0);
    // 40 nested double spreads: the depth and cost rules refuse them first.
    const errors = validate(getSchema(), parse(doubleSpreads(40)), [...specifiedRules, ...LIMIT_VALIDATION_RULES.slice(0, -1), rule]);
    expect(errors.map((e) => e.extensions.limit)).toContain('MAX_DEPTH');
    expect(seen).toHaveLength(0);
    validate(getSchema(), parse('{ companies { totalCount } }'), [...specifiedRules, rule]);
    expect(seen).toHaveLength(1);
  });

  it('refuses 40 nested double spreads over HTTP while /health keeps answering', async () => {
    const server = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: null, responseCacheBytes: 0 });
    try {
      const attack = fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: doubleSpreads(40) }) });
      const health = await fetch(server.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
      const res = await attack;
      expect(res.status).toBe(400);
      const body: any = await res.json();
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await server.stop();
    }
  });

  it('counts `nodes(ids:)` by the IDs it is given, repeated ones included', () => {
    const id = 'Q29tcGFueTpxaWZ1LXRlY2hub2xvZ3k';
    const one = estimate(parse(`{ nodes(ids: ["${id}"]) { ... on Company { lineItems { label } } } }`));
    const many = estimate(parse(`{ nodes(ids: [${`"${id}" `.repeat(60)}]) { ... on Company { lineItems { label } } } }`));
    expect(many).toBe(one * 60);
    const variable = estimate(parse(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Company { lineItems { label } } } }`));
    expect(variable).toBe(one * MAX_NODE_IDS);
  });
});

describe('the token limit', () => {
  it('leaves every operation our clients send 3× headroom', () => {
    for (const [name, doc] of operations()) {
      const tokens = new Lexer(new Source(print(doc)));
      let n = 0;
      while (tokens.advance().kind !== TokenKind.EOF) n++;
      expect(n * 3, name).toBeLessThanOrEqual(LIMITS.maxTokens);
    }
  });
});
