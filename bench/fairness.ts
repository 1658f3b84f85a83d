/**
 * `npm run bench:fairness`: does heavy work starve light work? A light query (one statement
 * for one period, the bench's `statement` workload) is sent on one connection while 0, 1, 3
 * and 10 other connections send the heaviest query the limits allow (HEAVY below: five
 * aliases of every line item with every fact, its period and source, about 20,500 units of
 * work of the 25,000 budget, 2.6 MB), and the light query's p50/p99 are reported. Goal: p99
 * within 250 ms. Run with the server's fairness (slicing, heavy lane) on, then off
 * (FAIRNESS=off in the server) for comparison. Settings: BENCH_SECONDS (10 per measurement).
 * Prints a Markdown table and writes it to .generated/bench/fairness.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { requestBody, STATEMENT } from './workloads.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../.generated/bench/', import.meta.url));

export const HEAVY = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: company(ticker: "QFIN") { lineItems { label facts { value unit printed decimals period { label startDate endDate } source { excerpt } } } }`).join(' ')} }`;

async function startServer(fairness: 'on' | 'off'): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(HERE, 'fairness-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'production', FAIRNESS: fairness },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string }));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, url };
}

interface Row {
  heavy: number;
  p50: number;
  p99: number;
  lightRps: number;
  heavyRps: number;
  heavyErrors: number;
}

async function measure(url: string, heavyConnections: number): Promise<Row> {
  const light = autocannon({ url, method: 'POST', headers: HEADERS, body: requestBody(STATEMENT), connections: 1, duration: SECONDS, timeout: 60 });
  const heavy =
    heavyConnections > 0 ? autocannon({ url, method: 'POST', headers: HEADERS, body: JSON.stringify({ query: HEAVY }), connections: heavyConnections, duration: SECONDS, timeout: 60 }) : null;
  let heavyErrors = 0;
  if (heavy) {
    // An answer that is one error (a budget run out while waiting) counts as an error of the heavy client.
    (heavy as unknown as { on(e: 'response', f: (c: unknown, status: number, bytes: number) => void): void }).on('response', (_c, _status, bytes) => {
      if (bytes < 2_000) heavyErrors++;
    });
  }
  const [l, h] = await Promise.all([light, heavy]);
  return { heavy: heavyConnections, p50: l.latency.p50, p99: l.latency.p99, lightRps: l.requests.average, heavyRps: h ? h.requests.average : 0, heavyErrors: heavyErrors + (h ? h.errors + h.timeouts + h.non2xx : 0) };
}

async function main(): Promise<void> {
  const lines = [
    `Light query (\`statement\`) on 1 connection while N connections send the heaviest allowed query; ${SECONDS} s each; goal: light p99 ≤ 250 ms.`,
    '',
    '| fairness | heavy connections | light p50 (ms) | light p99 (ms) | light req/s | heavy req/s | heavy errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const fairness of ['on', 'off'] as const) {
    const { child, url } = await startServer(fairness);
    try {
      // Warm: compile both documents.
      for (let i = 0; i < 3; i++) {
        await (await fetch(url, { method: 'POST', headers: HEADERS, body: requestBody(STATEMENT) })).text();
        await (await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify({ query: HEAVY }) })).text();
      }
      for (const n of [0, 1, 3, 10]) {
        const r = await measure(url, n);
        const line = `| ${fairness} | ${n} | ${r.p50} | ${r.p99} | ${r.lightRps.toFixed(0)} | ${r.heavyRps.toFixed(1)} | ${r.heavyErrors} |`;
        console.log(line);
        lines.push(line);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'fairness.md'), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
}

await main();
