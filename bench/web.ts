/**
 * `npm run bench:web`: how long after opening a page the reader sees the first statement,
 * in Debian's Chromium against the production build (web/dist) served by the real server.
 * Target: under 1 s on this machine. A benchmark, not a test: it reports, it does not fail.
 *
 * Each run opens the disclosure's URL in a fresh browser context (no HTTP cache: a first
 * visit) or again in a used one (a return visit: hashed assets come from the HTTP cache,
 * index.html is revalidated), and records, in the page, the time from navigation start
 * (performance.timeOrigin) to the first row of a statement table in the DOM and painted.
 * Playwright turns a context's HTTP cache off when it routes requests (as guardedContext
 * does, to refuse other hosts), so the return visit uses a context that only records
 * requests to other hosts (the page's CSP refuses them); the same return visit in a routed
 * context (every asset fetched again, as measured until 2026-12-06) is reported beside it.
 * Settings: BENCH_WEB_RUNS (default 15); BENCH_WEB_ROOT (default web/dist) to measure another build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGraph } from '../src/domain/load-graph.js';
import { startServer } from '../src/server/start-server.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, guardedContext, HAS_CHROMIUM, launchChromium, ROOT } from '../scripts/chromium.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
// With the shared SEC filings present (<repo>/../shared/xbrl), the server loads them as with
// FILINGS_DIR, and a filing's statement is measured too (its company lists ~200 tables).
const SHARED_XBRL = resolve(ROOT, '../shared/xbrl');
const WITH_FILINGS = existsSync(SHARED_XBRL);
const PAGES = [
  { name: 'disclosure (balance sheet)', path: '/c/QFIN/d/2024-q2-results' },
  { name: 'statement deep link (statement of operations)', path: '/c/QFIN/d/2024-q2-results/unaudited-condensed-consolidated-statements-of-operations' },
  ...(WITH_FILINGS ? [{ name: "Apple's 10-K balance sheet (deep link)", path: '/c/AAPL/d/10-k-2023-09-30/consolidated-balance-sheets' }] : []),
];

/**
 * Runs in the page before its own scripts: notes when the first statement row is painted
 * (in the DOM, then the next animation frame). A string, so that the TypeScript compiler's
 * helpers do not leak into the page.
 */
const WATCH_FIRST_STATEMENT = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('table.statement tbody tr')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__firstStatement ??= performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

async function main() {
  if (!HAS_CHROMIUM) {
    console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  // BENCH_WEB_ROOT: another build (e.g. main's) to measure as a baseline in the same conditions.
  const webRoot = process.env.BENCH_WEB_ROOT ?? join(ROOT, 'web/dist');
  if (!existsSync(join(webRoot, 'index.html'))) {
    console.error('web/dist is not built: run npm run build:web first.');
    process.exit(1);
  }
  const server = await startServer(loadGraph(undefined, WITH_FILINGS ? SHARED_XBRL : undefined), 0, '127.0.0.1', { webRoot, production: true });
  const browser = await launchChromium();
  console.log(`Explorer benchmark: ${RUNS} runs per case, Chromium ${browser.version()}, Node ${process.version}, server in this process (production mode, response cache on), ${WITH_FILINGS ? 'with' : 'without'} the shared filings.`);
  const rows: string[] = [];
  try {
    for (const { name, path } of PAGES) {
      const url = `${server.origin}${path}`;
      const first: number[] = [];
      // Run 0 also warms the server (its first execution of each query); it is reported apart.
      let coldServer = 0;
      for (let i = 0; i <= RUNS; i++) {
        const { context, watch } = await guardedContext(browser);
        await context.addInitScript({ content: WATCH_FIRST_STATEMENT });
        const t = await firstStatementMs(await context.newPage(), url);
        await context.close();
        if (watch.offHost.length) throw new Error(`requests left the machine: ${watch.offHost.join(', ')}`);
        if (i === 0) coldServer = t;
        else first.push(t);
      }
      const returnVisits = async (cached: boolean) => {
        const { context, watch } = cached ? await cachingContext(browser) : await guardedContext(browser);
        await context.addInitScript({ content: WATCH_FIRST_STATEMENT });
        const tab = await context.newPage();
        await firstStatementMs(tab, url);
        const again: number[] = [];
        for (let i = 0; i < RUNS; i++) again.push(await firstStatementMs(tab, url));
        await context.close();
        if (watch.offHost.length) throw new Error(`requests left the machine: ${watch.offHost.join(', ')}`);
        return again;
      };
      rows.push(row(name, 'first visit (fresh browser context)', stats(first)));
      rows.push(row(name, 'return visit (assets from the HTTP cache)', stats(await returnVisits(true))));
      rows.push(row(name, 'return visit, HTTP cache off (assets fetched again)', stats(await returnVisits(false))));
      rows.push(`| ${name} | very first request after start-up | ${coldServer.toFixed(0)} ms | | |`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log('\n| page | visit | first statement painted, median | p90 | range |\n| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}

function row(name: string, visit: string, s: ReturnType<typeof stats>): string {
  return `| ${name} | ${visit} | ${s.median.toFixed(0)} ms | ${s.p90.toFixed(0)} ms | ${s.min.toFixed(0)}–${s.max.toFixed(0)} ms |`;
}

/**
 * A browser context that keeps its HTTP cache: it records (rather than refuses) requests
 * to other hosts, since routing them would turn the cache off.
 */
async function cachingContext(browser: Browser): Promise<{ context: BrowserContext; watch: { offHost: string[] } }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const watch = { offHost: [] as string[] };
  context.on('request', (request) => {
    const { hostname, href } = new URL(request.url());
    if (hostname !== 'localhost' && hostname !== '127.0.0.1') watch.offHost.push(href);
  });
  return { context, watch };
}

/** Opens `url` and returns the ms from navigation start to the first statement row painted. */
async function firstStatementMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as { __firstStatement?: number }).__firstStatement !== undefined);
  return page.evaluate(() => (globalThis as { __firstStatement?: number }).__firstStatement!);
}

void main();
