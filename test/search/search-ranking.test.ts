import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { isScaffolding, searchIndex } from '../../src/domain/search/search-index.js';
import { execute } from '../helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';

if (!sharedExists) console.warn(`Skipping search over SEC filings: ${SHARED_XBRL} is absent (../shared is developer and CI data).`);

const SEARCH = `query ($q: String!) {
  search(query: $q, first: 50) {
    totalCount didYouMean company { name }
    nodes { __typename ... on LineItem { key label printedLabel statement company { name } latestFact { value unit period { label endDate } } } }
  }
}`;

describe('company(ticker:) with a mistyped ticker', () => {
  it('answers null with a NOT_FOUND error listing the nearest tickers', async () => {
    const result = await execute('{ company(ticker: "QFNI") { name } }');
    expect(result.data?.company).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'ticker', didYouMean: ['QFIN'] });
    expect(result.errors?.[0].message).toContain('"QFIN"');
  });

  it('answers null without an error for a ticker near none', async () => {
    const result = await execute('{ company(ticker: "ZZZZZZ") { name } }');
    expect(result.data?.company).toBeNull();
    expect(result.errors).toBeUndefined();
  });
});

describe('search over the curated release', () => {
  it('corrects a typo and says how', async () => {
    const typed = await execute(SEARCH, { q: 'delinquncy' });
    expect(typed.data!.search.didYouMean).toBe('delinquency');
    const exact = await execute(SEARCH, { q: 'delinquency' });
    expect(typed.data!.search.totalCount).toBe(exact.data!.search.totalCount);
    expect(exact.data!.search.didYouMean).toBeNull();
  });

  it('gives a line item\'s latest figure: the latest period, total, reporting currency', async () => {
    const result = await execute(SEARCH, { q: 'total net revenue' });
    const item = result.data!.search.nodes.find((n: any) => n.key === 'total-net-revenue');
    expect(item.latestFact).toEqual({ value: '4160063000', unit: 'CNY', period: { label: 'Q2 2024', endDate: '2024-06-30' } });
  });
});

describe.skipIf(!sharedExists)('search over the six SEC filings', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = loadGraph(undefined, SHARED_XBRL);
  }, 60_000);

  const run = (q: string) => execute(SEARCH, { q }, graph);

  it('"apple net sales" narrows to Apple and lists its Net sales first, with its latest value', async () => {
    const result = await run('apple net sales');
    expect(result.errors).toBeUndefined();
    const { company, nodes } = result.data!.search;
    expect(company.name).toBe('Apple Inc.');
    expect(nodes.every((n: any) => n.__typename !== 'LineItem' || n.company.name === 'Apple Inc.')).toBe(true);
    expect(nodes[0]).toMatchObject({ key: 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', printedLabel: 'Net sales', statement: 'INCOME_STATEMENT' });
    // The 10-K 2023's net sales (its income statement prints 383,285 in millions).
    expect(nodes[0].latestFact).toMatchObject({ value: '383285000000', unit: 'USD', period: { endDate: '2023-09-30' } });
  });

  it('a ticker narrows too, and a mistyped company name is corrected', async () => {
    const byTicker = await run('AAPL net sales');
    expect(byTicker.data!.search.nodes[0].key).toBe('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax');
    const typo = await run('appel net salse');
    expect(typo.data!.search.didYouMean).toBe('apple net sales');
    expect(typo.data!.search.nodes[0]).toMatchObject({ printedLabel: 'Net sales', company: { name: 'Apple Inc.' } });
  });

  it('never returns XBRL scaffolding, and ranks statement rows before detail rows', async () => {
    for (const q of ['revenue', 'net sales', 'segment', 'income taxes']) {
      const { nodes } = (await run(q)).data!.search;
      const items = nodes.filter((n: any) => n.__typename === 'LineItem');
      for (const n of items) expect(`${n.label} ${n.key}`, q).not.toMatch(/\[(Table|Axis|Member|Domain|Line Items|Text Block|Abstract)\]|(Table|Axis|Member|Domain|LineItems|TextBlock|Abstract)$/);
    }
    const { nodes } = (await run('net sales')).data!.search;
    const tiers = nodes.filter((n: any) => n.__typename === 'LineItem').map((n: any) => (['DETAILS', 'NOTES', 'TABLES', 'POLICIES', 'OTHER'].includes(n.statement) ? 1 : 0));
    expect(tiers[0]).toBe(0);
    // The index never holds scaffolding, whatever the query.
    const scaffolding = graph.companies.flatMap((c) => c.lineItems).filter(isScaffolding);
    expect(scaffolding.length).toBeGreaterThan(100);
    const index = searchIndex(graph);
    for (const item of scaffolding.slice(0, 50)) expect(index.search(item.name).hits).not.toContain(item);
  });

  it('a mistyped ticker in the API lists the nearest', async () => {
    const result = await execute('{ company(ticker: "APPL") { name } }', undefined, graph);
    expect(result.data?.company).toBeNull();
    expect(result.errors?.[0].extensions?.didYouMean).toEqual(['AAPL']);
  });
});
