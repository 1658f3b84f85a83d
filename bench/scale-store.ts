/**
 * `npm run bench:scale`: the store at growing sizes (issue 20), in one run, in an embedded
 * PostgreSQL (default settings, durable commits): a temporary one, or the one kept in
 * `BENCH_STORE_DIR` between runs. The run has three parts, `BENCH_ONLY` (comma-separated,
 * default all three) naming those to run:
 *
 * - `ingest` (steps 1–4) starts from an empty store (what the folder held is deleted);
 * - `build` (steps 5–6) replicates what `ingest` stored up to BENCH_FACTS, catalog rows included;
 * - `serve` (steps 7–8) measures over what the store holds: run it alone, again, over a kept
 *   store (`BENCH_STORE_DIR=/work/bench-store BENCH_ONLY=serve npm run bench:scale`).
 *
 *
 * 1. XBRL ingest: the shared filings (../shared/xbrl or BENCH_FILINGS_DIR) read and written,
 *    facts/s including parsing, facts written by multi-row INSERT and by COPY in the same run;
 * 2. start-up to first answer (`src/server/main.ts` in its own process, nothing new to ingest,
 *    until the contract query answers) and its RSS at 1×;
 * 3. companyfacts ingest: SEC's companyfacts files (../shared/edgar) under new CIKs through
 *    the ingest's path (reader, codec, one transaction each), by INSERT and by COPY;
 * 4. what each index (and the former derived `amount` column) costs a write;
 * 5. the store replicated in SQL (INSERT … SELECT, every document and fact under other CIKs)
 *    up to BENCH_FACTS (default 10,000,000) facts; disk per fact, by table and index;
 * 6. companyfacts ingest again into that store;
 * 7. frame latency p50/p99 through `selectFrame` (src/store/frame-sql.ts), and one company's
 *    facts of one concept in SQL;
 * 8. serving the big store: `src/server/main.ts` in its own process (1,280 MB heap limit as
 *    `npm start`, default graph cache): start-up to the first answer, the first query of
 *    companies not in memory (p50/p99 over BENCH_COMPANIES), the same companies again, a
 *    frame through GraphQL, and the RSS after each.
 *
 * Prints a Markdown report and writes it to .generated/bench/scale.md and scale.json.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { loadavg } from 'node:os';
import { readCompanyFacts, type CompanyFacts } from '../src/companyfacts/read-company-facts.js';
import { framePicksSql, selectFrame, type FrameRequest } from '../src/store/frame-sql.js';
import { companyFactsHash, ingestFilings, storeCompanyFacts, type FactWriter, type IngestOptions, type IngestReport } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { StoreServing } from '../src/server/serve-store.js';
import { LABELS_OF_COMPANY } from '../src/store/search-sql.js';
import { postgresCpuSeconds, processCpuSeconds } from './proc-cpu.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const COMPANYFACTS = resolve(process.env.BENCH_COMPANYFACTS_DIR ?? join(repo, '../shared/edgar/data.sec.gov/api/xbrl/companyfacts'));
const TARGET_FACTS = Number(process.env.BENCH_FACTS ?? 10_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const KEPT = process.env.BENCH_STORE_DIR ? resolve(process.env.BENCH_STORE_DIR) : null;
const PARTS = new Set((process.env.BENCH_ONLY ?? 'ingest,build,serve').split(',').map((p) => p.trim()));
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 12);
const BY_CIK = `query ConceptByCik($cik: String!, $concept: String!) { companyByCik(cik: $cik) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;
const FRAME = `{ frame(concept: "us-gaap:NetIncomeLoss", period: "CY2023", unit: "USD", orderBy: { field: VALUE, direction: DESC }, first: 3) { totalCount nodes { value company { cik name } } } }`;
const CONTRACT = `query Concept($ticker: String!, $concept: String!) { company(ticker: $ticker) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;

const report: string[] = [];
const json: Record<string, unknown> = {};
const say = (line: string) => {
  console.log(line);
  report.push(line);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A server process on the store, answering. */
interface Server {
  url: string;
  /** Spawn to the first answer of the contract query (Apple's net income). */
  seconds: number;
  rssMb(): number;
  /** CPU seconds of the server process so far. */
  cpuSeconds(): number;
  query(query: string, variables?: Record<string, unknown>): Promise<{ ms: number; body: { data?: unknown; errors?: unknown[] } }>;
  stop(): Promise<void>;
}

/** Starts the server on the store as `npm start` does (1,280 MB heap limit), times spawn → first answer of the contract query. */
async function startServer(databaseUrl: string, label: string): Promise<Server> {
  const t0 = performance.now();
  // BENCH_SERVER_ARGS adds Node options to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (not allowed in NODE_OPTIONS).
  const extra = (process.env.BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, ['--max-old-space-size=1280', ...extra, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: repo,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', FILINGS_DIR: '', NODE_ENV: 'production', RESPONSE_CACHE_MB: '0', STORE_POLL_SECONDS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (c) => (out += c));
  const rssMb = () => {
    const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const serverCpu = () => processCpuSeconds(child.pid!);
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready at (http:\/\/localhost:\d+\/graphql)/.exec(out);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
    const limit = Number(process.env.BENCH_STARTUP_TIMEOUT_S ?? 600);
    const timer = setTimeout(() => {
      fail(new Error(`not answering after ${limit} s (RSS ${fmt(rssMb())} MB then); stopped`));
      child.kill('SIGKILL');
    }, limit * 1000);
    timer.unref();
    // Answered or gone: the timer must not fire later, when the process no longer exists.
    child.once('exit', () => clearTimeout(timer));
    child.stdout.on('data', () => /ready at/.test(out) && clearTimeout(timer));
  });
  const query = async (q: string, variables?: Record<string, unknown>) => {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    return { ms: performance.now() - t, body };
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const { body } = await query(CONTRACT, { ticker: 'AAPL', concept: 'us-gaap:NetIncomeLoss' });
    const seconds = (performance.now() - t0) / 1000;
    const answer = body as { data?: { company?: { concept?: { facts: { nodes: unknown[] } } } } };
    if (!answer.data?.company?.concept?.facts.nodes.length) throw new Error(`no answer at ${label}: ${JSON.stringify(body).slice(0, 300)}`);
    return { url, seconds, rssMb, cpuSeconds: serverCpu, query, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** What the server's graph cache holds (its /health), in words. */
async function graphCache(graphqlUrl: string): Promise<string> {
  try {
    const health = (await (await fetch(graphqlUrl.replace(/\/graphql$/, '/health'))).json()) as { graphCache?: { graphs: number; bytes: number; maxBytes: number } };
    const c = health.graphCache;
    return c ? `${c.graphs} graphs, ${fmt(c.bytes / 2 ** 20)} of ${fmt(c.maxBytes / 2 ** 20)} MB by its estimate` : 'unknown';
  } catch (e) {
    return `unknown (${(e as Error).message})`;
  }
}

/** Start-up to first answer and RSS then (the server stopped after). */
async function startUp(databaseUrl: string, label: string): Promise<{ seconds: number; rssMb: number; cpuSeconds: number }> {
  const server = await startServer(databaseUrl, label);
  const rssMb = server.rssMb();
  const cpuSeconds = server.cpuSeconds();
  await server.stop();
  return { seconds: server.seconds, rssMb, cpuSeconds };
}

async function timeQuery(pool: pg.Pool, sql: string, params: unknown[], runs: number): Promise<{ p50: number; p99: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await pool.query(sql, params);
    times.push(performance.now() - t);
    rows = r.rowCount ?? 0;
  }
  return { ...percentiles(times), rows };
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] };
}

/**
 * CPU seconds spent so far by this process and by the store's PostgreSQL (the postmaster and
 * every process it started: backends, WAL writer, checkpointer): on a machine shared with other
 * work, facts per CPU second is the figure that does not depend on the load.
 */
function cpuSeconds(postmaster: number | null): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (postmaster === null ? 0 : postgresCpuSeconds(postmaster));
}

let POSTMASTER: number | null = null;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** A CIK no real filer has: the replicas' (9 followed by nine digits). */
const replicaCik = (n: number) => String(9_000_000_000 + n).padStart(10, '0');

/** The real companyfacts files under new CIKs, through the ingest's own path (reader, codec, COPY or INSERT): facts/s with parsing. */
async function ingestCompanyFactsAs(pool: pg.Pool, files: string[], firstCik: number, writer: FactWriter): Promise<{ facts: number; seconds: number; readSeconds: number; cpuSeconds: number; nodeCpuSeconds: number }> {
  let facts = 0;
  let readSeconds = 0;
  const cpu0 = cpuSeconds(POSTMASTER);
  const node0 = cpuSeconds(null);
  const t0 = performance.now();
  for (const [i, file] of files.entries()) {
    const tr = performance.now();
    const cf = readCompanyFacts(file);
    readSeconds += seconds(tr);
    const cik = replicaCik(firstCik + i);
    // The file's own path: building a company's graph from stored companyfacts hashes the file again (build-company-facts.ts).
    const copy: CompanyFacts = { ...cf, cik };
    facts += await storeCompanyFacts(pool, copy, COMPANYFACTS, `${companyFactsHash(file)}-${cik}`, writer);
  }
  return { facts, seconds: seconds(t0), readSeconds, cpuSeconds: cpuSeconds(POSTMASTER) - cpu0, nodeCpuSeconds: cpuSeconds(null) - node0 };
}

async function main(): Promise<void> {
  const unknown = [...PARTS].filter((p) => !['ingest', 'build', 'serve'].includes(p));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (parts: ingest, build, serve)`);
  if (KEPT) mkdirSync(KEPT, { recursive: true });
  const dir = KEPT ?? mkdtempSync(join(tmpdir(), 'bench-store-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  const pool = store.pool;
  POSTMASTER = Number(readFileSync(join(dir, 'store', 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  const url = (pool as unknown as { options: { connectionString: string } }).options.connectionString;
  const started = Date.now();
  const out = join(repo, '.generated/bench');
  const suffix = PARTS.size === 3 ? '' : `-${[...PARTS].join('-')}`;
  try {
    say(`# Store at scale (issue 20), ${new Date().toISOString()}, Node ${process.version}, load average ${load()} (1, 5, 15 min); parts: ${[...PARTS].join(', ')}; store: ${KEPT ?? 'temporary'}`);
    say('');
    if (PARTS.has('ingest')) await ingestPart(pool, url);
    if (PARTS.has('build')) await buildPart(pool);
    if (PARTS.has('serve')) await servePart(pool, url);
    say('');
    say(`Whole run: ${fmt((Date.now() - started) / 1000)} s; load average at the end ${load()}.`);
  } finally {
    await store.close();
    if (!KEPT) rmSync(dir, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `scale${suffix}.md`), report.join('\n') + '\n');
    writeFileSync(join(out, `scale${suffix}.json`), JSON.stringify(json, null, 2) + '\n');
  }
}

const median = <T>(list: T[], f: (t: T) => number) => [...list].sort((a, b) => f(a) - f(b))[Math.floor(list.length / 2)];

/** Steps 1–4, from an empty store. */
async function ingestPart(pool: pg.Pool, url: string): Promise<void> {
  if (!existsSync(FILINGS)) throw new Error(`${FILINGS} is absent: set BENCH_FILINGS_DIR`);
  const files = companyFactsFiles();
  // Emptied by TRUNCATE: deleting a kept 10 M store's rows would leave autovacuum working through them during the measurements.
  await pool.query('truncate facts, documents, company_catalog, search_documents, search_ranks, search_labels, search_companies, search_words, slice_parts, metric_extensions');
  // A build part stopped half-way (the secondary indexes are dropped while it copies) leaves them to make again.
  await pool.query('create index if not exists facts_company_concept on facts (company_cik, concept); create index if not exists facts_frame_pick on facts (concept, frame, unit) where frame is not null');
  // 1. XBRL ingest, parsing included: multi-row INSERT, COPY read in turn, and COPY with the read-ahead thread taking turns, REPEAT times each (the documents removed before each), medians.
  type Variant = 'insert' | 'inTurn' | 'copy' | 'readAhead';
  const variants: [Variant, FactWriter, IngestOptions][] = [['insert', 'insert', {}], ['inTurn', 'copy', { pipelined: false }], ['copy', 'copy', {}], ['readAhead', 'copy', { readAhead: true }]];
  const xbrlRuns: Record<Variant, (IngestReport & { seconds: number; cpuSeconds: number })[]> = { insert: [], inTurn: [], copy: [], readAhead: [] };
  for (let i = 0; i < REPEAT; i++) {
    for (const [name, writer, options] of variants) {
      await pool.query('delete from facts; delete from documents');
      await pool.query('vacuum facts, documents');
      const cpu0 = cpuSeconds(POSTMASTER);
      const t0 = performance.now();
      const r = await ingestFilings(pool, FILINGS, undefined, writer, options);
      xbrlRuns[name].push({ ...r, seconds: seconds(t0), cpuSeconds: cpuSeconds(POSTMASTER) - cpu0 });
    }
  }
  const x = median(xbrlRuns.copy, (r) => r.seconds);
  const xi = median(xbrlRuns.insert, (r) => r.seconds);
  const xr = median(xbrlRuns.readAhead, (r) => r.seconds);
  const xt = median(xbrlRuns.inTurn, (r) => r.seconds);
  const xWrite = median(xbrlRuns.copy, (r) => r.writeSeconds).writeSeconds;
  const xiWrite = median(xbrlRuns.insert, (r) => r.writeSeconds).writeSeconds;
  json.xbrl = { filings: x.ingested.length, facts: x.facts, runs: xbrlRuns, medianSeconds: x.seconds, factsPerSecond: x.facts / x.seconds, factsPerCpuSecond: x.facts / x.cpuSeconds, readAheadFactsPerSecond: xr.facts / xr.seconds };
  const readerJson = (await pool.query("select sum(octet_length(reader::text))::bigint as text, sum(pg_column_size(reader))::bigint as stored from documents where kind = 'xbrl-filing'")).rows[0];
  json.xbrlReaderJson = readerJson;
  say(`XBRL ingest: ${x.ingested.length} filings, ${fmt(x.facts)} facts, median of ${REPEAT} runs each, taking turns (load ${load()}): **pipelined (the default) ${fmt(x.seconds, 1)} s = ${fmt(x.facts / x.seconds)} facts/s** including parsing, **${fmt(x.facts / x.cpuSeconds)} facts per CPU second** (Node and PostgreSQL); reading in turn ${fmt(xt.seconds, 1)} s = ${fmt(xt.facts / xt.seconds)} facts/s (${fmt(xt.facts / xt.cpuSeconds)} per CPU second); with the read-ahead thread ${fmt(xr.seconds, 1)} s = ${fmt(xr.facts / xr.seconds)} facts/s (${fmt(xr.facts / xr.cpuSeconds)} per CPU second); pipelined (reading ${fmt(x.readSeconds, 1)} s = ${fmt(x.facts / x.readSeconds)} facts/s; writing by COPY ${fmt(xWrite, 2)} s = ${fmt(x.facts / xWrite)} facts/s, by multi-row INSERT ${fmt(xiWrite, 2)} s = ${fmt(x.facts / xiWrite)} facts/s); whole ingest by INSERT: ${fmt(xi.facts / xi.seconds)} facts/s, ${fmt(xi.facts / xi.cpuSeconds)} per CPU second. The reader's json without the facts: ${fmt(Number(readerJson.text) / 1e6, 1)} MB of text, ${fmt(Number(readerJson.stored) / 1e6, 1)} MB stored (compressed).`);

  // 2. Start-up at 1×: the first start after the ingest derives the companies' catalog, search and slice rows; the second has nothing new.
  try {
    const first = await startUp(url, '1× first');
    const s1 = await startUp(url, '1×');
    json.startup1 = { ...s1, first };
    say(`Start-up to first answer, 1× (${fmt(x.facts)} filing facts, no companyfacts yet), nothing new to ingest: **${fmt(s1.seconds, 1)} s** (${fmt(s1.cpuSeconds, 1)} s of the server's CPU), RSS ${fmt(s1.rssMb)} MB; the first start after the ingest, deriving the companies' catalog, search and slice rows: ${fmt(first.seconds, 1)} s (${fmt(first.cpuSeconds, 1)} s of CPU) (load ${load()}).`);
  } catch (e) {
    json.startup1 = { error: (e as Error).message.slice(0, 500) };
    say(`Start-up at 1× failed: ${(e as Error).message.slice(0, 300)}`);
  }

  // 3. companyfacts: the real files through ingest (reader + codec + COPY), against multi-row INSERT, same run.
  const cfRuns: Record<FactWriter, Awaited<ReturnType<typeof ingestCompanyFactsAs>>[]> = { insert: [], copy: [] };
  for (let i = 0; i < REPEAT; i++) {
    for (const writer of ['insert', 'copy'] as const) cfRuns[writer].push(await ingestCompanyFactsAs(pool, files, (i * 2 + (writer === 'copy' ? 1 : 0)) * files.length, writer));
  }
  const c = median(cfRuns.copy, (r) => r.seconds);
  const ci = median(cfRuns.insert, (r) => r.seconds);
  json.companyfacts = { files: files.length, runs: cfRuns, facts: c.facts, factsPerSecond: c.facts / c.seconds, factsPerCpuSecond: c.facts / c.cpuSeconds, insertFactsPerSecond: ci.facts / ci.seconds, insertFactsPerCpuSecond: ci.facts / ci.cpuSeconds };
  say(`companyfacts ingest by the general path (${files.length} files, ${fmt(c.facts)} facts, reader + codec + write, one transaction each; \`ingestFilings\` below reads straight into binary COPY rows instead, src/store/companyfacts-copy.ts; median of ${REPEAT} runs each, taking turns; load ${load()}): by COPY **${fmt(c.facts / c.seconds)} facts/s**, **${fmt(c.facts / c.cpuSeconds)} facts per CPU second** (${fmt((c.nodeCpuSeconds / c.facts) * 1e6, 1)} µs of Node CPU and ${fmt(((c.cpuSeconds - c.nodeCpuSeconds) / c.facts) * 1e6, 1)} µs of PostgreSQL CPU a fact; reading ${fmt(c.readSeconds, 2)} s, writing ${fmt(c.seconds - c.readSeconds, 2)} s); by multi-row INSERT ${fmt(ci.facts / ci.seconds)} facts/s, ${fmt(ci.facts / ci.cpuSeconds)} per CPU second (${fmt((ci.nodeCpuSeconds / ci.facts) * 1e6, 1)} µs Node, ${fmt(((ci.cpuSeconds - ci.nodeCpuSeconds) / ci.facts) * 1e6, 1)} µs PostgreSQL a fact).`);

  // 3b. companyfacts through ingestFilings (a folder of `<cik>/companyfacts.json`, each file a copy under its own CIK): read in turn against the read-ahead thread, same run.
  const folder = companyFactsFolder(files, 3);
  try {
    const cfIngest: Record<'inTurn' | 'copy' | 'readAhead', { facts: number; seconds: number; cpuSeconds: number }[]> = { inTurn: [], copy: [], readAhead: [] };
    for (let i = 0; i < REPEAT; i++) {
      for (const mode of ['inTurn', 'copy', 'readAhead'] as const) {
        await pool.query("delete from facts where company_cik like '08%'; delete from documents where company_cik like '08%'");
        // Vacuumed before the clock starts: else autovacuum works through the last run's deleted rows during this one.
        await pool.query('vacuum facts, documents');
        const cpu0 = cpuSeconds(POSTMASTER);
        const t0 = performance.now();
        const r = await ingestFilings(pool, folder, undefined, 'copy', { readAhead: mode === 'readAhead', pipelined: mode !== 'inTurn' });
        if (r.failed.length) throw new Error(`companyfacts ingest failed: ${r.failed[0].reason}`);
        cfIngest[mode].push({ facts: r.facts, seconds: seconds(t0), cpuSeconds: cpuSeconds(POSTMASTER) - cpu0 });
      }
    }
    await pool.query("delete from facts where company_cik like '08%'; delete from documents where company_cik like '08%'");
    const q = median(cfIngest.copy, (r) => r.seconds);
    const qr = median(cfIngest.readAhead, (r) => r.seconds);
    const qt = median(cfIngest.inTurn, (r) => r.seconds);
    json.companyfactsIngest = { runs: cfIngest, factsPerSecond: q.facts / q.seconds, factsPerCpuSecond: q.facts / q.cpuSeconds, inTurnFactsPerSecond: qt.facts / qt.seconds, readAheadFactsPerSecond: qr.facts / qr.seconds };
    say(`companyfacts through \`ingestFilings\` (${files.length * 3} files, ${fmt(q.facts)} facts, hashing included, median of ${REPEAT} runs each, taking turns; load ${load()}): **pipelined (the default) ${fmt(q.facts / q.seconds)} facts/s, ${fmt(q.facts / q.cpuSeconds)} per CPU second**; reading in turn ${fmt(qt.facts / qt.seconds)} facts/s (${fmt(qt.facts / qt.cpuSeconds)} per CPU second; pipelined ${fmt(qt.seconds / q.seconds, 2)}× that); with the read-ahead thread ${fmt(qr.facts / qr.seconds)} facts/s (${fmt(qr.facts / qr.cpuSeconds)} per CPU second, ${fmt(qt.seconds / qr.seconds, 2)}×).`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // 4. What the key and the indexes cost a write and the disk: the same rows inserted (in SQL) into bare copies of facts, with each index added, the former key among them.
  const probe = await indexCosts(pool);
  json.indexCosts = probe;
  say(`Write cost and size of the key and indexes (${fmt(probe.rows)} rows INSERT … SELECT into a copy of facts; CPU of PostgreSQL; bytes a row of table and indexes): ${probe.steps.map((s) => `${s.name} ${fmt(s.seconds * 1000)} ms (${fmt(s.cpuSeconds * 1000)} ms CPU, ${fmt(s.bytes / probe.rows)} B/row)`).join('; ')}.`);
  const extra = (await pool.query("select count(*)::bigint as rows, count(extra)::bigint as with_extra, coalesce(sum(pg_column_size(extra)), 0)::bigint as extra_bytes, count(*) filter (where extra::text like '{\"frame\":%')::bigint as frame_only from facts")).rows[0];
  json.extraColumn = extra;
  say(`The \`extra\` json column: ${fmt(Number(extra.with_extra))} of ${fmt(Number(extra.rows))} rows carry one (${fmt(Number(extra.frame_only))} of them SEC's companyfacts \`frame\` tag), ${fmt(Number(extra.extra_bytes) / Number(extra.rows), 1)} B a row on average.`);
}

/** A temporary FILINGS_DIR of the companyfacts files, `copies` times each, each copy under its own CIK (08…): `<cik>/companyfacts.json`. */
function companyFactsFolder(files: string[], copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-companyfacts-'));
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const file of files) {
      const cik = String(800_000_000 + n++);
      const text = readFileSync(file, 'utf8').replace(/^\{"cik":\d+,/, `{"cik":${cik},`);
      if (!text.startsWith(`{"cik":${cik},`)) throw new Error(`${file} does not begin with its cik`);
      mkdirSync(join(dir, cik.padStart(10, '0')));
      writeFileSync(join(dir, cik.padStart(10, '0'), 'companyfacts.json'), text);
    }
  }
  return dir;
}

function companyFactsFiles(): string[] {
  const files = existsSync(COMPANYFACTS) ? readdirSync(COMPANYFACTS).filter((f) => /^CIK\d{10}\.json$/.test(f)).map((f) => join(COMPANYFACTS, f)) : [];
  if (files.length === 0) throw new Error(`no companyfacts JSON in ${COMPANYFACTS}`);
  return files;
}

/** Steps 5–6: the store `ingest` left replicated up to BENCH_FACTS, with the catalog rows serving needs. */
async function buildPart(pool: pg.Pool): Promise<void> {
  const files = companyFactsFiles();
  // The originals' catalog rows, derived as the server derives them (each company's graph built once), so the replicas' rows are copies of them.
  const tCatalog = performance.now();
  const serving = await StoreServing.open(pool, { filingsDir: null, cacheBytes: 64 * 2 ** 20 });
  const { refreshed } = await serving.snapshot();
  say(`Catalog rows of the ${fmt(refreshed.length)} original companies derived (their graphs built) in ${fmt(seconds(tCatalog), 1)} s.`);
  const originals = (await pool.query<{ company_cik: string }>('select distinct company_cik from documents order by 1')).rows.map((r) => r.company_cik);
  const missing = (await pool.query('select count(*)::int as n from (select distinct company_cik from documents) d where not exists (select 1 from company_catalog c where c.company_cik = d.company_cik)')).rows[0].n;
  if (missing > 0) throw new Error(`${missing} stored companies have no catalog row`);
  if (originals.length > 99) throw new Error(`${originals.length} companies to replicate: the replicas' CIKs have room for 99 a round`);
  const perRound = Number((await pool.query('select count(*)::bigint as n from facts')).rows[0].n);
  const rounds = Math.max(0, Math.ceil(TARGET_FACTS / perRound) - 1);
  const tRep = performance.now();
  // Bulk-load practice: the secondary indexes are dropped while the copies go in and built again after (timed apart).
  await pool.query('drop index if exists facts_company_concept; drop index if exists facts_frame_pick');
  const BATCH_ROUNDS = 8;
  for (let r0 = 1; r0 <= rounds; r0 += BATCH_ROUNDS) {
    const r1 = Math.min(rounds, r0 + BATCH_ROUNDS - 1);
    await replicate(pool, originals, r0, r1);
    console.log(`  replicated ${r1}/${rounds} rounds, ${fmt(seconds(tRep))} s, load ${load()}`);
  }
  const repSeconds = seconds(tRep);
  // Each word is in the copies' documents as often as in the originals'.
  await pool.query('update search_words set documents = documents * ($1::int + 1)', [rounds]);
  const tIndex = performance.now();
  await pool.query('create index facts_company_concept on facts (company_cik, concept)');
  await pool.query('create index facts_frame_pick on facts (concept, frame, unit) where frame is not null');
  const indexSeconds = seconds(tIndex);
  await pool.query('vacuum analyze facts');
  await pool.query('vacuum analyze documents');
  await pool.query('vacuum analyze company_catalog');
  await pool.query('vacuum analyze search_documents');
  await pool.query('vacuum analyze search_ranks');
  await pool.query('vacuum analyze search_labels');
  const total = Number((await pool.query('select count(*)::bigint as n from facts')).rows[0].n);
  const companies = Number((await pool.query('select count(distinct company_cik)::int as n from documents')).rows[0].n);
  json.replication = { rounds, perRound, seconds: repSeconds, factsPerSecond: (total - perRound) / repSeconds, indexSeconds };
  say(`Replicated in SQL (INSERT … SELECT, every document, fact and catalog row under ${rounds} × ${originals.length} other CIKs): ${fmt(total - perRound)} facts in ${fmt(repSeconds)} s (${fmt((total - perRound) / repSeconds)} facts/s, with the primary key only; load ${load()}); the two secondary indexes built again in ${fmt(indexSeconds)} s; then VACUUM ANALYZE.`);
  await storeSizes(pool, total, companies);

  // 6. Ingest into the big store: the real companyfacts again under new CIKs, by COPY.
  const big = await ingestCompanyFactsAs(pool, [...files, ...files, ...files], 1_000_000, 'copy');
  json.companyfactsAtScale = { ...big, factsPerSecond: big.facts / big.seconds };
  say(`companyfacts ingest into the ${fmt(total)}-fact store (${fmt(big.facts)} facts, reader included; load ${load()}): **${fmt(big.facts / big.seconds)} facts/s** by COPY, **${fmt(big.facts / big.cpuSeconds)} facts per CPU second** (writing alone ${fmt(big.facts / (big.seconds - big.readSeconds))} facts/s).`);
  // Their catalog rows too, so that serving starts without building a graph.
  const t = performance.now();
  const again = await serving.snapshot();
  say(`Catalog rows of the ${again.refreshed.length} companies ingested into the big store derived in ${fmt(seconds(t), 1)} s.`);
}

async function storeSizes(pool: pg.Pool, total: number, companies: number): Promise<void> {
  const sizes = (await pool.query(`select pg_database_size(current_database()) as db, pg_table_size('facts') as facts, pg_indexes_size('facts') as facts_indexes,
      pg_total_relation_size('documents') as documents, pg_total_relation_size('company_catalog') as catalog,
      (select json_object_agg(indexrelname, pg_relation_size(indexrelid)) from pg_stat_user_indexes where relname = 'facts') as by_index`)).rows[0];
  json.total = { facts: total, companies, sizes };
  const mb = (b: string | number) => `${fmt(Number(b) / 2 ** 20)} MB`;
  say(`Store: **${fmt(total)} facts**, ${fmt(companies)} companies; ${mb(sizes.db)} on disk = **${fmt(Number(sizes.db) / total)} B/fact** (facts table ${mb(sizes.facts)} = ${fmt(Number(sizes.facts) / total)} B/fact; its indexes ${Object.entries(sizes.by_index as Record<string, number>).map(([k, v]) => `${k} ${mb(v)} = ${fmt(v / total, 1)} B/fact`).join(', ')}; documents with the reader's json ${mb(sizes.documents)}; catalog ${mb(sizes.catalog)}).`);
}

/** Steps 7–8 over what the store holds. */
async function servePart(pool: pg.Pool, url: string): Promise<void> {
  const total = Number((await pool.query('select count(*)::bigint as n from facts')).rows[0].n);
  const companies = Number((await pool.query('select count(distinct company_cik)::int as n from documents')).rows[0].n);
  const uncatalogued = (await pool.query('select count(*)::int as n from (select distinct company_cik from documents) d where not exists (select 1 from company_catalog c where c.company_cik = d.company_cik)')).rows[0].n;
  const unsearched = (await pool.query('select count(*)::int as n from (select distinct company_cik from documents) d where not exists (select 1 from search_companies c where c.company_cik = d.company_cik)')).rows[0].n;
  say(`Serving ${fmt(total)} facts, ${fmt(companies)} companies (${uncatalogued} without a catalog row, ${unsearched} without search rows: start-up builds those companies' graphs), load average ${load()}.`);
  if (!PARTS.has('build')) await storeSizes(pool, total, companies);

  // 7. Frames via selectFrame (src/store/frame-sql.ts), the query the server runs.
  const frames: [string, string, string, FrameRequest['order']][] = [
    ['us-gaap:NetIncomeLoss', 'CY2023', 'USD', 'VALUE_DESC'],
    ['us-gaap:Assets', 'CY2023Q3I', 'USD', 'COMPANY'],
    ['us-gaap:Revenues', 'CY2023Q3', 'USD', 'VALUE_ASC'],
  ];
  json.frames = [];
  say(`load average before the frames: ${load()}`);
  for (const [concept, frame, unit, order] of frames) {
    const times: number[] = [];
    let answer = { totalCount: 0, rows: [] as unknown[] };
    for (let i = 0; i < 101; i++) {
      const t = performance.now();
      answer = await selectFrame(pool, { concept, frame, unit, order, limit: 100, offset: 0 });
      if (i > 0) times.push(performance.now() - t); // the first run reads from disk into the cache
    }
    const p = percentiles(times);
    (json.frames as unknown[]).push({ concept, frame, unit, order, ...p, companies: answer.totalCount });
    say(`Frame ${concept} ${frame} ${unit} (${order}, first 100) over ${fmt(total)} facts: p50 **${fmt(p.p50, 1)} ms**, p99 **${fmt(p.p99, 1)} ms** (100 runs after one warm-up), ${fmt(answer.totalCount)} companies.`);
  }
  const plan = (await pool.query(`explain (analyze, buffers, format text) ${framePicksSql("f.concept = 'us-gaap:NetIncomeLoss' and f.frame = 'CY2023' and f.unit = 'USD'")}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
  json.framePlan = plan;
  const one = await timeQuery(pool, 'select value, period_start, period_end, unit, extra from facts where company_cik = $1 and concept = $2', ['0000320193', 'us-gaap:NetIncomeLoss'], 51);
  json.companyConcept = one;
  say(`One company's facts of one concept (SQL only, Apple's us-gaap:NetIncomeLoss): p50 **${fmt(one.p50, 2)} ms**, p99 ${fmt(one.p99, 2)} ms, ${one.rows} rows.`);

  // 8. The server on the big store (BENCH_SKIP_BIG_STARTUP=1 skips it).
  if (process.env.BENCH_SKIP_BIG_STARTUP === '1') {
    json.serving = { skipped: true };
    say(`Serving ${fmt(total)} facts: skipped (BENCH_SKIP_BIG_STARTUP=1).`);
    return;
  }
  let server: Server;
  try {
    server = await startServer(url, 'big');
  } catch (e) {
    json.serving = { error: (e as Error).message.slice(0, 500) };
    say(`Start-up with ${fmt(total)} facts failed: ${(e as Error).message.slice(0, 300)}`);
    return;
  }
  try {
    const startRss = server.rssMb();
    const startCpu = server.cpuSeconds();
    if (process.env.BENCH_SEARCH_PAGES_ONLY === '1') {
      json.searchPages = await searchPages(server, total, url);
      return;
    }
    say(`Start-up to first answer with ${fmt(total)} facts in the store (\`src/server/main.ts\`, 1,280 MB heap limit, GRAPH_CACHE_MB default, nothing new to ingest; Apple's contract query, its graph built on it): **${fmt(server.seconds, 1)} s** (${fmt(startCpu, 1)} s of the server's CPU), RSS ${fmt(startRss)} MB (load ${load()}).`);
    // Companies not in memory: replicas spread over the store (the original companies' copies, XBRL and companyfacts alike), by CIK, deterministic.
    const ciks = (await pool.query<{ company_cik: string }>(
      `select company_cik from (select company_cik, row_number() over (order by md5(company_cik)) as n from company_catalog where company_cik <> '0000320193') c where n <= $1 order by n`,
      [COMPANIES],
    )).rows.map((r) => r.company_cik);
    const first: number[] = [];
    const again: number[] = [];
    const failures: string[] = [];
    const cpuFirst0 = server.cpuSeconds();
    for (const cik of ciks) {
      const r = await server.query(BY_CIK, { cik, concept: 'us-gaap:NetIncomeLoss' });
      if (r.body.errors || !(r.body.data as { companyByCik?: unknown })?.companyByCik) failures.push(`${cik}: ${JSON.stringify(r.body).slice(0, 200)}`);
      first.push(r.ms);
    }
    const rssAfterFirst = server.rssMb();
    const cacheAfterFirst = await graphCache(server.url);
    const firstCpu = server.cpuSeconds() - cpuFirst0;
    for (const cik of ciks.slice(-3)) for (let i = 0; i < 10; i++) again.push((await server.query(BY_CIK, { cik, concept: 'us-gaap:NetIncomeLoss' })).ms);
    const f = percentiles(first);
    const a = percentiles(again);
    const frameTimes: number[] = [];
    let frameTotal = 0;
    for (let i = 0; i < 11; i++) {
      const r = await server.query(FRAME);
      frameTotal = (r.body.data as { frame?: { totalCount: number } })?.frame?.totalCount ?? frameTotal;
      if (i > 0) frameTimes.push(r.ms);
      else json.frameFirstMs = r.ms;
    }
    const fr = percentiles(frameTimes);
    // Issue 22 at this size: a concept's TTM for the same companies (a concept not asked before: a new slice), a standard
    // metric for as many other companies not in memory (a slice of its concepts), and every metric's latest figure (the
    // explorer's company page: a slice of every metric's concepts with the extension verdicts) for as many more.
    const TTM = 'query Ttm($cik: String!) { companyByCik(cik: $cik) { name ttm(concept: "us-gaap:OperatingIncomeLoss", asOf: "2024-12-31") { value unit isStale quarters { value fiscalYear fiscalPeriod } } } }';
    const METRIC = 'query Metric($cik: String!) { companyByCik(cik: $cik) { name metric(metric: REVENUE, frequency: QUARTERLY, asOf: "2024-12-31") { value unit fiscalYear fiscalPeriod } } }';
    const LATEST = 'query Latest($cik: String!) { companyByCik(cik: $cik) { name latestMetrics(asOf: "2024-12-31") { metric value unit fiscalYear fiscalPeriod explanation } } }';
    const more = async (round: number) => (await pool.query<{ company_cik: string }>(
      `select company_cik from (select company_cik, row_number() over (order by md5(company_cik)) as n from company_catalog where company_cik <> '0000320193') c where n > $1 and n <= $2 order by n`,
      [round * COMPANIES, (round + 1) * COMPANIES],
    )).rows.map((r) => r.company_cik);
    const others = await more(1);
    const third = await more(2);
    const timed = async (query: string, list: string[]) => {
      const times: number[] = [];
      const cpu0 = server.cpuSeconds();
      for (const cik of list) {
        const r = await server.query(query, { cik });
        if (r.body.errors) failures.push(`${cik}: ${JSON.stringify(r.body.errors).slice(0, 200)}`);
        times.push(r.ms);
      }
      return { ...percentiles(times), times, cpuMs: ((server.cpuSeconds() - cpu0) / list.length) * 1000 };
    };
    const ttm = await timed(TTM, ciks);
    const metric = await timed(METRIC, others);
    const latest = await timed(LATEST, third);
    const wholeAfterMetrics = (await graphCache(server.url));
    json.issue22 = { ttm, metric, others, latest, third, wholeAfterMetrics };
    say(`Issue 22 at this size, companies not in memory: a concept's TTM (\`ttm(concept:, asOf:)\`, from a concept slice) over the same ${ciks.length} companies, p50 **${fmt(ttm.p50)} ms**, p99 **${fmt(ttm.p99)} ms**; a standard metric's quarters (\`metric(metric: REVENUE)\`, a slice of its concepts) over ${others.length} others, p50 **${fmt(metric.p50)} ms**, p99 **${fmt(metric.p99)} ms** (${fmt(metric.cpuMs)} ms of the server's CPU a company); every metric's latest figure (\`latestMetrics\`, a slice of every metric's concepts with the extension verdicts) over ${third.length} more, p50 **${fmt(latest.p50)} ms**, p99 **${fmt(latest.p99)} ms** (${latest.times.map((m) => fmt(m)).join(', ')} ms; ${fmt(latest.cpuMs)} ms of the server's CPU a company; load ${load()}; the graph cache then holding ${wholeAfterMetrics}).`);
    json.searchPages = await searchPages(server, total, url);
    const rss = server.rssMb();
    json.serving = { startupSeconds: server.seconds, startCpu, firstCpu, startRss, cacheAfterFirst, ciks, firstMs: first, againMs: again, first: f, again: a, rssAfterFirst, frame: fr, frameTotal, rss, failures };
    say(`First query of a company not in memory (the contract query by CIK, \`companyByCik\`, its graph built from the store), ${ciks.length} companies one after another: p50 **${fmt(f.p50)} ms**, p99 **${fmt(f.p99)} ms** (${first.map((m) => fmt(m)).join(', ')} ms; load ${load()})${failures.length ? `; ${failures.length} failed: ${failures.join('; ')}` : ''}. The server's CPU for them: ${fmt(firstCpu, 1)} s (${fmt((firstCpu / ciks.length) * 1000)} ms a company). RSS then ${fmt(rssAfterFirst)} MB, the graph cache holding ${cacheAfterFirst}.`);
    say(`The same company again (the last three, 10 times each, response cache off): p50 **${fmt(a.p50, 1)} ms**, p99 ${fmt(a.p99, 1)} ms.`);
    say(`A frame through GraphQL (NetIncomeLoss CY2023 USD by value, first 3 with company names, which the default graph cache holds together; ${fmt(frameTotal)} companies): first ${fmt(json.frameFirstMs as number)} ms (it builds the page's companies' graphs), then p50 **${fmt(fr.p50, 1)} ms**, p99 ${fmt(fr.p99, 1)} ms over 10 runs. RSS serving the ${fmt(total)}-fact store at the end: **${fmt(rss)} MB** (the server's CPU since its start: ${fmt(server.cpuSeconds(), 1)} s).`);
  } finally {
    await server.stop();
  }
}

/** The explorer's search operation (web/src/operations.graphql, `Search`) with the fragments it uses, as the explorer sends it. */
function explorerSearch(): string {
  const text = readFileSync(join(repo, 'web/src/operations.graphql'), 'utf8');
  const blocks = new Map([...text.matchAll(/^(query|fragment) (\w+)[^\n]*\{\n[\s\S]*?\n\}$/gm)].map((m) => [m[2], m[0]]));
  const used = new Set<string>();
  const add = (name: string) => {
    if (used.has(name)) return;
    used.add(name);
    for (const m of blocks.get(name)!.matchAll(/\.\.\.(\w+)/g)) add(m[1]);
  };
  add('Search');
  return [...used].map((n) => blocks.get(n)).join('\n');
}

/** Words an analyst searches for, one page each (the explorer's first page, 20 results), each query's page over companies mostly not in memory. */
const SEARCH_QUERIES = ['revenue', 'net income', 'total assets', 'goodwill', 'inventory', 'deferred tax', 'operating lease', 'depreciation', 'share-based compensation', 'accounts payable', 'dividends', 'interest expense', 'income tax', 'retained earnings', 'long-term debt', 'accounts receivable', 'property plant', 'comprehensive income', 'cash equivalents', 'research and development'];

/** Issue 23 at this size: the explorer's search page (first 20 results) for each of SEARCH_QUERIES, once each, then the same pages again. */
async function searchPages(server: Server, total: number, url: string): Promise<unknown> {
  const query = explorerSearch();
  // Each of the first ten on a server just started: nothing in memory (hits rank alike across queries, so one after another they share companies).
  const cold: number[] = [];
  const coldCompanies: number[] = [];
  const coldFailures: string[] = [];
  for (const q of SEARCH_QUERIES.slice(0, 10)) {
    const fresh = await startServer(url, 'search');
    try {
      const r = await fresh.query(query, { query: q, first: 20 });
      const page = (r.body.data as { search?: { edges: { node: { company?: { id: string }; disclosure?: { company: { id: string } }; lineItem?: { company: { id: string } } } }[] } })?.search;
      if (r.body.errors || !page) coldFailures.push(`${q}: ${JSON.stringify(r.body.errors ?? r.body).slice(0, 160)}`);
      coldCompanies.push(new Set(page?.edges.map(({ node }) => (node.company ?? node.disclosure?.company ?? node.lineItem?.company)?.id)).size);
      cold.push(r.ms);
    } finally {
      await fresh.stop();
    }
  }
  const c = percentiles(cold);
  say(
    `Issue 23 at this size: the explorer's search page (its \`Search\` operation, first 20 results) on a server just started (no company in memory), ${cold.length} queries (${SEARCH_QUERIES.slice(0, 10).join(', ')}), each page's hits over ${coldCompanies.join(', ')} companies: p50 **${fmt(c.p50)} ms**, p99 **${fmt(c.p99)} ms** (${cold.map((m) => fmt(m)).join(', ')} ms; load ${load()})${coldFailures.length ? `; ${coldFailures.length} failed: ${coldFailures.join('; ')}` : ''}.`,
  );
  const before = await graphCache(server.url);
  const cpu0 = server.cpuSeconds();
  const first: number[] = [];
  const companies: number[] = [];
  const failures: string[] = [];
  for (const q of SEARCH_QUERIES) {
    const r = await server.query(query, { query: q, first: 20 });
    const page = (r.body.data as { search?: { edges: { node: { company?: { id: string }; disclosure?: { company: { id: string } }; lineItem?: { company: { id: string } } } }[] } })?.search;
    if (r.body.errors || !page) failures.push(`${q}: ${JSON.stringify(r.body).slice(0, 200)}`);
    companies.push(new Set(page?.edges.map(({ node }) => (node.company ?? node.disclosure?.company ?? node.lineItem?.company)?.id)).size);
    first.push(r.ms);
  }
  const cpu = server.cpuSeconds() - cpu0;
  const after = await graphCache(server.url);
  const again: number[] = [];
  for (const q of SEARCH_QUERIES) again.push((await server.query(query, { query: q, first: 20 })).ms);
  const f = percentiles(first);
  const a = percentiles(again);
  say(
    `Issue 23 at this size: the explorer's search page (its \`Search\` operation, first 20 results) for ${SEARCH_QUERIES.length} queries over ${fmt(total)} facts, one after another, each page's hits over ${Math.min(...companies)}–${Math.max(...companies)} companies (median ${[...companies].sort((x, y) => x - y)[companies.length >> 1]}): first time p50 **${fmt(f.p50)} ms**, p99 **${fmt(f.p99)} ms** (${first.map((m) => fmt(m)).join(', ')} ms; the server's CPU ${fmt(cpu, 1)} s; load ${load()})${failures.length ? `; ${failures.length} failed: ${failures.join('; ')}` : ''}; the same pages again p50 ${fmt(a.p50)} ms, p99 ${fmt(a.p99)} ms. Graph cache before: ${before}; after the first pages: ${after}.`,
  );
  return { queries: SEARCH_QUERIES, cold, coldCompanies, coldP: c, coldFailures, first, again, companies, firstP: f, againP: a, cpu, cacheBefore: before, cacheAfter: after, failures };
}

/**
 * A copy's prepared search answer (migration 0021) from its original's: every string under the
 * copy's CIK as the reader's json is rewritten below, global IDs decoded, rewritten and encoded
 * again. Checked against the answers the server prepared from the copies' own graphs (a 10 M
 * store whose copies' answers were prepared by its first start): equal for all 85,715 rows of
 * every fifth copy (93, XBRL and companyfacts).
 */
function copyView(value: unknown, old: string, now: string): unknown {
  const text = (s: string) => s.replaceAll(old, now).replaceAll(`"${old.replace(/^0+/, '')}"`, `"${now.replace(/^0+/, '')}"`);
  if (typeof value === 'string') {
    const decoded = Buffer.from(value, 'base64url').toString('utf8');
    if (/^[A-Z][A-Za-z]*:/.test(decoded) && Buffer.from(decoded, 'utf8').toString('base64url') === value) return Buffer.from(text(decoded), 'utf8').toString('base64url');
    return text(value);
  }
  if (Array.isArray(value)) return value.map((v) => copyView(v, old, now));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyView(v, old, now)]));
  return value;
}

/** Copies of the original companies' documents, facts and catalog rows under rounds r0..r1 of new CIKs, in SQL (one statement per table). */
async function replicate(pool: pg.Pool, originals: string[], r0: number, r1: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      "create temp table cik_map on commit drop as select o.cik as old, lpad((9500000000 + r * 100 + o.i)::text, 10, '0') as new, r * 100 + o.i as n from unnest($1::text[]) with ordinality as o(cik, i), generate_series($2::int, $3::int) as r",
      [originals, r0, r1],
    );
    // Each copied document gets its own number from the documents' sequence.
    await client.query(
      "create temp table doc_map on commit drop as select d.company_cik as old_cik, d.id as old_id, m.new as new_cik, nextval(pg_get_serial_sequence('documents', 'id')) as new_id from documents d join cik_map m on m.old = d.company_cik",
    );
    await client.query(
      `insert into documents (id, company_cik, content_sha256, kind, folder, root, accession_number, form, period_end, known_on, reader, fact_count, generation)
       select x.new_id, m.new, d.content_sha256, d.kind, d.folder || '#' || m.new, d.root, d.accession_number, d.form, d.period_end, d.known_on,
              replace(replace(d.reader::text, m.old, m.new), '"' || ltrim(m.old, '0') || '"', '"' || ltrim(m.new, '0') || '"')::json, d.fact_count, d.generation
       from documents d join doc_map x on x.old_cik = d.company_cik and x.old_id = d.id join cik_map m on m.old = d.company_cik and m.new = x.new_cik`,
    );
    await client.query(
      `insert into facts (company_cik, document_id, ${FACT_COLUMNS})
       select x.new_cik, x.new_id, ${FACT_COLUMNS.split(', ').map((c) => `f.${c}`).join(', ')} from facts f join doc_map x on x.old_cik = f.company_cik and x.old_id = f.document_id
       order by x.new_cik, x.new_id, f.seq`,
    );
    // The catalog row the server would derive from the copy's graph (same documents' hashes, so the same digest; ids under the new CIK), named
    // and listed apart so that the original's name and tickers still find the original.
    await client.query(
      `insert into company_catalog (company_cik, digest, company_id, name, first_folder, companyfacts_file, listings, units, forms, set_aside, fact_count, disclosure_count, check_count, failed_check_count)
       select m.new, c.digest, replace(c.company_id, m.old, m.new), c.name || ' (copy ' || m.n || ')', c.first_folder || '#' || m.new, c.companyfacts_file,
              coalesce((select json_agg(json_build_object('ticker', left(l->>'ticker', 5) || '.' || m.n, 'listedFrom', l->'listedFrom', 'listedUntil', l->'listedUntil')) from json_array_elements(c.listings) l), '[]'::json),
              c.units, c.forms, c.set_aside, c.fact_count, c.disclosure_count, c.check_count, c.failed_check_count
       from company_catalog c join cik_map m on m.old = c.company_cik`,
    );
    // Its search rows (migration 0011) too, under the copy's ids, with their prepared answers (migration 0021) and the digest and selection
    // they were written for: start-up writes a company's search rows (building its graph) when they are missing or stale.
    await client.query('create temp table copy_views (company_cik text, ord int, view json) on commit drop');
    const copies = (await client.query<{ old: string; new: string }>('select old, new from cik_map')).rows;
    for (const old of originals) {
      const rows = (await client.query<{ ord: number; view: unknown }>('select ord, view from search_documents where company_cik = $1 and view is not null', [old])).rows;
      for (const copy of copies.filter((c) => c.old === old)) {
        await client.query('insert into copy_views select $1, o, v from unnest($2::int[], $3::json[]) as u(o, v)', [copy.new, rows.map((r) => r.ord), rows.map((r) => JSON.stringify(copyView(r.view, old, copy.new)))]);
      }
    }
    await client.query(
      `insert into search_documents (company_cik, ord, company_key, entity_type, entity_id, tier, label_words, words, label, statement, latest_fact_id, latest_value, latest_unit, latest_end, view)
       select m.new, d.ord, d.company_key || '#' || m.new, d.entity_type, replace(d.entity_id, m.old, m.new), d.tier, d.label_words, d.words, d.label, d.statement,
              replace(d.latest_fact_id, m.old, m.new), d.latest_value, d.latest_unit, d.latest_end, v.view
       from search_documents d join cik_map m on m.old = d.company_cik left join copy_views v on v.company_cik = m.new and v.ord = d.ord`,
    );
    // Their ranking columns (migration 0055) as saveSearchDocuments writes them.
    await client.query('insert into search_ranks (company_cik, ord, company_key, entity_type, tier, label_words, words) select d.company_cik, d.ord, d.company_key, d.entity_type, d.tier, d.label_words, d.words from search_documents d join cik_map m on m.new = d.company_cik');
    // And their label postings (migration 0060).
    for (const copy of copies) await client.query(LABELS_OF_COMPANY, [copy.new]);
    await client.query('insert into search_companies (company_cik, digest, views) select m.new, s.digest, s.views from search_companies s join cik_map m on m.old = s.company_cik');
    // And its concept slices (migration 0020), the reader's json by concept: keyed by their documents' folders as the copies' are.
    await client.query(
      `insert into slice_parts (company_cik, concept, kind, folder, digest, part)
       select m.new, p.concept, p.kind, p.folder || '#' || m.new, p.digest, replace(replace(p.part::text, m.old, m.new), '"' || ltrim(m.old, '0') || '"', '"' || ltrim(m.new, '0') || '"')::json
       from slice_parts p join cik_map m on m.old = p.company_cik`,
    );
    // And the metrics' extension verdicts (migration 0030), naming the copies' disclosures.
    await client.query(
      `insert into metric_extensions (company_cik, digest, verdicts)
       select m.new, v.digest, replace(v.verdicts::text, m.old, m.new)::json from metric_extensions v join cik_map m on m.old = v.company_cik`,
    );
    await client.query('update store_state set generation = generation + 1 where id = 1');
    await client.query('commit');
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
}

/** Every column of `facts` but the company and the document. */
const FACT_COLUMNS = 'seq, concept, context_index, unit_index, value, decimals, element_id, line, period_start, period_end, dimensional, unit, extra, frame, frame_distance, accession_number, known_on';

/**
 * The store's rows inserted again into copies of `facts`: bare, with its primary key, with
 * every index, and the same with the former key (the document's 64-character content hash in
 * every row and key instead of its number), for the time, the CPU and the bytes of each.
 */
async function indexCosts(pool: pg.Pool): Promise<{ rows: number; steps: { name: string; seconds: number; cpuSeconds: number; bytes: number }[] }> {
  const client = await pool.connect();
  const steps: { name: string; seconds: number; cpuSeconds: number; bytes: number }[] = [];
  try {
    await client.query('drop table if exists probe_rows; create temp table probe_rows as select f.*, d.content_sha256 from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id');
    const rows = Number((await client.query('select count(*)::int as n from probe_rows')).rows[0].n);
    const secondary = 'create index on probe (company_cik, concept); create index on probe (concept, frame, unit) where frame is not null;';
    const variants: [string, 'number' | 'hash', string][] = [
      ['no index', 'number', ''],
      ['primary key (company_cik, document_id, seq)', 'number', 'alter table probe add primary key (company_cik, document_id, seq);'],
      ['former primary key (company_cik, content_sha256, seq)', 'hash', 'alter table probe add primary key (company_cik, content_sha256, seq);'],
      ['primary key + the two secondary indexes (today)', 'number', `alter table probe add primary key (company_cik, document_id, seq); ${secondary}`],
      ['former key + the two secondary indexes (before migration 0003)', 'hash', `alter table probe add primary key (company_cik, content_sha256, seq); ${secondary}`],
    ];
    for (const [name, key, ddl] of variants) {
      // The former layout: the hash in the row, no document number (the columns in their former order).
      const create =
        key === 'number'
          ? 'create table probe (like facts including defaults)'
          : `create table probe (company_cik text not null, content_sha256 text not null, seq int not null, concept text not null, context_index int not null, unit_index int, value text, decimals text, element_id text, line int,
               period_start date, period_end date, dimensional boolean not null, unit text, extra json, frame text, frame_distance smallint, accession_number text, known_on date)`;
      await client.query(`drop table if exists probe; ${create}; ${ddl}`);
      await client.query('checkpoint');
      const cpu0 = cpuSeconds(POSTMASTER);
      const t = performance.now();
      await client.query(`insert into probe (company_cik, ${key === 'number' ? 'document_id' : 'content_sha256'}, ${FACT_COLUMNS}) select company_cik, ${key === 'number' ? 'document_id' : 'content_sha256'}, ${FACT_COLUMNS} from probe_rows`);
      const s = seconds(t);
      const cpu = cpuSeconds(POSTMASTER) - cpu0;
      const bytes = Number((await client.query("select pg_total_relation_size('probe') as b")).rows[0].b);
      steps.push({ name, seconds: s, cpuSeconds: cpu, bytes });
    }
    await client.query('drop table probe; drop table probe_rows');
    return { rows, steps };
  } finally {
    client.release();
  }
}

await main();
