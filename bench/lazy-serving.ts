/**
 * `npm run bench:lazy`: serving from the store with company graphs loaded on first use
 * (issue 20 item 3), over the shared filings (../shared/xbrl or BENCH_FILINGS_DIR), in a
 * temporary embedded PostgreSQL:
 *
 * 1. heap of whole company graphs (heap after minus before building each company, with
 *    `--expose-gc`, repeated; built, and in service: after a mix of queries has built their
 *    indexes), split by the kind of their facts (companyfacts, XBRL filings), against the
 *    cache's estimate (`graphBytes`); `BENCH_ONLY=heap` stops after it;
 * 2. `npm start` (src/server/main.ts, catalog derived, nothing new to ingest): spawn → ready,
 *    spawn → first answer of a query naming no stored company, and RSS then;
 * 3. the contract query for a company not in memory (GRAPH_CACHE_MB below one graph, so every
 *    query loads its company): answered from a concept slice (src/store/read-slice.ts), and,
 *    in the same run, from the whole graph (the same query with one field a slice does not
 *    serve, `fiscalYearEnd`: the whole graph is built); and for a company in memory; p50/p99
 *    over BENCH_RUNS (default 9);
 * 4. a frame page over every stored company, none in memory: each company's slice of the
 *    concept, against the whole graphs (the same page asking each fact's `id`, which a slice
 *    does not serve).
 *
 * The store holds the shared filings and, from ../shared/edgar, Apple's and NVIDIA's
 * companyfacts (BENCH_COMPANYFACTS=0 leaves them out): a company graph is then what it is in
 * the store at scale (bench:scale replicates the same documents).
 *
 * Every figure is printed with the load average when it was taken (the machine is shared).
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, sourcesDir } from '../src/data/load.js';
import { DEFAULT_DATA_DIR } from '../src/domain/load-graph.js';
import { frameIndex } from '../src/domain/frames/frames.js';
import type { Graph } from '../src/domain/graph.js';
import { isoDate } from '../src/graphql/context.js';
import { createApollo } from '../src/server/create-apollo.js';
import { CompanyGraphs, factsByKind, graphBytes } from '../src/store/company-graphs.js';
import { ingestFilings } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { StoreServing } from '../src/server/serve-store.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CONTRACT = `query Concept($ticker: String!, $concept: String!) { company(ticker: $ticker) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;
const CONCEPT = 'us-gaap:NetIncomeLoss';
/** The same query with one Company field a concept slice does not serve: answered from the whole graph. */
const WHOLE = CONTRACT.replace('{ name cik concept', '{ name cik fiscalYearEnd concept');
const FRAME = `{ frame(concept: "us-gaap:NetIncomeLoss", period: "CY2023", unit: "USD", first: 20) { totalCount nodes { value company { name cik } fact { value disclosure { accessionNumber filedOn } isLatest revisions { value } } period { startDate endDate } } } }`;
const FRAME_WHOLE = FRAME.replace('fact { value', 'fact { id value');
const EDGAR = resolve(process.env.BENCH_EDGAR_DIR ?? join(repo, '../shared/edgar'));

/** A FILINGS_DIR as `npm run fetch` lays it out: the filings, and each shared companyfacts with its submissions. */
function filingsFolder(dir: string): string {
  const folder = join(dir, 'filings');
  mkdirSync(folder);
  cpSync(FILINGS, join(folder, 'xbrl'), { recursive: true });
  const facts = join(EDGAR, 'data.sec.gov/api/xbrl/companyfacts');
  if (process.env.BENCH_COMPANYFACTS === '0' || !existsSync(facts)) return folder;
  for (const cik of ['0000320193', '0001045810']) {
    const file = join(facts, `CIK${cik}.json`);
    if (!existsSync(file)) continue;
    mkdirSync(join(folder, String(Number(cik))));
    symlinkSync(file, join(folder, String(Number(cik)), 'companyfacts.json'));
    const submissions = join(EDGAR, 'data.sec.gov/submissions', `CIK${cik}.json`);
    if (existsSync(submissions)) symlinkSync(submissions, join(folder, String(Number(cik)), 'submissions.json'));
  }
  return folder;
}
const load = () => `load ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc (npm run bench:lazy does)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-lazy-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  try {
    const folder = filingsFolder(dir);
    const report = await ingestFilings(store.pool, folder);
    console.log(`Ingested ${report.ingested.length} documents (${report.facts} facts) from ${FILINGS} and ${EDGAR}.`);

    // 1. Heap per fact of whole company graphs, by kind (bytesOfGraph's figures).
    await heapPerFact(store.pool, folder);
    if (process.env.BENCH_ONLY === 'heap') return;

    // The catalog, derived once (as the first npm start after an ingest does).
    await (await StoreServing.open(store.pool, { filingsDir: null })).snapshot();
    const url = (store as unknown as { url?: string }).url ?? process.env.BENCH_DATABASE_URL;
    const databaseUrl = url ?? (await urlOf(store.pool));

    // 2. Start-up, against the floor of the same run: the same process exiting at once on an unreachable database (loading its modules, no store).
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: repo, env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0', FILINGS_DIR: '' }, stdio: 'ignore' });
      await new Promise((ok) => child.once('exit', ok));
      console.log(`floor: the server process loading its modules and exiting (unreachable database): ${(performance.now() - t0).toFixed(0)} ms (${load()})`);
    }
    for (let i = 0; i < 3; i++) {
      const s = await server(databaseUrl, {});
      console.log(`npm start: ready in ${s.readyMs.toFixed(0)} ms, first answer (companies list) at ${s.firstMs.toFixed(0)} ms, RSS ${s.rssMb.toFixed(0)} MB (${load()})`);
      s.stop();
      await s.exited;
    }

    // 3. A company not in memory (from its concept slice, then from its whole graph, alternating), and one in memory.
    const tickers = (await store.pool.query<{ ticker: string }>("select l->>'ticker' as ticker from company_catalog, json_array_elements(listings) l where company_id <> '' order by company_cik, 1"))
      .rows.map((r) => r.ticker).filter((t, i, all) => all.indexOf(t) === i && ['AAPL', 'NFLX', 'TSLA', 'NVDA'].includes(t));
    {
      const s = await server(databaseUrl, { GRAPH_CACHE_MB: '1' });
      const sliced: number[] = [];
      const whole: number[] = [];
      const loads: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        sliced.push(await s.ask(tickers[i % tickers.length]));
        whole.push(await s.ask(tickers[i % tickers.length], WHOLE));
        loads.push(loadavg()[0]);
      }
      const p50 = pct(sliced, 50);
      console.log(`contract query, company not in memory, from its concept slice: p50 ${p50.toFixed(1)} ms, p99 ${pct(sliced, 99).toFixed(1)} ms over ${RUNS} (${tickers.join(', ')}; ${load()})`);
      console.log(`contract query, company not in memory, from its whole graph (same run, alternating): p50 ${pct(whole, 50).toFixed(1)} ms, p99 ${pct(whole, 99).toFixed(1)} ms; whole ÷ slice at p50: ${(pct(whole, 50) / p50).toFixed(0)}× (1-minute load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`);
      // 4. A frame page over companies none of which is in memory.
      const frames: number[] = [];
      const framesWhole: number[] = [];
      for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 3)); i++) {
        frames.push(await s.post(FRAME));
        framesWhole.push(await s.post(FRAME_WHOLE));
      }
      console.log(`frame page (us-gaap:NetIncomeLoss CY2023, every stored company, none in memory): from slices p50 ${pct(frames, 50).toFixed(1)} ms, from whole graphs p50 ${pct(framesWhole, 50).toFixed(1)} ms over ${frames.length} (${load()})`);
      s.stop();
      await s.exited;
    }
    {
      const s = await server(databaseUrl, {});
      const times: number[] = [];
      await s.ask('AAPL');
      for (let i = 0; i < RUNS; i++) times.push(await s.ask('AAPL'));
      console.log(`contract query, company in memory: p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms over ${RUNS} (${load()})`);
      s.stop();
      await s.exited;
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a cached graph is asked in service: a concept's facts, statements, metrics, line items, search (their indexes are kept with the graph). */
const IN_SERVICE = `query InService($cik: String!) {
  companyByCik(cik: $cik) {
    name fiscalYearEnd
    concept(name: "us-gaap:NetIncomeLoss") { facts(first: 50) { nodes { value isLatest revisions { value } } } }
    disclosures(first: 3) { nodes { title statements { title rows { label } } } }
    latestMetrics { value }
    metrics(metrics: [REVENUE, NET_INCOME, FREE_CASH_FLOW], frequency: QUARTERLY) { value }
    margin(metric: NET_INCOME, frequency: ANNUAL) { value }
    ttmSeries(metrics: [REVENUE]) { value }
    revisions(first: 20) { nodes { __typename } }
    facts(first: 100) { nodes { value derivedFrom { value } checks { status } footnotes { id } } }
    lineItems(search: "income") { label }
  }
  search(query: "net income", first: 10) { totalCount }
}`;

/**
 * Heap of each company's whole graph: built (as the cache receives it) and in service (after
 * IN_SERVICE and its frame index), each the median of BENCH_HEAP_ROUNDS (default 3) builds
 * after a full GC, after a round that warms the modules' own caches; then bytes per fact by
 * kind: companies whose facts are all of one kind give that kind's figure.
 */
async function heapPerFact(pool: import('pg').Pool, folder: string): Promise<void> {
  const data = loadData(DEFAULT_DATA_DIR, sourcesDir());
  const graphs = new CompanyGraphs({ pool, data, root: folder, companyFactsFile: () => null, maxBytes: 1 });
  const ciks = (await pool.query<{ company_cik: string }>('select distinct company_cik from documents order by 1')).rows.map((r) => r.company_cik);
  const apollo = createApollo();
  const serve = async (graph: Graph, cik: string) => {
    frameIndex(graph);
    const response = await apollo.executeOperation({ query: IN_SERVICE, variables: { cik } }, { contextValue: { graph, today: isoDate(new Date()) } });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`in service: ${JSON.stringify(response.body)}`.slice(0, 500));
  };
  // V8's heap and the buffers it holds outside it (a filing's long texts are kept deflated in Uint8Arrays).
  const heap = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const rounds = Number(process.env.BENCH_HEAP_ROUNDS ?? 3);
  const measured = new Map<string, { built: number[]; served: number[]; left: number[] }>();
  for (let round = 0; round <= rounds; round++) {
    for (const cik of ciks) {
      const before = heap();
      let graph: Graph | null = await graphs.passing(cik);
      const built = heap() - before;
      await serve(graph, cik);
      const served = heap() - before;
      graph = null;
      const left = heap() - before;
      if (round === 0) continue; // warming: the schema, parsed queries, interned strings of the modules
      const m = measured.get(cik) ?? { built: [], served: [], left: [] };
      m.built.push(built);
      m.served.push(served);
      m.left.push(left);
      measured.set(cik, m);
    }
  }
  const median = (xs: number[]) => pct(xs, 50);
  const rows: { cik: string; companyFacts: number; filings: number; built: number; served: number; estimate: number }[] = [];
  for (const cik of ciks) {
    const graph = await graphs.passing(cik);
    const kinds = factsByKind(graph);
    const m = measured.get(cik)!;
    rows.push({ cik, ...kinds, built: median(m.built), served: median(m.served), estimate: graphBytes(graph) });
    const facts = kinds.companyFacts + kinds.filings;
    console.log(
      `  ${cik}: ${facts} facts (${kinds.companyFacts} companyfacts, ${kinds.filings} filings'), built ${(median(m.built) / 2 ** 20).toFixed(1)} MB = ${Math.round(median(m.built) / facts)} B a fact, ` +
        `in service ${(median(m.served) / 2 ** 20).toFixed(1)} MB = ${Math.round(median(m.served) / facts)} B a fact (rounds ${m.served.map((b) => Math.round(b / facts)).join(', ')}), ` +
        `left after dropping it ${(median(m.left) / 2 ** 20).toFixed(2)} MB; the cache counts ${(graphBytes(graph) / 2 ** 20).toFixed(1)} MB (${(graphBytes(graph) / median(m.served)).toFixed(2)}× in service)`,
    );
  }
  const perKind = (kind: 'companyFacts' | 'filings') => {
    const only = rows.filter((r) => r[kind] > 0 && r[kind === 'filings' ? 'companyFacts' : 'filings'] === 0);
    const facts = only.reduce((n, r) => n + r[kind], 0);
    return only.length ? `${Math.round(only.reduce((n, r) => n + r.built, 0) / facts)} B built, ${Math.round(only.reduce((n, r) => n + r.served, 0) / facts)} B in service (${only.length} graphs, ${facts} facts)` : 'no graph of that kind alone';
  };
  console.log(`Heap per fact of whole company graphs: companyfacts ${perKind('companyFacts')}; XBRL filings ${perKind('filings')} (${load()})`);
  const over = rows.filter((r) => r.estimate < r.served);
  console.log(`The cache's estimate (graphBytes) ÷ the heap in service: ${rows.map((r) => `${r.cik} ${(r.estimate / r.served).toFixed(2)}×`).join(', ')}${over.length ? `; UNDER the heap for ${over.map((r) => r.cik).join(', ')}` : ''}`);
}

async function urlOf(pool: import('pg').Pool): Promise<string> {
  const o = (pool as unknown as { options: { connectionString: string } }).options;
  return o.connectionString;
}

async function server(databaseUrl: string, env: Record<string, string>) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repo,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: '0', FILINGS_DIR: '', NODE_ENV: 'production', RESPONSE_CACHE_MB: '0', STORE_POLL_SECONDS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready at (http:\/\/localhost:\d+\/graphql)/.exec(out);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
  });
  const readyMs = performance.now() - t0;
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - t;
  };
  await post('{ companies(first: 1) { totalCount nodes { name } } }');
  const firstMs = performance.now() - t0;
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  return {
    readyMs,
    firstMs,
    rssMb,
    exited,
    stop: () => child.kill('SIGTERM'),
    post,
    ask: (ticker: string, query = CONTRACT) => post(query, { ticker, concept: CONCEPT }),
  };
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
