/**
 * `npm run bench`: throughput and latency of the server against the physical limit of
 * this stack, then how load time, memory and latency grow with the data. See README,
 * "Benchmarks". Settings (environment): BENCH_SECONDS (per measurement, default 8),
 * BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10), BENCH_SCALES ("1,10,100,1000"),
 * BENCH_SEED (1), BENCH_ONLY (a comma list of the parts to run: "workloads,filings,scales", all by
 * default; `npm run bench:load` runs the load measurements only), BENCH_FILINGS_DIR (the SEC
 * filings to load, default ../shared/xbrl beside the repository; skipped when absent).
 * Results are printed and written to .generated/bench/.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DEFAULT_DATA_DIR } from '../src/domain/load-graph.js';
import type { BareResponse } from './bare-server.js';
import { generateData } from './generate-data.js';
import type { ServerReport } from './server-process.js';
import { requestBody, SCALE_QUERY, WORKLOADS, type Workload } from './workloads.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'workloads,filings,scales').split(',').map((p) => p.trim()));
const FILINGS_DIR = process.env.BENCH_FILINGS_DIR ?? fileURLToPath(new URL('../../shared/xbrl', import.meta.url));
const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../.generated/bench/', import.meta.url));

interface Measured {
  rps: number;
  /** Latencies in ms (autocannon's have a resolution of 1 ms). */
  p50: number;
  p99: number;
}

const children = new Set<ChildProcess>();

/** Forks a bench script under tsx in production mode and waits for its first message. */
async function start<M>(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; first: M }> {
  const child = fork(join(HERE, script), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const first = await new Promise<M>((resolve, reject) => {
    child.once('message', (m) => resolve(m as M));
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before it was ready`)));
  });
  return { child, first };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** The server's response to a workload: status, headers to replay, body bytes. Fails on a GraphQL error. */
async function responseOf(url: string, body: string): Promise<BareResponse & { bytes: number }> {
  const res = await fetch(url, { method: 'POST', headers: HEADERS, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = JSON.parse(bytes.toString('utf8'));
  if (res.status !== 200 || json.errors || !json.data) throw new Error(`the workload fails: ${res.status} ${bytes.toString('utf8').slice(0, 500)}`);
  const headers: Record<string, string> = {};
  // node:http writes these itself; everything else is replayed as the server sent it.
  const own = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  res.headers.forEach((value, key) => {
    if (!own.has(key)) headers[key] = value;
  });
  return { status: res.status, headers, body: bytes.toString('base64'), bytes: bytes.length };
}

async function load(url: string, body: string, seconds: number, connections = CONNECTIONS): Promise<Measured> {
  const result = await autocannon({ url, method: 'POST', headers: HEADERS, body, connections, duration: seconds });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx responses, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** One request at a time for `seconds`, each timed to the microsecond: the latency of the query itself. */
async function sequential(url: string, body: string, seconds: number): Promise<Measured> {
  const run = async (until: number, times: number[]) => {
    while (performance.now() < until) {
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: HEADERS, body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: status ${res.status}`);
      times.push(performance.now() - t);
    }
  };
  await run(performance.now() + WARMUP * 1000, []);
  const times: number[] = [];
  const started = performance.now();
  await run(started + seconds * 1000, times);
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { rps: times.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function measure(url: string, body: string, connections = CONNECTIONS, seconds = SECONDS): Promise<Measured> {
  if (WARMUP > 0) await load(url, body, WARMUP, connections);
  return load(url, body, seconds, connections);
}

interface WorkloadResult {
  workload: string;
  description: string;
  responseBytes: number;
  executed: Measured;
  cached: Measured;
  bare: Measured;
}

async function workloads(): Promise<WorkloadResult[]> {
  const bare = await start<{ url: string }>('bare-server.ts', {});
  const executing = await start<ServerReport>('server-process.ts', { DATA_DIR: DEFAULT_DATA_DIR, RESPONSE_CACHE_BYTES: '0' });
  const caching = await start<ServerReport>('server-process.ts', { DATA_DIR: DEFAULT_DATA_DIR, RESPONSE_CACHE_BYTES: String(64 * 1024 * 1024) });
  const results: WorkloadResult[] = [];
  try {
    for (const w of WORKLOADS) {
      const body = requestBody(w);
      const response = await responseOf(executing.first.url, body);
      const cachedResponse = await responseOf(caching.first.url, body);
      if (cachedResponse.body !== response.body) throw new Error(`${w.name}: the caching server answers differently`);
      await new Promise((resolve) => {
        bare.child.once('message', resolve);
        bare.child.send({ status: response.status, headers: response.headers, body: response.body } satisfies BareResponse);
      });
      log(`${w.name}: ${response.bytes} bytes; executed…`);
      const executed = await measure(executing.first.url, body);
      log(`${w.name}: cached…`);
      const cached = await measure(caching.first.url, body);
      log(`${w.name}: bare…`);
      const bareResult = await measure(bare.first.url, body);
      results.push({ workload: w.name, description: w.description, responseBytes: response.bytes, executed, cached, bare: bareResult });
    }
  } finally {
    await Promise.all([stop(bare.child), stop(executing.child), stop(caching.child)]);
  }
  return results;
}

interface ScaleResult {
  factor: number;
  companies: number;
  disclosures: number;
  facts: number;
  generateMs: number;
  loadMs: number;
  graphHeapBytes: number;
  query: Measured;
}

/** One data set per factor, served without the response cache so the query really executes over it. */
async function scales(query: Workload): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  const body = requestBody(query);
  for (const factor of SCALES) {
    const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-'));
    try {
      const started = performance.now();
      generateData({ source: DEFAULT_DATA_DIR, out: join(dir, 'data'), factor, seed: SEED });
      const generateMs = performance.now() - started;
      log(`${factor}×: generated in ${(generateMs / 1000).toFixed(1)} s; loading…`);
      const server = await start<ServerReport>('server-process.ts', { DATA_DIR: join(dir, 'data'), RESPONSE_CACHE_BYTES: '0' });
      try {
        const r = server.first;
        if (r.failedChecks > 0) throw new Error(`${factor}×: ${r.failedChecks} checks fail on generated data`);
        await responseOf(r.url, body);
        const measured = await sequential(r.url, body, Math.max(3, Math.round(SECONDS / 2)));
        results.push({ factor, companies: r.companies, disclosures: r.disclosures, facts: r.facts, generateMs, loadMs: r.loadMs, graphHeapBytes: r.graphHeapBytes, query: measured });
        log(`${factor}×: ${r.facts} facts loaded in ${(r.loadMs / 1000).toFixed(2)} s, ${(r.graphHeapBytes / r.facts).toFixed(0)} heap bytes per fact`);
      } finally {
        await stop(server.child);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

interface FilingsResult {
  folder: string;
  companies: number;
  disclosures: number;
  facts: number;
  /** The embedded data alone, measured in the same run: what the filings add is the difference. */
  base: { facts: number; loadMs: number; graphHeapBytes: number };
  loadMs: number;
  graphHeapBytes: number;
}

/** Start-up with the SEC filings under FILINGS_DIR beside the embedded data, against the embedded data alone. */
async function filings(): Promise<FilingsResult | null> {
  if (!existsSync(FILINGS_DIR)) {
    log(`filings: ${FILINGS_DIR} is absent; skipped (set BENCH_FILINGS_DIR)`);
    return null;
  }
  const base = await start<ServerReport>('server-process.ts', { DATA_DIR: DEFAULT_DATA_DIR, RESPONSE_CACHE_BYTES: '0' });
  await stop(base.child);
  const server = await start<ServerReport>('server-process.ts', { DATA_DIR: DEFAULT_DATA_DIR, FILINGS_DIR, RESPONSE_CACHE_BYTES: '0' });
  await stop(server.child);
  const r = server.first;
  log(`filings: ${r.facts - base.first.facts} facts of ${r.disclosures - base.first.disclosures} filings loaded in ${((r.loadMs - base.first.loadMs) / 1000).toFixed(2)} s beyond the embedded data`);
  return {
    folder: FILINGS_DIR,
    companies: r.companies,
    disclosures: r.disclosures,
    facts: r.facts,
    base: { facts: base.first.facts, loadMs: base.first.loadMs, graphHeapBytes: base.first.graphHeapBytes },
    loadMs: r.loadMs,
    graphHeapBytes: r.graphHeapBytes,
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);
const ratio = (x: number) => `${(x * 100).toFixed(0)}%`;

function report(machine: Record<string, string>, work: WorkloadResult[], filed: FilingsResult | null, scale: ScaleResult[]): string {
  const lines = [`Measured ${machine.date} on ${machine.machine}, Node ${machine.node}; ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s warm-up (autocannon: percentiles in whole ms).`];
  if (work.length > 0) lines.push('', '| workload | response | server | req/s | p50 ms | p99 ms | of bare |', '| --- | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const w of work) {
    const row = (label: string, m: Measured) => `| ${w.workload} (${w.description}) | ${n0(w.responseBytes)} B | ${label} | ${n0(m.rps)} | ${n0(m.p50)} | ${n0(m.p99)} | ${ratio(m.rps / w.bare.rps)} |`;
    lines.push(row('executed', w.executed), row('cached', w.cached), row('bare node:http', w.bare));
  }
  if (filed) {
    const facts = filed.facts - filed.base.facts;
    const heap = filed.graphHeapBytes - filed.base.graphHeapBytes;
    lines.push(
      '',
      `SEC filings: start-up with FILINGS_DIR=${filed.folder} beside the embedded data (read, linked and checked), and the embedded data alone, in the same run.`,
      '',
      '| data | companies | disclosures | facts | load s | heap MB | heap B/fact |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| embedded data | | | ${n0(filed.base.facts)} | ${(filed.base.loadMs / 1000).toFixed(2)} | ${n0(filed.base.graphHeapBytes / 2 ** 20)} | ${n0(filed.base.graphHeapBytes / filed.base.facts)} |`,
      `| embedded + filings | ${n0(filed.companies)} | ${n0(filed.disclosures)} | ${n0(filed.facts)} | ${(filed.loadMs / 1000).toFixed(2)} | ${n0(filed.graphHeapBytes / 2 ** 20)} | ${n0(filed.graphHeapBytes / filed.facts)} |`,
      `| the filings alone (difference) | | | ${n0(facts)} | ${((filed.loadMs - filed.base.loadMs) / 1000).toFixed(2)} | ${n0(heap / 2 ** 20)} | ${n0(heap / facts)} |`,
    );
  }
  if (scale.length > 0) {
    const base = scale[0];
    lines.push(
      '',
      `Scale: the "${SCALE_QUERY.name}" query for one company, one request at a time, response cache off.`,
      '',
      '| data | companies | disclosures | facts | load s | load µs/fact | heap MB | heap B/fact | req/s | p50 ms | p99 ms | p50 vs first |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const s of scale) {
      lines.push(
        `| ${s.factor}× | ${n0(s.companies)} | ${n0(s.disclosures)} | ${n0(s.facts)} | ${(s.loadMs / 1000).toFixed(2)} | ${n1((s.loadMs * 1000) / s.facts)} | ${n0(s.graphHeapBytes / 2 ** 20)} | ${n0(s.graphHeapBytes / s.facts)} | ${n0(s.query.rps)} | ${s.query.p50.toFixed(2)} | ${s.query.p99.toFixed(2)} | ${(s.query.p50 / base.query.p50).toFixed(2)}× |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
  };
  log(`Benchmarking on ${machine.machine}, Node ${machine.node}`);
  const work = ONLY.has('workloads') ? await workloads() : [];
  const filed = ONLY.has('filings') ? await filings() : null;
  const scale = ONLY.has('scales') ? await scales(SCALE_QUERY) : [];
  const text = report(machine, work, filed, scale);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.md'), `${text}\n`);
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ machine, settings: { SECONDS, WARMUP, CONNECTIONS, SCALES, SEED, ONLY: [...ONLY] }, workloads: work, filings: filed, scales: scale }, null, 2)}\n`);
  console.log(text);
  log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s; written to .generated/bench/latest.md and latest.json.`);
}

main().catch(async (error) => {
  console.error(error);
  await Promise.all([...children].map(stop));
  process.exit(1);
});
