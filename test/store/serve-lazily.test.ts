import { readFileSync } from 'node:fs';
import { connect, createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Kind, parse, print, visit, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { getSchema } from '../../src/graphql/build-schema.js';
import { isoDate, type Context } from '../../src/graphql/context.js';
import { servedFromRows } from '../../src/graphql/search/search-row.js';
import { createApollo } from '../../src/server/create-apollo.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { saveCatalogCounts } from '../../src/store/catalog.js';
import { BYTES_PER_FACT } from '../../src/store/company-graphs.js';
import { SearchCache } from '../../src/store/search-cache.js';
import { words } from '../../src/domain/line-item-search.js';
import type { SearchableType } from '../../src/domain/search/search-index.js';
import { completionsOf, selectAll, selectEarly, selectSearch } from '../../src/store/search-sql.js';
import { followStore, StoreServing } from '../../src/server/serve-store.js';
import type { Store } from '../../src/store/open-store.js';
import { startServer } from '../../src/server/start-server.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql(?: filings)?\n([\s\S]*?)```/g)].map((m) => m[1]);

if (!sharedExists) console.warn(`Skipping serving the store lazily over the SEC filings: ${SHARED_XBRL} is absent.`);

const apollo = createApollo();
async function run(query: string, context: Omit<Context, 'today'>, variables?: Record<string, unknown>): Promise<string> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: { ...context, today: isoDate(new Date()) } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify(response.body.singleResult);
}

/** An operation of the explorer's (web/src/operations.graphql) with the fragments it uses, as the explorer sends it. */
function explorerOperation(name: string): string {
  const document = parse(readFileSync(new URL('../../web/src/operations.graphql', import.meta.url), 'utf8'));
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name)!;
  const used = new Set<string>();
  const spreads = (node: unknown) =>
    visit(node as never, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        spreads(fragments.get(spread.name.value));
      },
    });
  spreads(operation);
  return [operation, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join('\n');
}

/** The shared filings loaded from files, once for the file. */
let fromFiles: Graph | undefined;
const wholeFromFiles = () => (fromFiles ??= loadGraph(undefined, SHARED_XBRL));

/** The shared filings ingested once for the file (the first test that needs them does it). */
let ingested: Promise<{ url: string; pool: pg.Pool }> | undefined;
function storeOfSharedFilings(): Promise<{ url: string; pool: pg.Pool }> {
  return (ingested ??= testDatabase().then(async (db) => {
    await ingestFilings(db.pool, SHARED_XBRL);
    return db;
  }));
}

describe.skipIf(!sharedExists)('serving the store with company graphs loaded on first use', () => {
  it('answers every README query and frame as the whole graph loaded from files does, loading only the companies asked for', async () => {
    const { pool } = await storeOfSharedFilings();
    // The first start derives the catalog (building each company once), and keeps what fits in the cache.
    const first = await StoreServing.open(pool, { filingsDir: null });
    expect((await first.snapshot()).refreshed.sort()).toEqual(['0000320193', '0001065280', '0001318605']);

    // A later start reads the catalog only: no company graph is built before the first query.
    const serving = await StoreServing.open(pool, { filingsDir: null });
    const { source, refreshed, served: { health } } = await serving.snapshot();
    expect(refreshed).toEqual([]);
    expect(serving.graphs.stats().graphs).toBe(0);
    expect(source.companyRefs().map((r) => r.id)).toEqual(['qifu-technology', 'cik-0000320193', 'cik-0001065280', 'cik-0001318605']);

    // Concurrent first requests for one company share one build.
    const [a, b] = await Promise.all([source.companyByTicker('AAPL'), source.companyByTicker('aapl', '2024-01-01')]);
    expect(a).toBe(b);
    expect(serving.graphs.stats().graphs).toBe(1);

    const whole = wholeFromFiles();
    // /health counts what loading from files counts, from the catalog's rows (summed in SQL), with no company built for it.
    const counted = (body: Record<string, unknown>) => ({ companies: body.companies, disclosures: body.disclosures, facts: body.facts, checks: body.checks });
    const disclosures = whole.companies.flatMap((c) => c.disclosures);
    const checks = disclosures.flatMap((d) => d.checks);
    // As /health over files counts them (served.ts), counted here rather than by servedGraph, which also hashes the whole graph (1.3 s).
    const filesCounts = { companies: whole.companies.length, disclosures: disclosures.length, facts: disclosures.reduce((n, d) => n + d.facts.length, 0), checks: { total: checks.length, failed: checks.filter((c) => c.status === 'FAIL').length } };
    expect(filesCounts.disclosures).toBeGreaterThan(6);
    expect(counted(health())).toEqual(filesCounts);
    expect(serving.graphs.stats().graphs).toBe(1);
    // A store whose rows were derived before their counts (migration 0080): start-up does not wait for them; they are derived
    // after it, in the background, without filling the cache, and /health says how many are pending meanwhile.
    await pool.query("update company_catalog set disclosure_count = null, check_count = null, failed_check_count = null where company_cik = '0001065280'");
    const older = await StoreServing.open(pool, { filingsDir: null });
    const olderSnapshot = await older.snapshot();
    expect(olderSnapshot.refreshed).toEqual([]);
    expect(olderSnapshot.served.health()).toMatchObject({ disclosures: null, checks: null, countsPending: 1, facts: filesCounts.facts });
    await older.countsDerived();
    expect(counted(olderSnapshot.served.health())).toEqual(filesCounts);
    expect(olderSnapshot.served.health().countsPending).toBeUndefined();
    expect(older.graphs.stats().graphs).toBe(0);
    // Rows of the same documents (a copy under another CIK, as the bench's store at scale holds) are counted with the first, without another build.
    await pool.query("create temp table copy as select * from company_catalog where company_cik = '0001065280'; update copy set company_cik = '0009999999', disclosure_count = null; insert into company_catalog select * from copy; drop table copy");
    const [netflix] = (await pool.query("select digest, disclosure_count, check_count, failed_check_count from company_catalog where company_cik = '0001065280'")).rows;
    expect(await saveCatalogCounts(pool, '0001065280', netflix.digest, { disclosures: netflix.disclosure_count, checks: netflix.check_count, failedChecks: netflix.failed_check_count })).toEqual(['0001065280', '0009999999']);
    expect(await saveCatalogCounts(pool, '0001065280', 'another digest', { disclosures: 0, checks: 0, failedChecks: 0 })).toEqual([]);
    await pool.query("delete from company_catalog where company_cik = '0009999999'");

    // Frames: picked in SQL, ordered and paged on the picks, the page's facts read from their companies' graphs.
    const frames = [
      '{ frame(concept: "us-gaap:NetIncomeLoss", period: "CY2023", unit: "USD") { totalCount nodes { value frame distanceDays company { name } fact { id } period { id } } } }',
      '{ frame(concept: "us-gaap:Assets", period: "CY2023Q3I", unit: "USD", orderBy: { field: VALUE, direction: DESC }, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id value company { cik } } } }',
      '{ frame(concept: "us-gaap:CashAndCashEquivalentsAtCarryingValue", period: "CY2024Q2I", unit: "USD") { totalCount nodes { value company { name } } } }',
    ];
    const differing: string[] = [];
    for (const query of [...examples, ...frames]) {
      const fromFiles = await run(query, { graph: whole });
      const fromStore = await run(query, { source });
      if (fromStore !== fromFiles) differing.push(`${query.split('\n')[0]}\n${fromFiles}\n${fromStore}`);
    }
    expect(differing).toEqual([]);
    // The frames answered something to compare.
    expect(JSON.parse(await run(frames[0], { source })).data.frame.totalCount).toBeGreaterThan(0);
    // Only the companies the queries named were loaded.
    expect(serving.graphs.stats().graphs).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe.skipIf(!sharedExists)('search across every company from the store\'s full-text search', () => {
  it('answers as the in-memory search does (ranks, corrections, pages), and never returns scaffolding', async () => {
    const { pool } = await storeOfSharedFilings();
    // The catalog as the file's first test derived it (derived here when this test runs alone).
    const stored = async () => Number((await pool.query('select coalesce(sum(fact_count), 0) as n from company_catalog')).rows[0].n);
    if ((await stored()) === 0) await (await StoreServing.open(pool, { filingsDir: null })).snapshot();
    const facts = await stored();
    // A cache whose half is smaller than the store: the whole graph is not built, search runs in SQL.
    const serving = await StoreServing.open(pool, { filingsDir: null, cacheBytes: Math.floor(facts * BYTES_PER_FACT * 1.5) });
    const { source } = await serving.snapshot();
    expect(await source.searchScope('net sales')).not.toBeInstanceOf(Graph);
    const whole = wholeFromFiles();
    const ask = async (args: string, context: Omit<Context, 'today'>) =>
      JSON.parse(await run(`{ search(${args}) { totalCount didYouMean company { name } pageInfo { hasNextPage endCursor } nodes { __typename ... on LineItem { id printedLabel statement company { name } latestFact { period { label } value unit } } ... on Definition { id } ... on Footnote { id } } } }`, context));
    const queries = ['query: "net sales"', 'query: "revenue", first: 40', 'query: "net slaes"', 'query: "total assets"', 'query: "delinq"', 'query: "cash equivalents", types: [LINE_ITEM], first: 5', 'query: "income", types: [FOOTNOTE, DEFINITION]', 'query: "apple net sales"', 'query: "aple net sales"', 'query: "zzzzqx"', 'query: "net s", first: 30', 'query: "operating i"'];
    const differing: string[] = [];
    for (const q of queries) {
      const fromFiles = await ask(q, { graph: whole });
      const fromStore = await ask(q, { source });
      expect(fromStore.errors, q).toBeUndefined();
      if (JSON.stringify(fromStore) !== JSON.stringify(fromFiles)) differing.push(`${q}\n${JSON.stringify(fromFiles).slice(0, 600)}\n${JSON.stringify(fromStore).slice(0, 600)}`);
    }
    expect(differing).toEqual([]);
    // Only the queries naming a company ("apple net sales", "aple net sales") loaded a graph: that company's; the others' pages were served from the rows.
    expect(serving.graphs.stats()).toMatchObject({ graphs: 1, slices: 0 });

    // The explorer's own search operation (web/src/operations.graphql), first and second pages over several companies, none in memory: from the rows, byte for byte.
    const explorer = explorerOperation('Search');
    const coldServing = await StoreServing.open(pool, { filingsDir: null, cacheBytes: Math.floor(facts * BYTES_PER_FACT * 1.5) });
    const cold = await coldServing.snapshot();
    const askExplorer = (variables: Record<string, unknown>, context: Omit<Context, 'today'>) => run(explorer, context, variables);
    for (const variables of [{ query: 'revenue', first: 20 }, { query: 'net sales', first: 20 }, { query: 'income', first: 20 }, { query: 'net slaes', first: 20 }, { query: 'delinq', first: 20 }, { query: 'cash equivalents' }]) {
      const fromFiles = await askExplorer(variables, { graph: whole });
      const fromRows = await askExplorer(variables, { source: cold.source });
      expect(JSON.parse(fromRows).errors, variables.query).toBeUndefined();
      expect(fromRows, variables.query).toBe(fromFiles);
      const page = JSON.parse(fromRows).data.search;
      if (page.pageInfo.hasNextPage) expect(await askExplorer({ ...variables, after: page.pageInfo.endCursor }, { source: cold.source })).toBe(await askExplorer({ ...variables, after: page.pageInfo.endCursor }, { graph: whole }));
    }
    const companiesOf = (page: { edges: { node: { company?: { id: string }; disclosure?: { company: { id: string } }; lineItem?: { company: { id: string } } } }[] }) =>
      new Set(page.edges.map(({ node }) => (node.company ?? node.disclosure?.company ?? node.lineItem?.company)?.id));
    expect(companiesOf(JSON.parse(await askExplorer({ query: 'revenue', first: 20 }, { source: cold.source })).data.search).size).toBeGreaterThan(1);
    expect(coldServing.graphs.stats()).toMatchObject({ graphs: 0, slices: 0 });
    // A selection beyond what the rows keep (a company's CIK) loads the hits from their graphs, with the same answer.
    const beyond = '{ search(query: "net sales", first: 3) { nodes { ... on LineItem { id company { cik } } } } }';
    expect(await run(beyond, { source: cold.source })).toBe(await run(beyond, { graph: whole }));
    expect(coldServing.graphs.stats().graphs).toBeGreaterThan(0);

    // The examples, answered from SQL where no company is named.
    const netSales = (await ask('query: "net sales", first: 5', { source })).data.search;
    expect(netSales.nodes[0]).toMatchObject({ printedLabel: 'Net sales', statement: 'INCOME_STATEMENT', company: { name: 'Apple Inc.' } });
    expect(netSales.nodes[0].latestFact.value).toMatch(/^\d+$/);
    const revenue = (await ask('query: "revenue", first: 100', { source })).data.search;
    expect(revenue.totalCount).toBeGreaterThan(0);
    expect(revenue.nodes.filter((n: { printedLabel?: string }) => /\[(Table|Axis|Text Block|Domain|Member|Line Items|Abstract)\]/.test(n.printedLabel ?? ''))).toEqual([]);
    expect((await ask('query: "net slaes", first: 1', { source })).data.search).toMatchObject({ didYouMean: 'net sales', totalCount: netSales.totalCount });
    // A second page continues the first.
    const page1 = (await ask('query: "revenue", first: 3', { source })).data.search;
    const page2 = (await ask(`query: "revenue", first: 3, after: "${page1.pageInfo.endCursor}"`, { source })).data.search;
    expect([...page1.nodes, ...page2.nodes].map((n: { id: string }) => n.id)).toEqual(revenue.nodes.slice(0, 6).map((n: { id: string }) => n.id));

    // Past the first fetch (100 stored hits): a page beyond it ranks again to its end, and the snapshot's cache of ranked hits
    // (SearchCache) answers any shorter prefix as SQL does; a cache too small to keep anything answers the same.
    const income = (await ask('query: "income", first: 100', { source })).data.search;
    expect(income.totalCount).toBeGreaterThan(150);
    const past = (await ask(`query: "income", first: 50, after: "${income.pageInfo.endCursor}"`, { source })).data.search;
    const pastFromFiles = (await ask(`query: "income", first: 50, after: "${income.pageInfo.endCursor}"`, { graph: whole })).data.search;
    expect(past).toEqual(pastFromFiles);
    expect(past.nodes.length).toBe(50);
    for (const cache of [new SearchCache(), new SearchCache(1)]) {
      for (const limit of [150, 5, 150, 400, 100]) expect(await cache.select(pool, ['income'], { limit, types: null }), `limit ${limit}`).toEqual(await selectSearch(pool, ['income'], { limit }));
    }
    expect(source.searchCache.stats().answers).toBeGreaterThan(0);

    // The walk over label postings that stops at the page (selectEarly, migration 0060) ranks as scoring every hit does, for common words
    // across pages (ties broken by label length, company and place), several words, completions and types; walked here whatever the number
    // of hits (the store is small). It gives up (null) only where its bounds cannot prove the page.
    const labels = (await pool.query("select (select count(*) from search_labels l cross join unnest(l.ords)) as labels, (select count(*) from search_ranks d cross join unnest(d.words) w where w.weights[1] = 'A') as words")).rows[0];
    expect(Number(labels.labels)).toBeGreaterThan(0);
    expect(labels.labels).toBe(labels.words);
    const decided: string[] = [];
    const cases = ['income', 'net income', 'revenue', 'expense', 'share', 'cash and cash equivalents'].flatMap((q) => [1, 20, 100].map((limit) => ({ q, limit, types: null as readonly SearchableType[] | null })));
    for (const q of ['income', 'revenue']) for (const types of [['LineItem'], ['Definition', 'Footnote']] as const) cases.push({ q, limit: 20, types });
    for (const { q, limit, types } of cases) {
      const terms = [...new Set(words(q))];
      const completions = await completionsOf(pool, terms);
      const early = completions && (await selectEarly(pool, terms, completions, types, limit, true));
      if (!early) continue;
      decided.push(`${q}/${types ?? 'all'}/${limit}`);
      expect(early, `${q} ${types} ${limit}`).toEqual(await selectAll(pool, terms, completions, types, limit));
    }
    expect(decided).toEqual(expect.arrayContaining(['income/all/1', 'income/all/20', 'income/all/100', 'net income/all/20', 'expense/all/20', 'share/all/100', 'revenue/LineItem/20']));
    expect(decided.length).toBeGreaterThan(15);

    // A cache holding one company's graph at a time: a page stops before a hit whose company would not fit with the others; the next page goes on from there.
    const largest = Math.max(...source.catalog.factCounts.values());
    const cacheBytes = Math.ceil(largest * BYTES_PER_FACT * 1.1);
    const small = (await (await StoreServing.open(pool, { filingsDir: null, cacheBytes })).snapshot()).source;
    const bytesOf = (cik: string) => (small.catalog.factCounts.get(cik) ?? 0) * BYTES_PER_FACT;
    const seen: { id: string; company: { cik: string } }[] = [];
    const lineItems = (after: string, context: Omit<Context, 'today'>) => run(`{ search(query: "revenue", types: [LINE_ITEM], first: 40${after}) { pageInfo { hasNextPage endCursor } nodes { ... on LineItem { id company { cik } } } } }`, context).then((r) => JSON.parse(r).data.search);
    const all = await lineItems('', { graph: whole });
    let after = '';
    let cut = 0;
    for (let i = 0; i < 2; i++) {
      const page = await lineItems(after, { source: small });
      const ciks = new Set<string>(page.nodes.map((n: { company: { cik: string } }) => n.company.cik));
      expect([...ciks].reduce((n, cik) => n + bytesOf(cik), 0)).toBeLessThanOrEqual(cacheBytes);
      if (page.nodes.length < 40 && page.pageInfo.hasNextPage) cut++;
      seen.push(...page.nodes);
      after = `, after: "${page.pageInfo.endCursor}"`;
    }
    expect(cut).toBeGreaterThan(0);
    expect(seen.map((n) => n.id)).toEqual(all.nodes.slice(0, seen.length).map((n: { id: string }) => n.id));
    expect(new Set(seen.map((n) => n.company.cik)).size).toBeGreaterThan(1);
  }, 60_000);
});

describe('which search requests are served from the rows', () => {
  /** servedFromRows over a request's `search` field, as the resolver sees it. */
  const fromRows = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const search = operation.selectionSet.selections[0] as FieldNode;
    const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
    return servedFromRows({ fieldNodes: [search], fragments, schema: getSchema(), variableValues: {} } as unknown as GraphQLResolveInfo);
  };

  it('serves a selection of what the rows keep, through aliases and fragments, and loads anything else from graphs', () => {
    expect(fromRows(explorerOperation('Search'))).toBe(true);
    expect(fromRows('{ search(query: "x") { totalCount nodes { __typename } } }')).toBe(true);
    expect(fromRows('{ search(query: "x") { edges { cursor n: node { ... on LineItem { l: printedLabel latestFact { value period { endDate } } } ...F } } } } fragment F on Footnote { text }')).toBe(true);
    expect(fromRows('{ search(query: "x") { ...C } } fragment C on SearchResultConnection { nodes { ... on Definition { formula { expression } } } }')).toBe(true);
    // A field the rows do not keep, a field's arguments, a fragment on an interface, a directive: from graphs.
    expect(fromRows('{ search(query: "x") { nodes { ... on LineItem { company { cik } } } } }')).toBe(false);
    expect(fromRows('{ search(query: "x") { nodes { ... on LineItem { facts { value } } } } }')).toBe(false);
    expect(fromRows('{ search(query: "x") { nodes { ... on LineItem { latestFact { source { kind } } } } } }')).toBe(false);
    expect(fromRows('{ search(query: "x") { nodes { ... on Node { id } } } }')).toBe(false);
    expect(fromRows('{ search(query: "x") { nodes { ... on LineItem { id @include(if: true) } } } }')).toBe(false);
    expect(fromRows('{ search(query: "x") { nodes { ... on Footnote { disclosure { company { name legalName } } } } } }')).toBe(false);
  });
});

/**
 * A TCP proxy in front of the test cluster: closing it is the database lost to the server
 * (every connection cut, new ones refused), opening it again on the same port is the
 * database back. The shared cluster keeps running for the other test files, and no second
 * cluster has to be initialised.
 */
class DatabaseLink {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    const server = createNetServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe.skipIf(!sharedExists)('the database lost while serving', () => {
  it('keeps answering the companies in memory, answers the others SERVICE_UNAVAILABLE without a crash or a stack trace, and recovers by itself', async () => {
    const { url } = await storeOfSharedFilings();
    const target = new URL(url);
    const link = new DatabaseLink({ host: target.hostname, port: Number(target.port) });
    await link.up();
    target.port = String(link.port);
    const pool = new pg.Pool({ connectionString: target.toString(), max: 4, connectionTimeoutMillis: 2_000 });
    pool.on('error', () => undefined);
    const store = { pool, description: 'through the link', close: async () => undefined } satisfies Store;
    const serving = await StoreServing.open(pool, { filingsDir: null });
    const first = await serving.snapshot();
    expect(serving.graphs.stats().graphs).toBe(0);
    const server = await startServer(first.served, 0, '127.0.0.1', { webRoot: null });
    let replaced = 0;
    const stop = followStore(store, first.generation, (next) => {
      server.replaceGraph(next);
      replaced++;
    }, 0.1, {}, serving);
    const ask = async (ticker: string) => {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ company(ticker: "${ticker}") { name disclosures(first: 1) { totalCount } } }` }) });
      return { status: res.status, body: (await res.json()) as { data?: { company: { name: string } | null }; errors?: { message: string; extensions: Record<string, unknown> }[] } };
    };
    try {
      expect((await ask('AAPL')).body.data?.company?.name).toBe('Apple Inc.');
      await link.down();
      // Under load while the database is gone: Apple from memory, Netflix and Tesla refused plainly.
      const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => ask(['AAPL', 'NFLX', 'TSLA'][i % 3])));
      for (const [i, { status, body }] of answers.entries()) {
        expect(status).toBe(200);
        if (i % 3 === 0) {
          expect(body.errors).toBeUndefined();
          expect(body.data?.company?.name).toBe('Apple Inc.');
        } else {
          expect(body.data?.company).toBeNull();
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
          expect(body.errors![0].extensions.stacktrace).toBeUndefined();
          expect(body.errors![0].message).toMatch(/cannot be read now.*Retry later/);
        }
      }
      expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(200);
      // A query a concept slice answers (read-slice.ts) is refused the same way.
      const slice = '{ company(ticker: "TSLA") { name concept(name: "us-gaap:NetIncomeLoss") { facts(first: 1) { nodes { value } } } } }';
      const refused = (await (await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: slice }) })).json()) as { data?: { company: unknown }; errors?: { extensions: Record<string, unknown> }[] };
      expect(refused.data?.company).toBeNull();
      expect(refused.errors?.map((e) => [e.extensions.code, e.extensions.stacktrace])).toEqual([['SERVICE_UNAVAILABLE', undefined]]);

      // The database returns: the next request loads Netflix, with nothing restarted.
      await link.up();
      let back: Awaited<ReturnType<typeof ask>> | undefined;
      for (let i = 0; i < 50; i++) {
        back = await ask('NFLX');
        if (back.body.data?.company) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(back!.body.errors).toBeUndefined();
      expect(back!.body.data?.company?.name).toBe('Netflix, Inc.');
      const answered = (await (await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: slice }) })).json()) as { data?: { company: { name: string } } };
      expect(answered.data?.company.name).toBe('Tesla, Inc.');
      expect(replaced).toBe(0); // the generation did not change: the same snapshot serves throughout
    } finally {
      stop();
      await server.stop();
      await link.down();
      await pool.end();
    }
  }, 120_000);
});
