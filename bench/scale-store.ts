/**
 * `npm run bench:scale`: the store at growing sizes (issue 20), in one run, in a temporary
 * embedded PostgreSQL (default settings, durable commits):
 *
 * 1. XBRL ingest: the shared filings (../shared/xbrl or BENCH_FILINGS_DIR) read and written,
 *    facts/s including parsing;
 * 2. start-up to first answer (`src/server/main.ts` in its own process, nothing new to
 *    ingest, until the contract query answers) and its RSS at 1×;
 * 3. companyfacts ingest: SEC's companyfacts JSON (../shared/edgar) turned into fact rows
 *    and written, replicated under other CIKs up to BENCH_FACTS (default 10,000,000) facts;
 * 4. with that store: start-up to first answer and RSS again, and SQL latency of a frame
 *    (one concept, one period, every company) and of one company's facts of one concept;
 * 5. the filings' reader output stored again under other CIKs and tickers up to
 *    BENCH_XBRL_SCALE× (default 100), and start-up at that size: the graph is still built
 *    whole in memory, so this is the figure that grows (BENCH_STARTUP_TIMEOUT_S, default 600).
 *
 * Prints a Markdown report and writes it to .generated/bench/scale.md and scale.json.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { openStore } from '../src/store/open-store.js';
import { ingestFilings, storeFiling } from '../src/store/ingest.js';
import { readStoredFilings } from '../src/store/read-store.js';
import type { XbrlFiling } from '../src/xbrl/xbrl-filing.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const COMPANYFACTS = resolve(process.env.BENCH_COMPANYFACTS_DIR ?? join(repo, '../shared/edgar/data.sec.gov/api/xbrl/companyfacts'));
const XBRL_SCALE = Number(process.env.BENCH_XBRL_SCALE ?? 100);
const TARGET_FACTS = Number(process.env.BENCH_FACTS ?? 10_000_000);
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
    setTimeout(() => {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      fail(new Error(`not answering after ${limit} s (RSS ${fmt(rss)} MB then); stopped`));
      child.kill('SIGKILL');
    }, limit * 1000).unref();
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

/** The reader output of a filing, as another company: CIK, name and tickers changed everywhere they appear. */
function asCompany(filing: XbrlFiling, n: number): XbrlFiling {
  const cik = String(9_000_000_000 + n * 1000 + Number(filing.cover.cik.slice(-3))).padStart(10, '0');
  const text = JSON.stringify(filing, (_k, v) => (v instanceof Map ? { $map: [...v] } : v));
  const copy = JSON.parse(text.replaceAll(filing.cover.cik, cik).replaceAll(filing.cover.cik.replace(/^0+/, ''), String(Number(cik))), (_k, v) => (v && typeof v === 'object' && '$map' in v ? new Map(v.$map) : v)) as XbrlFiling;
  // Shared objects again (the codec keys contexts and units by identity).
  const contexts = new Map((copy.contexts ?? []).map((c) => [c.id, c]));
  const units = new Map((copy.units ?? []).map((u) => [u.id, u]));
  for (const f of copy.facts) {
    f.context = contexts.get(f.context.id) ?? f.context;
    if (f.unit) f.unit = units.get(f.unit.id) ?? f.unit;
  }
  copy.duplicates = [];
  for (const f of copy.facts) if (f.concept.endsWith(':TradingSymbol') && f.value) f.value = `${f.value}${n}`;
  copy.cover.tradingSymbols = copy.cover.tradingSymbols.map((t) => `${t}${n}`);
  copy.cover.registrantName = `${copy.cover.registrantName} (copy ${n})`;
  if (copy.metadata) copy.metadata = { ...copy.metadata, ticker: copy.metadata.ticker ? `${copy.metadata.ticker}${n}` : null, accessionNumber: copy.metadata.accessionNumber ? `${copy.metadata.accessionNumber}-${n}` : null };
  copy.folder = `${filing.folder}#copy${n}`;
  return copy;
}

/** SEC companyfacts JSON → fact rows, as a companyfacts reader's output would be stored. */
function companyfactsRows(file: string): { cik: string; name: string; rows: unknown[][] } {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { cik: number; entityName: string; facts: Record<string, Record<string, { units: Record<string, Record<string, unknown>[]> }>> };
  const rows: unknown[][] = [];
  for (const [taxonomy, concepts] of Object.entries(doc.facts)) {
    for (const [concept, c] of Object.entries(concepts)) {
      for (const [unit, list] of Object.entries(c.units)) {
        for (const r of list) {
          const { start, end, val, ...rest } = r as { start?: string; end: string; val: number };
          rows.push([`${taxonomy}:${concept}`, String(val), start ?? null, end, unit, JSON.stringify(rest)]);
        }
      }
    }
  }
  return { cik: String(doc.cik).padStart(10, '0'), name: doc.entityName, rows };
}

async function writeCompanyfacts(pool: pg.Pool, cik: string, name: string, rows: unknown[][]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const sha = `companyfacts-${cik}`;
    const { rows: g } = await client.query('update store_state set generation = generation + 1 where id = 1 returning generation');
    await client.query("insert into documents (company_cik, content_sha256, kind, folder, root, reader, fact_count, generation) values ($1, $2, 'companyfacts', $3, $3, $4, $5, $6)", [cik, sha, `bench:${cik}`, JSON.stringify({ entityName: name }), rows.length, g[0].generation]);
    for (let i = 0; i < rows.length; i += 5000) {
      const batch = rows.slice(i, i + 5000);
      const col = (k: number) => batch.map((r) => r[k]);
      await client.query(
        `insert into facts (company_cik, content_sha256, seq, concept, context_index, value, period_start, period_end, dimensional, unit, extra)
         select $1, $2, s, c, 0, v, ps, pe, false, u, x from unnest($3::int[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[], $9::json[]) as t(s, c, v, ps, pe, u, x)`,
        [cik, sha, batch.map((_r, j) => i + j), col(0), col(1), col(2), col(3), col(4), col(5)],
      );
    }
    await client.query('commit');
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
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
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)], p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))], rows };
}

async function main(): Promise<void> {
  if (!existsSync(FILINGS)) throw new Error(`${FILINGS} is absent: set BENCH_FILINGS_DIR`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  const url = (store.pool as unknown as { options: { connectionString: string } }).options.connectionString;
  const started = Date.now();
  try {
    say(`# Store at scale (issue 20), ${new Date().toISOString()}, Node ${process.version}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    say('');
    // 1. XBRL ingest, parsing included.
    const t0 = performance.now();
    const ingest = await ingestFilings(store.pool, FILINGS);
    const xbrlSeconds = (performance.now() - t0) / 1000;
    const xbrlRate = ingest.facts / xbrlSeconds;
    json.xbrl = { filings: ingest.ingested.length, facts: ingest.facts, seconds: xbrlSeconds, readSeconds: ingest.readSeconds, writeSeconds: ingest.writeSeconds, factsPerSecond: xbrlRate };
    say(`XBRL ingest: ${ingest.ingested.length} filings, ${fmt(ingest.facts)} facts in ${fmt(xbrlSeconds, 1)} s (reading ${fmt(ingest.readSeconds, 1)} s, writing ${fmt(ingest.writeSeconds, 1)} s): **${fmt(xbrlRate)} facts/s** including parsing; writing alone ${fmt(ingest.facts / ingest.writeSeconds)} facts/s.`);

    const s1 = await startUp(url, '1×');
    json.startup1 = s1;
    say(`Start-up to first answer, 1× (${fmt(ingest.facts)} filing facts): **${fmt(s1.seconds, 1)} s**, RSS ${fmt(s1.rssMb)} MB.`);

    // 3. companyfacts, replicated to the target.
    const files = existsSync(COMPANYFACTS) ? readdirSync(COMPANYFACTS).filter((f) => f.endsWith('.json')) : [];
    if (files.length === 0) throw new Error(`no companyfacts JSON in ${COMPANYFACTS}`);
    const tParse = performance.now();
    const sources = files.map((f) => companyfactsRows(join(COMPANYFACTS, f)));
    const parseSeconds = (performance.now() - tParse) / 1000;
    const perRound = sources.reduce((n, s) => n + s.rows.length, 0);
    const rounds = Math.max(1, Math.ceil((TARGET_FACTS - ingest.facts) / perRound));
    const t2 = performance.now();
    let cfFacts = 0;
    for (let r = 0; r < rounds; r++) {
      for (const s of sources) {
        const cik = r === 0 ? s.cik : String(8_000_000_000 + r * 10 + sources.indexOf(s)).padStart(10, '0');
        await writeCompanyfacts(store.pool, cik, s.name, s.rows);
        cfFacts += s.rows.length;
      }
      if (r % 20 === 19) console.log(`  companyfacts: ${fmt(cfFacts)} facts, ${fmt(cfFacts / ((performance.now() - t2) / 1000))} facts/s`);
    }
    const cfSeconds = (performance.now() - t2) / 1000 + (parseSeconds * rounds);
    const cfRate = cfFacts / cfSeconds;
    json.companyfacts = { files: files.length, perRound, rounds, facts: cfFacts, seconds: cfSeconds, parseSecondsPerRound: parseSeconds, factsPerSecond: cfRate };
    say(`companyfacts ingest: ${files.length} files (${fmt(perRound)} facts) parsed in ${fmt(parseSeconds, 2)} s, written ${rounds} times under other CIKs: ${fmt(cfFacts)} facts in ${fmt(cfSeconds, 1)} s (parsing counted each round): **${fmt(cfRate)} facts/s**.`);
    await store.pool.query('analyze facts');
    const total = Number((await store.pool.query('select count(*) as n from facts')).rows[0].n);
    const xbrlFacts = ingest.facts;
    const size = (await store.pool.query("select pg_size_pretty(pg_database_size(current_database())) as s, pg_database_size(current_database()) as b")).rows[0];
    json.total = { facts: total, bytes: Number(size.b) };
    say(`Store: ${fmt(total)} facts, ${size.s} on disk (${fmt(Number(size.b) / total)} B/fact with indexes).`);

    // 4. The big store.
    try {
      const s10 = await startUp(url, '10M');
      json.startupBig = s10;
      say(`Start-up to first answer with ${fmt(total)} facts in the store: **${fmt(s10.seconds, 1)} s**, RSS ${fmt(s10.rssMb)} MB.`);
    } catch (e) {
      json.startupBig = { error: (e as Error).message.slice(0, 500) };
      say(`Start-up with ${fmt(total)} facts failed: ${(e as Error).message.slice(0, 300)}`);
    }
    const frame = await timeQuery(
      store.pool,
      `select distinct on (company_cik) company_cik, value from facts
       where concept = $1 and unit = 'USD' and not dimensional and period_end between $2 and $3 and period_end - period_start between 350 and 380
       order by company_cik, period_end desc, extra->>'filed' desc`,
      ['us-gaap:NetIncomeLoss', '2023-01-01', '2023-12-31'],
      21,
    );
    json.frame = frame;
    say(`Frame (us-gaap:NetIncomeLoss, calendar 2023, USD, every company) over ${fmt(total)} facts: p50 **${fmt(frame.p50, 1)} ms**, p99 ${fmt(frame.p99, 1)} ms, ${fmt(frame.rows)} companies.`);
    const one = await timeQuery(store.pool, 'select value, period_start, period_end, unit, extra from facts where company_cik = $1 and concept = $2', ['0000320193', 'us-gaap:NetIncomeLoss'], 51);
    json.companyConcept = one;
    say(`One company's facts of one concept (SQL only, Apple's us-gaap:NetIncomeLoss): p50 **${fmt(one.p50, 2)} ms**, p99 ${fmt(one.p99, 2)} ms, ${one.rows} rows.`);
    // 5. The filings again under other companies, written as ingest writes them.
    const originals = (await readStoredFilings(store.pool)).list;
    let copies = 0;
    let copiedFacts = 0;
    const t1 = performance.now();
    for (let n = 1; n < XBRL_SCALE; n++) {
      for (const f of originals) {
        const copy = asCompany(f, n);
        copiedFacts += await storeFiling(store.pool, copy, FILINGS, `copy-${n}-${f.instanceSha256}`);
        copies++;
      }
    }
    const copySeconds = (performance.now() - t1) / 1000;
    json.xbrlScaled = { scale: XBRL_SCALE, filings: copies + originals.length, facts: ingest.facts + copiedFacts, writeSeconds: copySeconds, writeFactsPerSecond: copiedFacts / copySeconds };
    say(`XBRL store at ${XBRL_SCALE}×: ${fmt(copies + originals.length)} filings, ${fmt(ingest.facts + copiedFacts)} facts (the copies written in ${fmt(copySeconds, 1)} s, ${fmt(copiedFacts / copySeconds)} facts/s writing only).`);
    try {
      const s100 = await startUp(url, `${XBRL_SCALE}×`);
      json.startupScaled = s100;
      say(`Start-up to first answer, ${XBRL_SCALE}×: **${fmt(s100.seconds, 1)} s**, RSS ${fmt(s100.rssMb)} MB.`);
    } catch (e) {
      json.startupScaled = { error: (e as Error).message.slice(0, 500) };
      say(`Start-up at ${XBRL_SCALE}× failed: ${(e as Error).message.slice(0, 300)}`);
    }

    say('');
    say(`Whole run: ${fmt((Date.now() - started) / 1000)} s.`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const out = join(repo, '.generated/bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'scale.md'), report.join('\n') + '\n');
    writeFileSync(join(out, 'scale.json'), JSON.stringify(json, null, 2) + '\n');
  }
}

await main();
