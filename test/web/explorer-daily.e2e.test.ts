import { readFileSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { axeViolations as checkAxe, buildExplorer, guardedContext, HAS_CHROMIUM, launchChromium, SKIP_MESSAGE, type Watch } from '../../scripts/chromium.js';
import { embeddedGraph } from '../helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';

/**
 * The explorer for daily work, in Chromium at a desktop width (1440 px) and a phone's
 * (390 px): search that finds, charts that tell the truth, the phone and the keyboard,
 * truthful states, downloads, and axe-core's WCAG 2.1 A/AA rules on every view.
 */
if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);
else if (!sharedExists) console.warn(`Skipping the explorer's search and chart tests over SEC filings: ${SHARED_XBRL} is absent (they run with <repo>/../shared/xbrl).`);

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const DISCLOSURE = '/c/QFIN/d/2024-q2-results';
const BALANCE_SHEET = `${DISCLOSURE}/unaudited-condensed-consolidated-balance-sheets`;
const APPLE_10Q_OPERATIONS = '/c/AAPL/d/10-q-2023-07-01/condensed-consolidated-statements-of-operations-unaudited';
const POLL = { timeout: 10_000, interval: 50 };
const text = (l: Locator) => expect.poll(async () => ((await l.count()) > 0 ? l.first().innerText() : ''), POLL);
/** The text as written (not as styled: an uppercase label reads as written; SVG text has no innerText). */
const content = (l: Locator) => expect.poll(async () => ((await l.count()) > 0 ? ((await l.first().textContent()) ?? '').trim() : ''), POLL);
const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });

describe.skipIf(!HAS_CHROMIUM)('the explorer for daily work, in Chromium', () => {
  let server: RunningServer;
  let filings: RunningServer | undefined;
  let browser: Browser;
  let webRoot: string;
  let context: BrowserContext;
  let watch: Watch;
  let page: Page;

  beforeAll(async () => {
    webRoot = buildExplorer('development');
    [server, browser] = await Promise.all([startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot }), launchChromium()]);
    if (sharedExists) filings = await startServer(loadGraph(undefined, SHARED_XBRL), 0, '127.0.0.1', { webRoot });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await filings?.stop();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });
  beforeEach(async () => {
    ({ context, watch } = await guardedContext(browser));
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
    expect(watch.offHost).toEqual([]);
    expect(watch.console).toEqual([]);
  });

  const at = async (width: (typeof WIDTHS)[number]) => page.setViewportSize({ width: width.width, height: width.height });
  const open = (path: string) => page.goto(`${server.origin}${path}`);
  const openFiling = (path: string) => page.goto(`${filings!.origin}${path}`);
  const trace = () => page.getByRole('complementary', { name: /./ });
  const axeViolations = () => checkAxe(page);
  /**
   * Elements that stick out of the viewport on the right and are not inside a box that
   * scrolls sideways (a table's own scroller is fine; the page scrolling sideways is not).
   */
  const overflowing = () =>
    page.evaluate(() => {
      const doc = (globalThis as any).document;
      const win = globalThis as any;
      const width = doc.documentElement.clientWidth;
      const out: string[] = [];
      if (doc.documentElement.scrollWidth > width + 1) out.push(`the page scrolls sideways: ${doc.documentElement.scrollWidth} > ${width}`);
      for (const el of doc.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) continue;
        let clipped = false;
        for (let p = el.parentElement; p && p !== doc.body; p = p.parentElement) {
          const style = win.getComputedStyle(p);
          if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && p.getBoundingClientRect().right <= width + 1) {
            clipped = true;
            break;
          }
        }
        if (!clipped && win.getComputedStyle(el).position !== 'fixed' && !el.closest('.skip')) out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
      }
      return out.slice(0, 10);
    });

  it.skipIf(!sharedExists)('search "apple net sales" lists Apple\'s Net sales first, with its statement and formatted latest value, at 1440 and 390 px', async () => {
    await at(WIDTHS[0]);
    await openFiling('/search?q=apple%20net%20sales');
    const first = page.locator('li.result').first();
    await text(first.getByRole('heading', { level: 2 })).toBe('Net sales');
    await content(first.locator('.kind')).toBe('Apple Inc. (AAPL) · Income statement');
    await text(first.locator('.latest')).toBe('FY 2023: 383.285 billion USD');
    expect(await first.getByTestId('latest-value').getAttribute('title')).toBe('383,285,000,000 USD');
    await text(page.locator('main')).toContain('Only Apple Inc.’s figures');
    // Never XBRL scaffolding, for any word.
    await openFiling('/search?q=revenue');
    await visible(page.locator('li.card'));
    expect(await page.locator('main').innerText()).not.toMatch(/\[(Table|Axis|Member|Line Items|Text Block|Abstract)\]/);
    // A typo is corrected and said so; the value opens its trace.
    await openFiling('/search?q=appel%20net%20salse');
    await text(page.getByRole('status').filter({ hasText: 'Nothing matched' })).toContain('showing results for apple net sales');
    await text(page.locator('li.result h2').first()).toBe('Net sales');
    expect(await axeViolations()).toEqual([]);
    await at(WIDTHS[1]);
    await text(page.locator('li.result .latest').first()).toBe('FY 2023: 383.285 billion USD');
    expect(await overflowing()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('latest-value').first().click();
    await text(trace().locator('data.exact')).toBe('383,285,000,000 USD');
  }, 60_000);

  it.skipIf(!sharedExists)('charts on a time axis: a labelled value axis with unit and scale, a gap for the missing quarters, derived bars marked, at 1440 and 390 px', async () => {
    for (const width of WIDTHS) {
      await at(width);
      await openFiling(APPLE_10Q_OPERATIONS);
      await page.getByRole('button', { name: 'Net sales, Q3 2023: 81,797' }).click();
      const chart = trace().getByTestId('series-chart');
      await visible(chart.locator('.recharts-bar-rectangle'));
      await content(chart.locator('.recharts-label')).toBe('USD, billions');
      // Value ticks are numbers on that scale.
      const tickTexts = chart.locator('.recharts-yAxis-tick-labels text');
      await expect.poll(() => tickTexts.count(), POLL).toBeGreaterThan(2);
      const ticks = await tickTexts.allTextContents();
      for (const t of ticks) expect(t).toMatch(/^-?[\d,.]+$/);
      // Q3 2022, Q4 2022 (derived), then nothing for Q1 and Q2 2023, then Q3 and Q4 2023.
      await text(chart.getByTestId('chart-gaps')).toContain('2 quarters between Q4 2022 and Q3 2023');
      const xs = await chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').evaluateAll((els) => els.map((e) => { const b = e.getBoundingClientRect(); return b.x + b.width / 2; }));
      expect(xs).toHaveLength(4);
      const step = xs[1] - xs[0];
      // Three quarters from Q4 2022 to Q3 2023: three steps of a quarter, not one.
      expect((xs[2] - xs[1]) / step).toBeGreaterThan(2.5);
      expect((xs[2] - xs[1]) / step).toBeLessThan(3.5);
      await text(chart.getByRole('listitem').filter({ hasText: /^Q4 2023/ })).toContain('(derived)');
      // Derived bars are drawn hollow, reported ones filled.
      const fills = await chart.locator('.recharts-bar-rectangle path').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
      expect(fills.filter((f) => f === '#fff')).toHaveLength(2);
      // Exact value in the tooltip.
      await chart.locator('.recharts-bar-rectangle').nth(2).hover();
      await text(chart.locator('.recharts-tooltip-wrapper')).toContain('81,797,000,000 USD');
      if (width.width === 390) expect(await overflowing()).toEqual([]);
      expect(await axeViolations()).toEqual([]);
    }
  }, 90_000);

  it('at 390 px: nothing overflows, tables scroll with their labels kept, the trace is a full-screen sheet with a Back control', async () => {
    await at(WIDTHS[1]);
    await open(BALANCE_SHEET);
    const table = page.getByRole('table', { name: /Balance Sheets/ });
    await visible(table);
    expect(await overflowing()).toEqual([]);
    // The label column stays put while the figures scroll.
    const label = table.getByRole('rowheader', { name: /^Cash and cash equivalents/ });
    expect(await label.evaluate((e) => (globalThis as any).getComputedStyle(e).position)).toBe('sticky');
    const scroller = page.locator('.table-wrap').first();
    expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await scroller.evaluate((e) => e.scrollBy(200, 0));
    const box = await label.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeLessThan(20);

    const figure = page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ });
    await figure.click();
    const sheet = trace();
    await visible(sheet.locator('data.exact'));
    const sheetBox = await sheet.boundingBox();
    expect(sheetBox).toMatchObject({ x: 0, y: 0, width: 390 });
    expect(sheetBox!.height).toBeGreaterThanOrEqual(844 - 1);
    expect(await overflowing()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    await sheet.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => sheet.count(), POLL).toBe(0);
    await expect.poll(() => figure.evaluate((e) => e === (globalThis as any).document.activeElement), POLL).toBe(true);
  });

  it('a skip link reaches the first figure in two key presses', async () => {
    await at(WIDTHS[0]);
    await open(BALANCE_SHEET);
    await visible(page.getByRole('table', { name: /Balance Sheets/ }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await text(page.locator(':focus')).toBe('Skip to the first figure');
    await page.keyboard.press('Enter');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((e) => !!e.closest('table.statement') && e.tagName === 'BUTTON')).toBe(true);
    await page.keyboard.press('Enter');
    await visible(trace().locator('data.exact'));
  });

  it('says so for unknown deep links, tickers near a known one, and opens governance as of the latest disclosure', async () => {
    await at(WIDTHS[0]);
    await open(`${DISCLOSURE}/no-such-table`);
    await text(page.getByRole('alert')).toContain('No such statement "no-such-table"');
    await open(`${BALANCE_SHEET}?fact=garbage`);
    await text(trace().getByRole('alert')).toContain('No figure has the ID in this link');
    await open('/c/QFNI');
    await text(page.getByRole('alert')).toBe('No company is listed under ticker “QFNI”. Did you mean QFIN?');
    await page.getByRole('link', { name: 'QFIN' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Qifu/ }));

    const latest = embeddedGraph().companies[0].disclosures[0];
    await open('/c/QFIN/governance');
    await expect.poll(() => page.getByLabel('Board and officers as of').inputValue(), POLL).toBe(latest.date);
    await text(page.getByTestId('as-of-basis')).toContain('the date of the latest disclosure');
    await visible(page.getByRole('columnheader', { name: 'Serving on this date' }));
    expect(await page.locator('main').innerText()).not.toMatch(/\bheld\b/);
    await page.getByLabel('Board and officers as of').fill('2024-08-12');
    await text(page.getByTestId('chair')).toContain('Hongyi Zhou');
    await text(page.getByTestId('as-of-basis')).toContain('the date you chose');
  });

  it('shows an error with Retry when the chart fails to load, and the chart after Retry', async () => {
    await at(WIDTHS[0]);
    let refused = 0;
    await page.route(/SeriesChart[^/]*\.js$/, (route) => {
      if (refused++ === 0) return route.abort('failed');
      return route.continue();
    });
    await open(BALANCE_SHEET);
    await page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }).click();
    const alert = trace().getByRole('alert').filter({ hasText: 'The chart could not be shown' });
    await visible(alert);
    // The chunk failed to load: Retry loads the page again, on the same view and figure.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await visible(trace().getByTestId('series-chart').locator('.recharts-surface'));
    expect(refused).toBe(2);
    // The failed load and React's report of the caught error are expected here, nothing else.
    watch.console = watch.console.filter((m) => !/SeriesChart|Failed to fetch dynamically imported module|net::ERR_FAILED|error occurred in|ErrorBoundary|Failed to load resource/i.test(m));
  }, 60_000);

  it('downloads the statement as CSV and Excel, and the series as CSV', async () => {
    await at(WIDTHS[0]);
    await open(BALANCE_SHEET);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download this table as CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/balance-sheets\.csv$/);
    const body = readFileSync((await csv.path())!, 'utf8');
    expect(body.split('\n')[0]).toMatch(/^Line item,Concept or key,Depth,Unit,/);
    expect(body).toMatch(/\nCash and cash equivalents,[^\n]*,4177890000,/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download this table as an Excel workbook' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([readFileSync((await xlsx.path())!)]));
    const cash = workbook.worksheets[0].getRows(1, 200)!.find((r) => r.getCell(1).value === 'Cash and cash equivalents')!;
    expect(String(cash.getCell(5).value)).toBe('4177890000');

    await open(`${DISCLOSURE}/unaudited-condensed-consolidated-statements-of-operations`);
    await page.getByRole('button', { name: /^Total net revenue, / }).first().click();
    const series = trace().getByTestId('series-chart');
    await visible(series.getByRole('link', { name: 'Download this series as CSV' }));
    const [seriesCsv] = await Promise.all([page.waitForEvent('download'), series.getByRole('link', { name: 'Download this series as CSV' }).click()]);
    expect(readFileSync((await seriesCsv.path())!, 'utf8').split('\n')[0]).toBe('Period,Fiscal year,Fiscal period,Start,End,"Value (CNY; exact, in units, not thousands)",Unit,Derived,Fact ID');
  }, 60_000);

  it('passes axe-core\'s WCAG 2.1 A/AA rules on every view, at both widths, with no element overflowing at 390 px', async () => {
    const views = [
      '/',
      '/search?q=delinquency',
      '/search?q=delinquncy',
      '/c/QFIN',
      BALANCE_SHEET,
      `${DISCLOSURE}/no-such-table`,
      '/c/QFIN/metrics',
      '/c/QFIN/governance',
      '/c/QFIN/capital-return',
      '/c/QFIN/outlook',
      '/c/QFIN/quotes',
      '/c/QFNI',
    ];
    const problems: string[] = [];
    for (const view of views) {
      await at(WIDTHS[0]);
      await open(view);
      await page.locator('main h1, main [role=alert]').first().waitFor({ timeout: 10_000 });
      if (view === BALANCE_SHEET) {
        await page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }).click();
        await visible(trace().locator('.recharts-surface'));
      }
      for (const width of WIDTHS) {
        // The same page, laid out again at the other width.
        await at(width);
        problems.push(...(await axeViolations()).map((v) => `${width.width}px ${view}: ${v}`));
        if (width.width === 390) problems.push(...(await overflowing()).map((v) => `${width.width}px ${view}: overflow ${v}`));
      }
    }
    expect(problems).toEqual([]);
  }, 150_000);
});
