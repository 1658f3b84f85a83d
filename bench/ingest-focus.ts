/**
 * `npm run bench:ingest`: a focused ingest bench (issue 20's throughput goals), in an embedded
 * PostgreSQL of its own (a temporary folder, or BENCH_STORE_DIR). Node's and PostgreSQL's CPU a
 * fact are measured apart, variants taking turns in the same run (BENCH_REPEAT, default 3,
 * medians), so the figures hold on a machine shared with other work.
 *
 * - companyfacts: SEC's shared files, each under BENCH_COPIES (3) new CIKs; Node: read + prepare
 *   (the COPY text), as ingest does (`straight`) and by the general path (`general`); PostgreSQL: the documents written one transaction each, by variant of the
 *   facts table (BENCH_VARIANTS, comma-separated: see VARIANTS).
 * - xbrl: the shared filings read and prepared (Node), then written (PostgreSQL).
 */
import { cpSync, readdirSync, readFileSync, rmSync, mkdtempSync, chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { findCompanyFacts, readCompanyFacts } from '../src/companyfacts/read-company-facts.js';
import { findFilings, readFiling } from '../src/xbrl/index.js';
import { folderHash, ingestFilings, nextDocumentIds, prepareCompanyFacts, prepareFiling, readSource, writeDocument, type IngestSource, type PreparedDocument } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { postgresCpuSeconds } from './proc-cpu.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = resolve(process.env.BENCH_FILINGS_DIR ?? join(repo, '../shared/xbrl'));
const COMPANYFACTS = resolve(process.env.BENCH_COMPANYFACTS_DIR ?? join(repo, '../shared/edgar/data.sec.gov/api/xbrl/companyfacts'));
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const COPIES = Number(process.env.BENCH_COPIES ?? 3);
const PARTS = new Set((process.env.BENCH_ONLY ?? 'companyfacts,xbrl,pipeline').split(','));

/** Variants of the facts table (DDL applied to an emptied store before each run, undone after). */
const FK = 'alter table facts add constraint facts_document foreign key (company_cik, document_id) references documents (company_cik, id) on delete cascade';
const SECONDARY = 'create index facts_company_concept on facts (company_cik, concept); create index facts_frame_pick on facts (concept, frame, unit) where frame is not null';
const NO_SECONDARY = 'drop index facts_company_concept; drop index facts_frame_pick';
const VARIANTS: Record<string, { apply: string; undo: string; after?: string }> = {
  today: { apply: '', undo: '' },
  foreignKey: { apply: FK, undo: 'alter table facts drop constraint facts_document' },
  asyncCommit: { apply: 'alter system set synchronous_commit = off; select pg_reload_conf()', undo: 'alter system reset synchronous_commit; select pg_reload_conf()' },
  walCompression: { apply: 'alter system set wal_compression = pglz; select pg_reload_conf()', undo: 'alter system reset wal_compression; select pg_reload_conf()' },
  noSecondary: { apply: NO_SECONDARY, undo: SECONDARY },
  /** The secondary indexes dropped for the load and built after it (the build timed with the writes). */
  deferredIndexes: { apply: NO_SECONDARY, undo: '', after: SECONDARY },
  noIndex: { apply: `${NO_SECONDARY}; alter table facts drop constraint facts_pkey`, undo: `alter table facts add constraint facts_pkey primary key (company_cik, document_id, seq); ${SECONDARY}` },
};
const CHOSEN = (process.env.BENCH_VARIANTS ?? Object.keys(VARIANTS).join(',')).split(',');

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function main(): Promise<void> {
  const kept = process.env.BENCH_STORE_DIR ? resolve(process.env.BENCH_STORE_DIR) : null;
  if (kept) mkdirSync(kept, { recursive: true });
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  chmodSync(dir, 0o755);
  const store = await openStore({ storeDir: join(dir, 'store') });
  const pool = store.pool;
  const postmaster = Number(readFileSync(join(dir, 'store', 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  console.log(`# Ingest focus, ${new Date().toISOString()}, load ${load()}`);
  try {
    await pool.query('truncate facts, documents, company_catalog, search_documents, search_ranks, search_labels, search_companies, search_words, slice_parts, metric_extensions');
    if (PARTS.has('companyfacts')) await companyFacts(pool, postmaster);
    if (PARTS.has('xbrl')) await xbrl(pool, postmaster);
    if (PARTS.has('pipeline') || PARTS.has('pipeline-xbrl')) await pipelines(pool, postmaster);
  } finally {
    await store.close();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

type Prepare = (ids: string[]) => PreparedDocument[];

/** Node: prepare (by each way of preparing); PostgreSQL: write each document in its transaction; per variant, all taking turns. */
async function measure(pool: pg.Pool, postmaster: number, label: string, prepares: Record<string, Prepare>, n: number): Promise<void> {
  const runs: Record<string, { node: number[]; nodeWall: number[]; pg: number[]; write: number[]; facts: number }> = {};
  for (let r = 0; r < REPEAT; r++) {
    for (const [way, prepare] of Object.entries(prepares))
      for (const name of CHOSEN) {
        const v = VARIANTS[name];
        if (!v) throw new Error(`unknown variant ${name}`);
        await pool.query('truncate facts, documents');
        for (const sql of v.apply.split(';').filter((q) => q.trim())) await pool.query(sql);
        await pool.query('checkpoint');
        const ids = await nextDocumentIds(pool, n);
        const n0 = nodeCpu();
        const t0 = performance.now();
        const docs = prepare(ids);
        const nodeWall = (performance.now() - t0) / 1000;
        const node = nodeCpu() - n0;
        const c0 = postgresCpuSeconds(postmaster);
        const w0 = nodeCpu();
        const t1 = performance.now();
        let facts = 0;
        for (const d of docs) facts += await writeDocument(pool, d);
        for (const sql of (v.after ?? '').split(';').filter((q) => q.trim())) await pool.query(sql);
        const write = (performance.now() - t1) / 1000;
        const pgc = postgresCpuSeconds(postmaster) - c0;
        const nodeWrite = nodeCpu() - w0;
        const key = Object.keys(prepares).length > 1 ? `${way} ${name}` : name;
        (runs[key] ??= { node: [], nodeWall: [], pg: [], write: [], facts }).node.push(node + nodeWrite);
        runs[key].nodeWall.push(nodeWall);
        runs[key].pg.push(pgc);
        runs[key].write.push(write);
        for (const sql of v.undo.split(';').filter((q) => q.trim())) await pool.query(sql);
      }
  }
  for (const [name, r] of Object.entries(runs)) {
    const us = (s: number) => fmt((s / r.facts) * 1e6, 1);
    const total = median(r.nodeWall) + median(r.write);
    console.log(
      `${label} ${name}: ${fmt(r.facts)} facts; Node ${us(median(r.node))} µs CPU a fact (prepare ${fmt(median(r.nodeWall), 2)} s), PostgreSQL ${us(median(r.pg))} µs CPU a fact; write ${fmt(median(r.write), 2)} s = ${fmt(r.facts / median(r.write))} facts/s; in turn ${fmt(r.facts / total)} facts/s, ${fmt(r.facts / (median(r.node) + median(r.pg)))} per CPU second (load ${load()})`,
    );
  }
}

/**
 * SEC's companyfacts, each file under COPIES new CIKs (copies of the files in a temporary
 * folder), prepared two ways taking turns: `straight` as ingest reads them (the reader's records
 * straight into COPY bytes, src/store/companyfacts-copy.ts) and `general` (the reader's records,
 * then the codec's fact rows, then COPY text: the path the INSERT writer keeps).
 */
async function companyFacts(pool: pg.Pool, postmaster: number): Promise<void> {
  const folder = companyFactsCopies(COPIES);
  try {
    const sources = findCompanyFacts(folder).map((file): IngestSource => ({ kind: 'companyfacts', folder: dirname(file), path: file, hash: `bench-${file}` }));
    await measure(
      pool,
      postmaster,
      'companyfacts',
      {
        straight: (ids) => sources.map((s, i) => readSource(s, folder, ids[i])),
        general: (ids) => sources.map((s, i) => prepareCompanyFacts(readCompanyFacts(s.path), folder, s.hash, ids[i])),
      },
      sources.length,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A temporary folder of `<cik>/companyfacts.json`: SEC's shared files, `copies` times each, each copy under its own CIK (08…). */
function companyFactsCopies(copies: number): string {
  const files = readdirSync(COMPANYFACTS).filter((f) => /^CIK\d{10}\.json$/.test(f)).map((f) => join(COMPANYFACTS, f));
  const folder = mkdtempSync(join(tmpdir(), 'bench-ingest-cf-'));
  let n = 0;
  for (let c = 0; c < copies; c++)
    for (const file of files) {
      const cik = String(800_000_000 + n++);
      const text = readFileSync(file, 'utf8').replace(/^\{"cik":\d+,/, `{"cik":${cik},`);
      mkdirSync(join(folder, cik.padStart(10, '0')));
      writeFileSync(join(folder, cik.padStart(10, '0'), 'companyfacts.json'), text);
    }
  return folder;
}

async function xbrl(pool: pg.Pool, postmaster: number): Promise<void> {
  if (!existsSync(FILINGS)) return;
  const folders = findFilings(FILINGS);
  const hashes = folders.map(folderHash);
  await measure(pool, postmaster, 'xbrl', { general: (ids) => folders.map((f, i) => prepareFiling(readFiling(f), FILINGS, hashes[i], ids[i])) }, folders.length);
}

await main();

/**
 * The whole `ingestFilings` (hashing, reading, writing) over a folder of companyfacts copies
 * (BENCH_PIPELINE_COPIES of each file, each under its own CIK) and over the shared filings:
 * read in turn, pipelined (the default), and with the read-ahead thread, taking turns.
 */
async function pipelines(pool: pg.Pool, postmaster: number): Promise<void> {
  const folder = companyFactsCopies(Number(process.env.BENCH_PIPELINE_COPIES ?? 5));
  const modes: Record<string, { pipelined: boolean; readAhead: boolean; readers?: number }> = {
    inTurn: { pipelined: false, readAhead: false },
    pipelined: { pipelined: true, readAhead: false, readers: 0 },
    readAhead: { pipelined: true, readAhead: true },
    // XBRL filings read in a pool of reader threads (one a core; the default from 8 filings a thread), companyfacts pipelined as above.
    readers: { pipelined: true, readAhead: false, readers: Number(process.env.BENCH_READERS ?? availableParallelism()) },
  };
  try {
    // BENCH_XBRL_COPIES (default 1: the shared folder as it is) copies of each shared filing, each its own filing (its own folder and bytes).
    const xbrlCopies = Number(process.env.BENCH_XBRL_COPIES ?? 1);
    let xbrlDir = FILINGS;
    if (xbrlCopies > 1 && existsSync(FILINGS)) {
      xbrlDir = join(folder, 'xbrl-copies');
      for (let c = 0; c < xbrlCopies; c++)
        for (const f of findFilings(FILINGS)) {
          const to = join(xbrlDir, `${basename(f)}-${c}`);
          cpSync(f, to, { recursive: true });
          writeFileSync(join(to, 'copy.txt'), `copy ${c}\n`);
        }
    }
    for (const [label, dir] of [['companyfacts', folder], ['xbrl', xbrlDir]] as const) {
      if (!existsSync(dir) || (PARTS.has('pipeline-xbrl') && label !== 'xbrl')) continue;
      const runs: Record<string, { seconds: number[]; cpu: number[]; facts: number }> = {};
      for (let r = 0; r < REPEAT; r++)
        for (const [mode, options] of Object.entries(modes)) {
          await pool.query('truncate facts, documents');
          await pool.query('checkpoint');
          const c0 = postgresCpuSeconds(postmaster) + nodeCpu();
          const t0 = performance.now();
          const report = await ingestFilings(pool, dir, undefined, 'copy', options);
          const seconds = (performance.now() - t0) / 1000;
          if (report.failed.length) throw new Error(report.failed[0].reason);
          (runs[mode] ??= { seconds: [], cpu: [], facts: report.facts }).seconds.push(seconds);
          runs[mode].cpu.push(postgresCpuSeconds(postmaster) + nodeCpu() - c0);
        }
      const base = median(runs.inTurn.seconds);
      for (const [mode, r] of Object.entries(runs))
        console.log(`ingestFilings ${label} ${mode}: ${fmt(r.facts)} facts in ${fmt(median(r.seconds), 2)} s = **${fmt(r.facts / median(r.seconds))} facts/s**, ${fmt(r.facts / median(r.cpu))} per CPU second (Node and PostgreSQL); ${fmt(base / median(r.seconds), 2)}× read in turn (load ${load()})`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
