/**
 * `npm run bench`: throughput and latency of the server against the physical limit of
 * this stack, then how load time, memory and latency grow with the data. See README,
 * "Benchmarks". Settings (environment): BENCH_SECONDS (per measurement, default 8),
 * BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10), BENCH_SCALES ("1,10,100,1000"),
 * BENCH_RATIO_SCALES (factors at which the workloads are measured: 1 is the embedded data, "1,100"),
 * BENCH_WORKLOADS (names, default all), BENCH_SEED (1), BENCH_ONLY (a comma list of the parts to
 * run: "workloads,filings,scales", all by default; `npm run bench:load` runs the load measurements
 * only), BENCH_FILINGS_DIR (the SEC filings to load, default ../shared/xbrl beside the repository;
 * skipped when absent); EXECUTOR=graphql-js and COMPILE_ON_FIRST_USE=1 reach the server.
 * Results are printed and written to .generated/bench/.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DEFAULT_DATA_DIR } from '../src/domain/load-graph.js';
import type { BareResponse } from './bare-server.js';
import { generateData } from './generate-data.js';
import type { ServerReport } from './server-process.js';
import { requestBody, SCALE_QUERY, withFreshAlias, WORKLOADS, type Workload } from './workloads.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').filter(Boolean).map(Number);
const RATIO_SCALES = (process.env.BENCH_RATIO_SCALES ?? '1,100').split(',').filter(Boolean).map(Number);
const ONLY = process.env.BENCH_WORKLOADS?.split(',');
const SEED = Number(process.env.BENCH_SEED ?? 1);
const PARTS = new Set((process.env.BENCH_ONLY ?? 'workloads,filings,scales').split(',').map((p) => p.trim()));
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
    // Killed by a signal, a child has a signalCode and no exitCode.
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

const BR = { ...HEADERS, 'accept-encoding': 'br' };

/** One POST over node:http, bytes as sent (fetch would decode them). */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The server's response to a workload: status, headers to replay, body bytes. Fails on a GraphQL error. */
async function responseOf(url: string, body: string, headers: Record<string, string> = HEADERS): Promise<Omit<BareResponse, 'mode'> & { bytes: number }> {
  const res = await post(url, body, headers);
  if (res.status !== 200 || (!res.headers['content-encoding'] && !res.body.toString('utf8').startsWith('{"data":'))) {
    throw new Error(`the workload fails: ${res.status} ${res.body.toString('utf8').slice(0, 500)}`);
  }
  const replay: Record<string, string> = {};
  // node:http writes these itself; everything else is replayed as the server sent it.
  const own = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  for (const [key, value] of Object.entries(res.headers)) if (!own.has(key)) replay[key] = value;
  return { status: res.status, headers: replay, body: res.body.toString('base64'), bytes: res.body.length };
}

async function load(url: string, body: string, seconds: number, connections = CONNECTIONS, headers: Record<string, string> = HEADERS, fresh?: (n: number) => string): Promise<Measured> {
  let n = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections,
    duration: seconds,
    ...(fresh ? { requests: [{ method: 'POST', headers, setupRequest: (req: object) => ({ ...req, body: fresh(n++) }) }] } : {}),
  } as autocannon.Options);
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

async function measure(url: string, body: string, headers: Record<string, string> = HEADERS, fresh?: (n: number) => string): Promise<Measured> {
  if (WARMUP > 0) await load(url, body, WARMUP, CONNECTIONS, headers, fresh);
  return load(url, body, SECONDS, CONNECTIONS, headers, fresh);
}

interface WorkloadResult {
  workload: string;
  description: string;
  /** The data it ran on: 1 for the embedded data, else the synthetic factor. */
  factor: number;
  responseBytes: number;
  brotliBytes: number;
  /** Response cache off, the same document every request; against a bare process that JSON.stringify's the answer. */
  executed: Measured;
  /** Response cache off, a document never seen before on every request (fresh alias). */
  fresh: Measured;
  bareStringify: Measured;
  /** The same with Accept-Encoding: br (the bare process compresses at the same fast level). */
  executedBr: Measured;
  bareStringifyBr: Measured;
  /** Response cache on; against a bare process writing the identical bytes. */
  cached: Measured;
  bareBytes: Measured;
  cachedBr: Measured;
  bareBytesBr: Measured;
  /** Without Apollo Server: the same query executed by graphql-js, and by the compiled query, over node:http. */
  graphqlJsAlone: Measured;
  compiledAlone: Measured;
}

async function workloads(dataDir: string, factor: number): Promise<WorkloadResult[]> {
  // The filings' workload runs on the embedded data with the shared filings beside it.
  const withFilings = factor === 1 && existsSync(FILINGS_DIR);
  if (factor === 1 && !withFilings) log(`workloads: ${FILINGS_DIR} is absent; the filings' workload is skipped`);
  const filingsEnv: Record<string, string> = withFilings ? { FILINGS_DIR } : {};
  const bare = await start<{ url: string }>('bare-server.ts', {});
  const executing = await start<ServerReport>('server-process.ts', { DATA_DIR: dataDir, RESPONSE_CACHE_BYTES: '0', ...filingsEnv });
  const caching = await start<ServerReport>('server-process.ts', { DATA_DIR: dataDir, RESPONSE_CACHE_BYTES: String(64 * 1024 * 1024), ...filingsEnv });
  const configure = (response: BareResponse) =>
    new Promise((resolve) => {
      bare.child.once('message', resolve);
      bare.child.send(response);
    });
  const results: WorkloadResult[] = [];
  try {
    for (const w of WORKLOADS.filter((x) => (!ONLY || ONLY.includes(x.name)) && (!x.filings || withFilings))) {
      const body = requestBody(w);
      const fresh = (n: number) => requestBody({ ...w, query: withFreshAlias(w.query, n) });
      const response = await responseOf(executing.first.url, body);
      const cachedResponse = await responseOf(caching.first.url, body);
      if (cachedResponse.body !== response.body) throw new Error(`${w.name}: the caching server answers differently`);
      // The stored brotli copy is made off the event loop after the first compressed hit.
      await responseOf(caching.first.url, body, BR);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stored = await responseOf(caching.first.url, body, BR);
      const at = `${w.name} at ${factor}×`;
      log(`${at}: ${response.bytes} bytes (${stored.bytes} in brotli); executed…`);
      const executed = await measure(executing.first.url, body);
      log(`${at}: fresh documents…`);
      const freshRun = await measure(executing.first.url, body, HEADERS, fresh);
      log(`${at}: executed, br…`);
      const executedBr = await measure(executing.first.url, body, BR);
      log(`${at}: cached…`);
      const cached = await measure(caching.first.url, body);
      const cachedBr = await measure(caching.first.url, body, BR);
      log(`${at}: bare…`);
      await configure({ ...response, mode: 'stringify' });
      const bareStringify = await measure(bare.first.url, body);
      await configure({ ...response, mode: 'stringify', encoding: 'br' });
      const bareStringifyBr = await measure(bare.first.url, body, BR);
      await configure({ ...response, mode: 'bytes' });
      const bareBytes = await measure(bare.first.url, body);
      await configure({ ...stored, mode: 'bytes' });
      const bareBytesBr = await measure(bare.first.url, body, BR);
      log(`${at}: without Apollo…`);
      await configure({ ...response, mode: 'graphql-js', dataDir, filingsDir: withFilings ? FILINGS_DIR : undefined });
      const graphqlJsAlone = await measure(bare.first.url, body);
      await configure({ ...response, mode: 'compiled', dataDir, filingsDir: withFilings ? FILINGS_DIR : undefined });
      const compiledAlone = await measure(bare.first.url, body);
      const result: WorkloadResult = {
        workload: w.name, description: w.description, factor, responseBytes: response.bytes, brotliBytes: stored.bytes,
        executed, fresh: freshRun, bareStringify, executedBr, bareStringifyBr, cached, bareBytes, cachedBr, bareBytesBr, graphqlJsAlone, compiledAlone,
      };
      results.push(result);
      // Kept as it comes, so an interrupted run still leaves its figures.
      mkdirSync(OUT_DIR, { recursive: true });
      appendFileSync(join(OUT_DIR, 'partial.jsonl'), `${JSON.stringify(result)}\n`);
    }
  } finally {
    await Promise.all([stop(bare.child), stop(executing.child), stop(caching.child)]);
  }
  return results;
}

interface ScaleResult {
  factor: number;
  workloads: WorkloadResult[];
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
  if (SCALES.length === 0) return [];
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
        await stop(server.child);
        // 1× is the embedded data, measured first.
        const ratios = factor !== 1 && RATIO_SCALES.includes(factor) ? await workloads(join(dir, 'data'), factor) : [];
        results.push({ factor, workloads: ratios, companies: r.companies, disclosures: r.disclosures, facts: r.facts, generateMs, loadMs: r.loadMs, graphHeapBytes: r.graphHeapBytes, query: measured });
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
  base: { facts: number; loadMs: number; loadCpuMs: number; graphHeapBytes: number; graphBufferBytes: number };
  loadMs: number;
  loadCpuMs: number;
  graphHeapBytes: number;
  /** ArrayBuffers outside the heap the graph holds (the deflated text blocks). */
  graphBufferBytes: number;
  /** Load average (1 minute) when the measurement started: the machine may be shared. */
  load: number;
}

/** Start-up with the SEC filings under FILINGS_DIR beside the embedded data, against the embedded data alone. */
async function filings(): Promise<FilingsResult | null> {
  if (!existsSync(FILINGS_DIR)) {
    log(`filings: ${FILINGS_DIR} is absent; skipped (set BENCH_FILINGS_DIR)`);
    return null;
  }
  const load = loadavg()[0];
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
    base: { facts: base.first.facts, loadMs: base.first.loadMs, loadCpuMs: base.first.loadCpuMs, graphHeapBytes: base.first.graphHeapBytes, graphBufferBytes: base.first.graphBufferBytes },
    loadMs: r.loadMs,
    loadCpuMs: r.loadCpuMs,
    graphHeapBytes: r.graphHeapBytes,
    graphBufferBytes: r.graphBufferBytes,
    load,
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);
const ratio = (x: number) => `${(x * 100).toFixed(0)}%`;

/** The goals of issue 14: executed ≥ 40% (large answers) or 25% (small), repeated ≥ 50%. */
const LARGE_ANSWER_BYTES = 100_000;

const isReference = (name: string) => WORKLOADS.some((w) => w.name === name && w.reference);

function ratioTable(work: WorkloadResult[]): string[] {
  const lines = [
    '| workload | data | answer (br) | executed (same document) | fresh document | executed, br | cached | cached, br |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const cell = (m: Measured, bare: Measured) => `${n0(m.rps)} req/s: **${ratio(m.rps / bare.rps)}**`;
  for (const w of work) {
    lines.push(
      `| ${w.workload} | ${w.factor}× | ${n0(w.responseBytes)} B (${n0(w.brotliBytes)} B) | ${cell(w.executed, w.bareStringify)} | ${cell(w.fresh, w.bareStringify)} | ${cell(w.executedBr, w.bareStringifyBr)} | ${cell(w.cached, w.bareBytes)} | ${cell(w.cachedBr, w.bareBytesBr)} |`,
    );
  }
  lines.push(
    '',
    'Baselines, req/s in the same run: bare node:http (stringify, stringify + br, stored bytes, stored br bytes), and the query executed without Apollo Server (node:http + graphql-js, node:http + the compiled query; parse and validate once), against which the server\'s executed figure is given.',
    '',
    '| workload | data | bare stringify | bare stringify + br | bare bytes | bare br bytes | graphql-js alone | compiled alone | server executed ÷ compiled alone |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const w of work) {
    lines.push(
      `| ${w.workload} | ${w.factor}× | ${n0(w.bareStringify.rps)} | ${n0(w.bareStringifyBr.rps)} | ${n0(w.bareBytes.rps)} | ${n0(w.bareBytesBr.rps)} | ${n0(w.graphqlJsAlone.rps)} | ${n0(w.compiledAlone.rps)} | ${ratio(w.executed.rps / w.compiledAlone.rps)} |`,
    );
  }
  lines.push('', 'Goals: executed ≥ 40% of bare stringify for large answers (> 100 KB), ≥ 25% for small; cached ≥ 50% of bare bytes.');
  for (const w of work) {
    if (isReference(w.workload)) {
      const extraMicros = (1 / w.executed.rps - 1 / w.bareStringify.rps) * 1e6;
      lines.push(`- ${w.workload} at ${w.factor}× (the request path alone, no goal): executed ${ratio(w.executed.rps / w.bareStringify.rps)} of bare; Apollo Server and the handler take ${n0(extraMicros)} µs per request more than a bare process, and run at ${ratio(w.executed.rps / w.compiledAlone.rps)} of the same query on node:http with only the compiled executor.`);
      continue;
    }
    const goal = w.responseBytes > LARGE_ANSWER_BYTES ? 0.4 : 0.25;
    const met = (x: number, g: number) => (x >= g ? 'met' : 'NOT met');
    lines.push(
      `- ${w.workload} at ${w.factor}×: executed ${ratio(w.executed.rps / w.bareStringify.rps)} (goal ${ratio(goal)}: ${met(w.executed.rps / w.bareStringify.rps, goal)}), cached ${ratio(w.cached.rps / w.bareBytes.rps)} and ${ratio(w.cachedBr.rps / w.bareBytesBr.rps)} with br (goal 50%: ${met(Math.min(w.cached.rps / w.bareBytes.rps, w.cachedBr.rps / w.bareBytesBr.rps), 0.5)})`,
    );
  }
  return lines;
}

function report(machine: Record<string, string>, work: WorkloadResult[], filed: FilingsResult | null, scale: ScaleResult[]): string {
  const lines = [
    `Measured ${machine.date} on ${machine.machine}, Node ${machine.node}; ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s warm-up; load average ${machine.load} at the start. Each cell: req/s, and **% of a bare node:http process in the same run** (executed and fresh: one that JSON.stringify's the same answer for each request, and compresses it at the same level for br; cached: one that writes the identical bytes).`,
    '',
    ...ratioTable([...work, ...scale.flatMap((s) => s.workloads)]),
  ];
  if (filed) {
    const facts = filed.facts - filed.base.facts;
    const heap = filed.graphHeapBytes - filed.base.graphHeapBytes;
    const buffers = filed.graphBufferBytes - filed.base.graphBufferBytes;
    lines.push(
      '',
      `SEC filings: start-up with FILINGS_DIR=${filed.folder} beside the embedded data (read, linked and checked), and the embedded data alone, in the same run (load average ${filed.load.toFixed(1)}). Facts are numeric facts (text facts and text blocks are counted in the heap, not here); load is wall-clock time, CPU the process's user + system time; buffers are the ArrayBuffers outside the heap the graph holds (the deflated text blocks), counted in the last column.`,
      '',
      '| data | companies | disclosures | facts | load s | load CPU s | load µs/fact | CPU µs/fact | heap MB | heap B/fact | buffers KB | heap + buffers B/fact |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| embedded data | | | ${n0(filed.base.facts)} | ${(filed.base.loadMs / 1000).toFixed(2)} | ${(filed.base.loadCpuMs / 1000).toFixed(2)} | ${n0((filed.base.loadMs * 1000) / filed.base.facts)} | ${n0((filed.base.loadCpuMs * 1000) / filed.base.facts)} | ${n0(filed.base.graphHeapBytes / 2 ** 20)} | ${n0(filed.base.graphHeapBytes / filed.base.facts)} | ${n0(filed.base.graphBufferBytes / 2 ** 10)} | ${n0((filed.base.graphHeapBytes + filed.base.graphBufferBytes) / filed.base.facts)} |`,
      `| embedded + filings | ${n0(filed.companies)} | ${n0(filed.disclosures)} | ${n0(filed.facts)} | ${(filed.loadMs / 1000).toFixed(2)} | ${(filed.loadCpuMs / 1000).toFixed(2)} | ${n0((filed.loadMs * 1000) / filed.facts)} | ${n0((filed.loadCpuMs * 1000) / filed.facts)} | ${n0(filed.graphHeapBytes / 2 ** 20)} | ${n0(filed.graphHeapBytes / filed.facts)} | ${n0(filed.graphBufferBytes / 2 ** 10)} | ${n0((filed.graphHeapBytes + filed.graphBufferBytes) / filed.facts)} |`,
      `| the filings alone (difference) | | | ${n0(facts)} | ${((filed.loadMs - filed.base.loadMs) / 1000).toFixed(2)} | ${((filed.loadCpuMs - filed.base.loadCpuMs) / 1000).toFixed(2)} | ${n0(((filed.loadMs - filed.base.loadMs) * 1000) / facts)} | ${n0(((filed.loadCpuMs - filed.base.loadCpuMs) * 1000) / facts)} | ${n0(heap / 2 ** 20)} | ${n0(heap / facts)} | ${n0(buffers / 2 ** 10)} | ${n0((heap + buffers) / facts)} |`,
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
    load: loadavg().map((x) => x.toFixed(1)).join(', '),
  };
  log(`Benchmarking on ${machine.machine}, Node ${machine.node}`);
  const work = PARTS.has('workloads') && RATIO_SCALES.includes(1) ? await workloads(DEFAULT_DATA_DIR, 1) : [];
  const filed = PARTS.has('filings') ? await filings() : null;
  const scale = PARTS.has('scales') ? await scales(SCALE_QUERY) : [];
  const text = report(machine, work, filed, scale);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.md'), `${text}\n`);
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify({ machine, settings: { SECONDS, WARMUP, CONNECTIONS, SCALES, RATIO_SCALES, SEED, PARTS: [...PARTS], WORKLOADS: ONLY ?? 'all' }, workloads: work, filings: filed, scales: scale }, null, 2)}\n`);
  console.log(text);
  log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s; written to .generated/bench/latest.md and latest.json.`);
}

main().catch(async (error) => {
  console.error(error);
  await Promise.all([...children].map(stop));
  process.exit(1);
});
