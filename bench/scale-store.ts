/**
 * `npm run bench:scale`: the store at growing sizes (issue 20), in one run, in a temporary
 * embedded PostgreSQL (default settings, durable commits):
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
 * 8. start-up to first answer with the big store (BENCH_SKIP_BIG_STARTUP=1 skips it: until
 *    serving loads companies on first use, it builds every stored fact into the heap).
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
import { companyFactsHash, ingestFilings, storeCompanyFacts, type FactWriter, type IngestReport } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const COMPANYFACTS = resolve(process.env.BENCH_COMPANYFACTS_DIR ?? join(repo, '../shared/edgar/data.sec.gov/api/xbrl/companyfacts'));
const TARGET_FACTS = Number(process.env.BENCH_FACTS ?? 10_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const CONTRACT = `query Concept($ticker: String!, $concept: String!) { company(ticker: $ticker) { name cik concept(name: $concept) { name label facts(first: 100) { nodes { value unit decimals origin isLatest period { startDate endDate } dimensions { axis member } disclosure { form accessionNumber filedOn } revisions { value disclosure { accessionNumber } } } } } } }`;

const report: string[] = [];
const json: Record<string, unknown> = {};
const say = (line: string) => {
  console.log(line);
  report.push(line);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Starts the server on the store, times spawn → first answer of the contract query, reads its RSS, stops it. */
async function startUp(databaseUrl: string, label: string): Promise<{ seconds: number; rssMb: number; heapNote: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repo,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', FILINGS_DIR: '', NODE_ENV: 'production', RESPONSE_CACHE_MB: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (c) => (out += c));
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready at (http:\/\/localhost:\d+\/graphql)/.exec(out);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
    const limit = Number(process.env.BENCH_STARTUP_TIMEOUT_S ?? 600);
    const timer = setTimeout(() => {
      const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      fail(new Error(`not answering after ${limit} s (RSS ${fmt(rss)} MB then); stopped`));
      child.kill('SIGKILL');
    }, limit * 1000);
    timer.unref();
    // Answered or gone: the timer must not fire later, when the process no longer exists.
    child.once('exit', () => clearTimeout(timer));
    child.stdout.on('data', () => /ready at/.test(out) && clearTimeout(timer));
  });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CONTRACT, variables: { ticker: 'AAPL', concept: 'us-gaap:NetIncomeLoss' } }) });
  const body = (await res.json()) as { data?: { company?: { concept?: { facts: { nodes: unknown[] } } } } };
  const seconds = (performance.now() - t0) / 1000;
  if (!body.data?.company?.concept?.facts.nodes.length) throw new Error(`no answer at ${label}: ${JSON.stringify(body).slice(0, 300)}`);
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { seconds, rssMb, heapNote: '' };
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
  let total = (own.user + own.system) / 1e6;
  if (postmaster === null) return total;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[1] is the parent; [11], [12] user and system time in clock ticks (100 a second).
      if (Number(pid) === postmaster || Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
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
    const copy: CompanyFacts = { ...cf, cik, path: `${cf.path}#${cik}` };
    facts += await storeCompanyFacts(pool, copy, COMPANYFACTS, `${companyFactsHash(file)}-${cik}`, writer);
  }
  return { facts, seconds: seconds(t0), readSeconds, cpuSeconds: cpuSeconds(POSTMASTER) - cpu0, nodeCpuSeconds: cpuSeconds(null) - node0 };
}

async function main(): Promise<void> {
  if (!existsSync(FILINGS)) throw new Error(`${FILINGS} is absent: set BENCH_FILINGS_DIR`);
  const files = existsSync(COMPANYFACTS) ? readdirSync(COMPANYFACTS).filter((f) => /^CIK\d{10}\.json$/.test(f)).map((f) => join(COMPANYFACTS, f)) : [];
  if (files.length === 0) throw new Error(`no companyfacts JSON in ${COMPANYFACTS}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  const pool = store.pool;
  POSTMASTER = Number(readFileSync(join(dir, 'store', 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  const url = (pool as unknown as { options: { connectionString: string } }).options.connectionString;
  const started = Date.now();
  try {
    say(`# Store at scale (issue 20), ${new Date().toISOString()}, Node ${process.version}, load average ${load()} (1, 5, 15 min)`);
    say('');
    // 1. XBRL ingest, parsing included: multi-row INSERT and COPY taking turns, REPEAT times each (the documents removed before each), medians.
    const xbrlRuns: Record<FactWriter, (IngestReport & { seconds: number; cpuSeconds: number })[]> = { insert: [], copy: [] };
    for (let i = 0; i < REPEAT; i++) {
      for (const writer of ['insert', 'copy'] as const) {
        await pool.query('delete from documents');
        const cpu0 = cpuSeconds(POSTMASTER);
        const t0 = performance.now();
        const r = await ingestFilings(pool, FILINGS, undefined, writer);
        xbrlRuns[writer].push({ ...r, seconds: seconds(t0), cpuSeconds: cpuSeconds(POSTMASTER) - cpu0 });
      }
    }
    const median = <T>(list: T[], f: (t: T) => number) => [...list].sort((a, b) => f(a) - f(b))[Math.floor(list.length / 2)];
    const x = median(xbrlRuns.copy, (r) => r.seconds);
    const xi = median(xbrlRuns.insert, (r) => r.seconds);
    const xWrite = median(xbrlRuns.copy, (r) => r.writeSeconds).writeSeconds;
    const xiWrite = median(xbrlRuns.insert, (r) => r.writeSeconds).writeSeconds;
    json.xbrl = { filings: x.ingested.length, facts: x.facts, runs: xbrlRuns, medianSeconds: x.seconds, factsPerSecond: x.facts / x.seconds, factsPerCpuSecond: x.facts / x.cpuSeconds };
    const readerJson = (await pool.query("select sum(octet_length(reader::text))::bigint as text, sum(pg_column_size(reader))::bigint as stored from documents where kind = 'xbrl-filing'")).rows[0];
    json.xbrlReaderJson = readerJson;
    say(`XBRL ingest: ${x.ingested.length} filings, ${fmt(x.facts)} facts, median of ${REPEAT} runs: ${fmt(x.seconds, 1)} s = **${fmt(x.facts / x.seconds)} facts/s** including parsing, **${fmt(x.facts / x.cpuSeconds)} facts per CPU second** (Node and PostgreSQL); reading ${fmt(x.readSeconds, 1)} s = ${fmt(x.facts / x.readSeconds)} facts/s; writing by COPY ${fmt(xWrite, 2)} s = ${fmt(x.facts / xWrite)} facts/s, by multi-row INSERT ${fmt(xiWrite, 2)} s = ${fmt(x.facts / xiWrite)} facts/s (whole ingest by INSERT: ${fmt(xi.facts / xi.seconds)} facts/s, ${fmt(xi.facts / xi.cpuSeconds)} per CPU second). The reader's json without the facts: ${fmt(Number(readerJson.text) / 1e6, 1)} MB of text, ${fmt(Number(readerJson.stored) / 1e6, 1)} MB stored (compressed).`);

    // 2. Start-up at 1× (depends on how the server serves the store: see the lazy branch).
    try {
      const s1 = await startUp(url, '1×');
      json.startup1 = s1;
      say(`Start-up to first answer, 1× (${fmt(x.facts)} filing facts, no companyfacts yet): **${fmt(s1.seconds, 1)} s**, RSS ${fmt(s1.rssMb)} MB.`);
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
    say(`companyfacts ingest (${files.length} files, ${fmt(c.facts)} facts, reader + codec + write, one transaction each; median of ${REPEAT} runs each, taking turns): by COPY **${fmt(c.facts / c.seconds)} facts/s**, **${fmt(c.facts / c.cpuSeconds)} facts per CPU second** (${fmt((c.nodeCpuSeconds / c.facts) * 1e6, 1)} µs of Node CPU and ${fmt(((c.cpuSeconds - c.nodeCpuSeconds) / c.facts) * 1e6, 1)} µs of PostgreSQL CPU a fact; reading ${fmt(c.readSeconds, 2)} s, writing ${fmt(c.seconds - c.readSeconds, 2)} s); by multi-row INSERT ${fmt(ci.facts / ci.seconds)} facts/s, ${fmt(ci.facts / ci.cpuSeconds)} per CPU second (${fmt((ci.nodeCpuSeconds / ci.facts) * 1e6, 1)} µs Node, ${fmt(((ci.cpuSeconds - ci.nodeCpuSeconds) / ci.facts) * 1e6, 1)} µs PostgreSQL a fact).`);

    // 4. What the indexes cost a write: the same rows inserted (in SQL) into bare copies of facts, with each index added.
    const probe = await indexCosts(pool);
    json.indexCosts = probe;
    say(`Write cost of the indexes (${fmt(probe.rows)} rows INSERT … SELECT into a copy of facts): ${probe.steps.map((s) => `${s.name} ${fmt(s.seconds * 1000)} ms (${fmt(s.cpuSeconds * 1000)} ms CPU)`).join(', ')}.`);

    // 5. Replication in SQL to the target size: every document and fact of the store again under other CIKs (INSERT … SELECT).
    const originals = (await pool.query<{ company_cik: string }>('select distinct company_cik from documents order by 1')).rows.map((r) => r.company_cik);
    const perRound = Number((await pool.query('select count(*)::bigint as n from facts')).rows[0].n);
    const rounds = Math.max(0, Math.ceil(TARGET_FACTS / perRound) - 1);
    const tRep = performance.now();
    // Bulk-load practice: the secondary indexes are dropped while the copies go in and built again after (timed apart).
    await pool.query('drop index facts_company_concept; drop index facts_frame_pick');
    const BATCH_ROUNDS = 8;
    for (let r0 = 1; r0 <= rounds; r0 += BATCH_ROUNDS) {
      const r1 = Math.min(rounds, r0 + BATCH_ROUNDS - 1);
      await replicate(pool, originals, r0, r1);
      console.log(`  replicated ${r1}/${rounds} rounds, ${fmt(seconds(tRep))} s, load ${load()}`);
    }
    const repSeconds = seconds(tRep);
    const tIndex = performance.now();
    await pool.query('create index facts_company_concept on facts (company_cik, concept)');
    await pool.query('create index facts_frame_pick on facts (concept, frame, unit) where frame is not null');
    const indexSeconds = seconds(tIndex);
    await pool.query('vacuum analyze facts');
    await pool.query('vacuum analyze documents');
    const total = Number((await pool.query('select count(*)::bigint as n from facts')).rows[0].n);
    const companies = Number((await pool.query('select count(distinct company_cik)::int as n from documents')).rows[0].n);
    json.replication = { rounds, perRound, seconds: repSeconds, factsPerSecond: (total - perRound) / repSeconds, indexSeconds };
    say(`Replicated in SQL (INSERT … SELECT, every document and fact under ${rounds} × ${originals.length} other CIKs): ${fmt(total - perRound)} facts in ${fmt(repSeconds)} s (${fmt((total - perRound) / repSeconds)} facts/s, with the primary key only); the two secondary indexes built again in ${fmt(indexSeconds)} s; then VACUUM ANALYZE.`);
    const sizes = (await pool.query(`select pg_database_size(current_database()) as db, pg_table_size('facts') as facts, pg_indexes_size('facts') as facts_indexes,
        pg_total_relation_size('documents') as documents,
        (select json_object_agg(indexrelname, pg_relation_size(indexrelid)) from pg_stat_user_indexes where relname = 'facts') as by_index`)).rows[0];
    json.total = { facts: total, companies, sizes };
    const mb = (b: string | number) => `${fmt(Number(b) / 2 ** 20)} MB`;
    say(`Store: **${fmt(total)} facts**, ${fmt(companies)} companies; ${mb(sizes.db)} on disk = **${fmt(Number(sizes.db) / total)} B/fact** (facts table ${mb(sizes.facts)} = ${fmt(Number(sizes.facts) / total)} B/fact; its indexes ${Object.entries(sizes.by_index as Record<string, number>).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}; documents with the reader's json ${mb(sizes.documents)}).`);

    // 6. Ingest into the big store: the real companyfacts again under new CIKs, by COPY.
    const big = await ingestCompanyFactsAs(pool, [...files, ...files, ...files], 1_000_000, 'copy');
    json.companyfactsAtScale = { ...big, factsPerSecond: big.facts / big.seconds };
    say(`companyfacts ingest into the ${fmt(total)}-fact store (${fmt(big.facts)} facts, reader included): **${fmt(big.facts / big.seconds)} facts/s** by COPY, **${fmt(big.facts / big.cpuSeconds)} facts per CPU second** (writing alone ${fmt(big.facts / (big.seconds - big.readSeconds))} facts/s).`);

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

    // 8. Start-up with the big store: meaningful once serving loads companies on first use (the lazy branch); off with BENCH_SKIP_BIG_STARTUP=1.
    if (process.env.BENCH_SKIP_BIG_STARTUP === '1') {
      json.startupBig = { skipped: true };
      say(`Start-up with ${fmt(total)} facts: skipped (BENCH_SKIP_BIG_STARTUP=1).`);
    } else {
      try {
        const s10 = await startUp(url, 'big');
        json.startupBig = s10;
        say(`Start-up to first answer with ${fmt(total)} facts in the store: **${fmt(s10.seconds, 1)} s**, RSS ${fmt(s10.rssMb)} MB.`);
      } catch (e) {
        json.startupBig = { error: (e as Error).message.slice(0, 500) };
        say(`Start-up with ${fmt(total)} facts failed: ${(e as Error).message.slice(0, 300)}`);
      }
    }
    say('');
    say(`Whole run: ${fmt((Date.now() - started) / 1000)} s; load average at the end ${load()}.`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const out = join(repo, '.generated/bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'scale.md'), report.join('\n') + '\n');
    writeFileSync(join(out, 'scale.json'), JSON.stringify(json, null, 2) + '\n');
  }
}

/** Copies of the original companies' documents and facts under rounds r0..r1 of new CIKs, in SQL (one statement per table). */
async function replicate(pool: pg.Pool, originals: string[], r0: number, r1: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('create temp table cik_map on commit drop as select o.cik as old, lpad((9500000000 + r * 100 + o.i)::text, 10, \'0\') as new, r from unnest($1::text[]) with ordinality as o(cik, i), generate_series($2::int, $3::int) as r', [originals, r0, r1]);
    await client.query(
      `insert into documents (company_cik, content_sha256, kind, folder, root, accession_number, form, period_end, known_on, reader, fact_count, generation)
       select m.new, d.content_sha256, d.kind, d.folder || '#' || m.new, d.root, d.accession_number, d.form, d.period_end, d.known_on,
              replace(replace(d.reader::text, m.old, m.new), '"' || ltrim(m.old, '0') || '"', '"' || ltrim(m.new, '0') || '"')::json, d.fact_count, d.generation
       from documents d join cik_map m on m.old = d.company_cik`,
    );
    await client.query(
      `insert into facts (company_cik, ${FACT_COLUMNS})
       select m.new, ${FACT_COLUMNS.split(', ').map((c) => `f.${c}`).join(', ')} from facts f join cik_map m on m.old = f.company_cik`,
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

const FACT_COLUMNS = 'content_sha256, seq, concept, context_index, unit_index, value, decimals, element_id, line, period_start, period_end, dimensional, unit, extra, frame, frame_distance, accession_number, known_on';

/** The store's rows inserted again into copies of `facts`: bare, with its primary key, with every index, and with the former derived `amount numeric` column. */
async function indexCosts(pool: pg.Pool): Promise<{ rows: number; steps: { name: string; seconds: number; cpuSeconds: number }[] }> {
  const client = await pool.connect();
  const steps: { name: string; seconds: number; cpuSeconds: number }[] = [];
  try {
    const rows = Number((await client.query('select count(*)::int as n from facts')).rows[0].n);
    const variants: [string, string][] = [
      ['no index', ''],
      ['primary key', 'alter table probe add primary key (company_cik, content_sha256, seq);'],
      [
        'primary key + facts_company_concept + facts_frame_pick (today)',
        'alter table probe add primary key (company_cik, content_sha256, seq); create index on probe (company_cik, concept); create index on probe (concept, frame, unit) where frame is not null;',
      ],
      [
        'today + the former amount numeric generated column',
        "alter table probe add primary key (company_cik, content_sha256, seq); create index on probe (company_cik, concept); create index on probe (concept, frame, unit) where frame is not null; alter table probe add column amount numeric generated always as (case when value ~ '^[+-]?[0-9]+(\\.[0-9]*)?$' then value::numeric end) stored;",
      ],
    ];
    for (const [name, ddl] of variants) {
      await client.query('drop table if exists probe; create table probe (like facts including defaults); ' + ddl);
      const cpu0 = cpuSeconds(POSTMASTER);
      const t = performance.now();
      await client.query(`insert into probe (company_cik, ${FACT_COLUMNS}) select company_cik, ${FACT_COLUMNS} from facts`);
      steps.push({ name, seconds: seconds(t), cpuSeconds: cpuSeconds(POSTMASTER) - cpu0 });
    }
    await client.query('drop table probe');
    return { rows, steps };
  } finally {
    client.release();
  }
}

await main();
