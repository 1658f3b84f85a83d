/**
 * `npm run bench:lazy`: serving from the store with company graphs loaded on first use
 * (issue 20 item 3), over the shared filings (../shared/xbrl or BENCH_FILINGS_DIR), in a
 * temporary embedded PostgreSQL:
 *
 * 1. heap per fact of a company graph (heap after minus before building each company, with
 *    `--expose-gc`, divided by the graph's facts): the BYTES_PER_FACT the cache counts;
 * 2. `npm start` (src/server/main.ts, catalog derived, nothing new to ingest): spawn → ready,
 *    spawn → first answer of a query naming no stored company, and RSS then;
 * 3. the contract query for a company not in memory (GRAPH_CACHE_MB below one graph, so every
 *    query loads its company) and for one in memory, p50/p99 over BENCH_RUNS (default 9).
 *
 * Every figure is printed with the load average when it was taken (the machine is shared).
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData, sourcesDir } from '../src/data/load.js';
import { DEFAULT_DATA_DIR } from '../src/domain/load-graph.js';
import { CompanyGraphs, factCount } from '../src/store/company-graphs.js';
import { ingestFilings } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { StoreServing } from '../src/server/serve-store.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CONTRACT = `query Concept($ticker: String!, $concept: String!) { company(ticker: $ticker) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;
const CONCEPT = 'us-gaap:NetIncomeLoss';
const load = () => `load ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc (npm run bench:lazy does)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-lazy-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  try {
    const report = await ingestFilings(store.pool, FILINGS);
    console.log(`Ingested ${report.ingested.length} filings (${report.facts} facts) from ${FILINGS}.`);

    // 1. Heap per fact.
    const data = loadData(DEFAULT_DATA_DIR, sourcesDir());
    const graphs = new CompanyGraphs({ pool: store.pool, data, root: FILINGS, companyFactsFile: () => null, maxBytes: 1 });
    const ciks = (await store.pool.query<{ company_cik: string }>('select distinct company_cik from documents order by 1')).rows.map((r) => r.company_cik);
    const kept: unknown[] = [];
    let bytes = 0;
    let facts = 0;
    for (const cik of ciks) {
      gc();
      const before = process.memoryUsage().heapUsed;
      const graph = await graphs.get(cik);
      kept.push(graph);
      gc();
      const after = process.memoryUsage().heapUsed;
      const n = factCount(graph);
      console.log(`  ${cik}: ${n} facts, ${((after - before) / 2 ** 20).toFixed(1)} MB of heap, ${Math.round((after - before) / n)} bytes per fact`);
      bytes += after - before;
      facts += n;
    }
    console.log(`Heap per fact of a company graph: ${Math.round(bytes / facts)} bytes (${facts} facts in ${ciks.length} graphs; ${load()})`);
    kept.length = 0;

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

    // 3. A company not in memory, and one in memory.
    const tickers = ['AAPL', 'NFLX', 'TSLA'];
    for (const [label, env] of [['not in memory', { GRAPH_CACHE_MB: '1' }], ['in memory', {}]] as const) {
      const s = await server(databaseUrl, env);
      const times: number[] = [];
      if (label === 'in memory') await s.ask('AAPL');
      for (let i = 0; i < RUNS; i++) times.push(await s.ask(label === 'in memory' ? 'AAPL' : tickers[i % 3]));
      console.log(`contract query, company ${label}: p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms over ${RUNS} (${load()})`);
      s.stop();
      await s.exited;
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
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
    ask: async (ticker: string) => {
      const t = performance.now();
      await post(CONTRACT, { ticker, concept: CONCEPT });
      return performance.now() - t;
    },
  };
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
