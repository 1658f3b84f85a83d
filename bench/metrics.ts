/**
 * `npm run bench:metrics`: latency of the frame, standard-metric and TTM queries, in-process
 * through Apollo (no HTTP, no response cache), over Apple's and NVIDIA's companyfacts in
 * ../shared/edgar beside the embedded data. Each query runs BENCH_RUNS times (default 200)
 * after its first, cold run (which builds the frame index or the company's fact lookups);
 * p50 and p99 of the warm runs are printed with the load average. The 10-million-fact store
 * is measured by `npm run bench:scale`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../src/domain/load-graph.js';
import { isoDate } from '../src/graphql/context.js';
import { createApollo } from '../src/server/create-apollo.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const EDGAR = fileURLToPath(new URL('../../shared/edgar/data.sec.gov/', import.meta.url));
const CIKS = ['0000320193', '0001045810'];

const QUERIES: Record<string, string> = {
  'frame CY2023Q3 revenue (the issue\'s query)': '{ frame(concept: "us-gaap:Revenues", period: "CY2023Q3", unit: "USD") { nodes { value company { cik name } } } }',
  'frame CY2023Q3I assets by value, with facts': '{ frame(concept: "us-gaap:Assets", period: "CY2023Q3I", unit: "USD", orderBy: { field: VALUE, direction: DESC }) { totalCount nodes { value period { endDate } fact { disclosure { accessionNumber } } } } }',
  'metric REVENUE quarterly (Apple, 68 quarters)': '{ company(ticker: "AAPL") { metric(metric: REVENUE, frequency: QUARTERLY) { fiscalYear fiscalPeriod value concept { name } } } }',
  'metric FREE_CASH_FLOW annual with inputs (NVIDIA)': '{ company(ticker: "NVDA") { metric(metric: FREE_CASH_FLOW, frequency: ANNUAL) { fiscalYear value inputs { weight figure { value concept { name } } } } } }',
  'ttm concept as of 2025-06-30 (the issue\'s query)': '{ company(ticker: "AAPL") { ttm(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", asOf: "2025-06-30") { value } } }',
  'ttm metric REVENUE with quarters (NVIDIA)': '{ company(ticker: "NVDA") { ttm(metric: REVENUE, asOf: "2025-06-30") { value isStale quarters { value fact { origin } } } } }',
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  if (!CIKS.every((cik) => existsSync(join(EDGAR, `api/xbrl/companyfacts/CIK${cik}.json`)))) {
    console.log(`Skipped: ${EDGAR} is absent.`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-metrics-'));
  for (const cik of CIKS) {
    const folder = join(dir, String(Number(cik)));
    mkdirSync(folder);
    symlinkSync(join(EDGAR, `api/xbrl/companyfacts/CIK${cik}.json`), join(folder, 'companyfacts.json'));
    if (existsSync(join(EDGAR, `submissions/CIK${cik}.json`))) symlinkSync(join(EDGAR, `submissions/CIK${cik}.json`), join(folder, 'submissions.json'));
  }
  const started = performance.now();
  const graph = (() => {
    try {
      return loadGraph(undefined, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${RUNS} warm runs per query; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const apollo = createApollo();
  const run = async (query: string) => {
    const t = performance.now();
    const response = await apollo.executeOperation({ query }, { contextValue: { graph, today: isoDate(new Date()) } });
    const ms = performance.now() - t;
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${query}: ${JSON.stringify(response.body)}`);
    return ms;
  };
  console.log('| query | first (cold) | p50 | p99 |\n| --- | ---: | ---: | ---: |');
  for (const [name, query] of Object.entries(QUERIES)) {
    const cold = await run(query);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await run(query));
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${cold.toFixed(1)} ms | ${percentile(times, 50).toFixed(2)} ms | ${percentile(times, 99).toFixed(2)} ms |`);
  }
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

await main();
