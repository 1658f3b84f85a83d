/**
 * `npm run screenshots`: PNGs of the explorer's main views for the README (docs/explorer/),
 * taken in Debian's Chromium against the production build served by the real server.
 * Run after `npm run build:web` when the views change, and commit the images.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGraph } from '../src/domain/load-graph.js';
import { startServer } from '../src/server/start-server.js';
import { guardedContext, HAS_CHROMIUM, launchChromium, ROOT, SKIP_MESSAGE } from './chromium.js';

const OUT = join(ROOT, 'docs/explorer');
const DISCLOSURE = '/c/QFIN/d/2024-q2-results';
// The filing views need the shared SEC filings (<repo>/../shared/xbrl), as the server's FILINGS_DIR.
const SHARED_XBRL = resolve(ROOT, '../shared/xbrl');

interface Shot {
  file: string;
  path: string;
  /** What to do before the picture (click a figure...). */
  act?: (page: Page) => Promise<void>;
  ready: string;
  /** Only this element, whole (default: the viewport). */
  element?: string;
  /** Needs the shared SEC filings. */
  filings?: boolean;
  /** Viewport width in CSS pixels (default 1440, a desktop; 390 is a phone). */
  width?: number;
}

const PHONE = 390;

const SHOTS: Shot[] = [
  { file: 'companies.png', path: '/', ready: 'text=Qifu Technology' },
  { file: 'balance-sheet.png', path: `${DISCLOSURE}/unaudited-condensed-consolidated-balance-sheets`, ready: 'table.statement tbody tr' },
  {
    file: 'trace-non-gaap.png',
    path: `${DISCLOSURE}/unaudited-reconciliations-of-gaap-and-non-gaap-results`,
    ready: 'table.statement tbody tr',
    act: async (page) => {
      await page.getByRole('row', { name: /^Non-GAAP net income\b/ }).first().getByRole('button', { name: /Three months ended Jun 30, 2024, RMB/ }).click();
      await page.locator('.trace .recharts-surface').waitFor();
    },
  },
  {
    // The whole trace panel of one figure: definition, formula inputs, footnotes, checks, chart.
    file: 'trace-panel.png',
    path: `${DISCLOSURE}/unaudited-reconciliations-of-gaap-and-non-gaap-results`,
    ready: 'table.statement tbody tr',
    element: '.trace',
    act: async (page) => {
      await page.getByRole('row', { name: /^Non-GAAP net income\b/ }).first().getByRole('button', { name: /Three months ended Jun 30, 2024, RMB/ }).click();
      await page.locator('.trace .recharts-surface').waitFor();
      await page.addStyleTag({ content: '.trace { max-height: none; position: static; }' });
    },
  },
  { file: 'search.png', path: '/search?q=delinquency', ready: 'ol.results li' },
  { file: 'search-apple-net-sales.png', path: '/search?q=apple%20net%20sales', ready: 'ol.results li', filings: true },
  { file: 'search-did-you-mean.png', path: '/search?q=appel%20net%20salse', ready: 'ol.results li', filings: true },
  // A phone: the statement scrolls sideways under its sticky labels; the trace is a full-screen sheet.
  { file: 'phone-balance-sheet.png', path: `${DISCLOSURE}/unaudited-condensed-consolidated-balance-sheets`, ready: 'table.statement tbody tr', width: PHONE },
  {
    file: 'phone-trace.png',
    path: `${DISCLOSURE}/unaudited-condensed-consolidated-balance-sheets`,
    ready: 'table.statement tbody tr',
    width: PHONE,
    act: async (page) => {
      await page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }).click();
      await page.locator('.trace .recharts-surface').waitFor();
    },
  },
  { file: 'phone-search.png', path: '/search?q=apple%20net%20sales', ready: 'ol.results li', filings: true, width: PHONE },
  {
    file: 'phone-series.png',
    path: '/c/AAPL/d/10-q-2023-07-01/condensed-consolidated-statements-of-operations-unaudited',
    ready: 'table.statement tbody tr',
    filings: true,
    width: PHONE,
    act: async (page) => {
      await page.getByRole('button', { name: 'Net sales, Q3 2023: 81,797' }).click();
      await page.locator('.trace .recharts-bar-rectangle').first().waitFor();
      await page.locator('.trace [data-testid=series-chart]').scrollIntoViewIfNeeded();
    },
  },
  { file: 'key-metrics.png', path: '/c/QFIN/metrics', ready: 'table.metrics tbody tr' },
  { file: 'governance.png', path: '/c/QFIN/governance', ready: '[data-testid=chair] strong' },
  { file: 'capital-return.png', path: '/c/QFIN/capital-return', ready: 'progress' },
  { file: 'filing-balance-sheet.png', path: '/c/AAPL/d/10-k-2023-09-30/consolidated-balance-sheets', ready: 'table.statement tbody tr', filings: true },
  {
    // A figure the 2023 10-K revised: both reports, the change, the value as known on a date.
    file: 'filing-trace-revision.png',
    path: '/c/AAPL/d/10-k-2023-09-30/consolidated-statements-of-cash-flows',
    ready: 'table.statement tbody tr',
    filings: true,
    act: async (page) => {
      await page.getByRole('button', { name: 'Other, FY 2022: 1,006' }).click();
      await page.locator('.trace .recharts-surface').waitFor();
    },
  },
  {
    // Quarterly net sales from the series query, the fourth quarters derived (hollow dots).
    file: 'filing-series.png',
    path: '/c/AAPL/d/10-q-2023-07-01/condensed-consolidated-statements-of-operations-unaudited',
    ready: 'table.statement tbody tr',
    filings: true,
    element: '.trace',
    act: async (page) => {
      await page.getByRole('button', { name: 'Net sales, Q3 2023: 81,797' }).click();
      await page.locator('.trace .recharts-surface').waitFor();
      await page.addStyleTag({ content: '.trace { max-height: none; position: static; }' });
    },
  },
  // Companies side by side (Qifu in CNY, Apple in USD: a chart per currency), and a company page opening on its standard metrics.
  { file: 'compare.png', path: '/compare?c=QFIN,AAPL&m=REVENUE,NET_INCOME&f=QUARTERLY', ready: '[data-testid=compare-chart] .recharts-surface', filings: true },
  { file: 'phone-compare.png', path: '/compare?c=QFIN,AAPL&m=REVENUE&f=QUARTERLY', ready: '[data-testid=compare-chart] .recharts-surface', filings: true, width: PHONE, act: async (page) => page.locator('[data-testid=compare-table]').scrollIntoViewIfNeeded() },
  { file: 'company-metrics.png', path: '/c/AAPL', ready: '[data-testid=metric-chart] .recharts-surface', filings: true },
  { file: 'phone-company-metrics.png', path: '/c/AAPL', ready: '[data-testid=metric-chart] .recharts-surface', filings: true, width: PHONE },
];

async function main() {
  if (!HAS_CHROMIUM) {
    console.error(SKIP_MESSAGE);
    process.exit(1);
  }
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    console.error('web/dist is not built: run npm run build:web first.');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const withFilings = existsSync(SHARED_XBRL);
  if (!withFilings) console.warn(`${SHARED_XBRL} is absent: the filing views are not retaken.`);
  const server = await startServer(loadGraph(undefined, withFilings ? SHARED_XBRL : undefined), 0, '127.0.0.1', { webRoot: join(ROOT, 'web/dist'), production: true });
  const browser = await launchChromium();
  try {
    const { context, watch } = await guardedContext(browser);
    const page = await context.newPage();
    for (const shot of SHOTS.filter((s) => withFilings || !s.filings)) {
      await page.setViewportSize(shot.width === PHONE ? { width: PHONE, height: 844 } : { width: 1440, height: 900 });
      await page.goto(`${server.origin}${shot.path}`);
      await page.locator(shot.ready).first().waitFor();
      await shot.act?.(page);
      if (shot.element) await page.locator(shot.element).screenshot({ path: join(OUT, shot.file) });
      else await page.screenshot({ path: join(OUT, shot.file) });
      console.log(`docs/explorer/${shot.file}`);
    }
    if (watch.offHost.length || watch.console.length) throw new Error(`unexpected: ${[...watch.offHost, ...watch.console].join('\n')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();
