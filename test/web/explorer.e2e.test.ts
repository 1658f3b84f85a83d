import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { DEFAULT_WEB_ROOT } from '../../src/server/static-files.js';
import { embeddedGraph } from '../helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { APPLE_10Q as INLINE_FILING, appleExists as inlineExists } from '../xbrl/inline/helpers.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { StoreServing } from '../../src/server/serve-store.js';
import type { Served } from '../../src/server/served.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { testDatabase } from '../store/helpers.js';
import { axeViolations as checkAxe, buildExplorer, guardedContext, HAS_CHROMIUM, launchChromium, ROOT, SKIP_MESSAGE, type Watch } from '../../scripts/chromium.js';

/**
 * The explorer in Chromium against the real server, built from the sources now: one build,
 * one browser and one server per data set for the whole file (each `it` gets a fresh
 * browser context and page). Add tests in a `describe` of their own at the end, using the
 * fixtures below (`open`, `openFiling`, `openInline`, `trace`, `at`, `axeViolations`,
 * `overflowing`).
 */
if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);
else if (!sharedExists) console.warn(`Skipping the explorer's tests over SEC filings: ${SHARED_XBRL} is absent (they run with <repo>/../shared/xbrl).`);
if (HAS_CHROMIUM && !inlineExists) console.warn(`Skipping the explorer's test of the Inline XBRL filing: ${INLINE_FILING} is absent.`);

/** A desktop (the width the users tried) and a phone. */
const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const DESKTOP = WIDTHS[0];
const PHONE = WIDTHS[1];
const DISCLOSURE = '/c/QFIN/d/2024-q2-results';
const BALANCE_SHEET = 'unaudited-condensed-consolidated-balance-sheets';
const BALANCE_SHEET_PATH = `${DISCLOSURE}/${BALANCE_SHEET}`;
const OPERATIONS = 'unaudited-condensed-consolidated-statements-of-operations';
const NON_GAAP = 'unaudited-reconciliations-of-gaap-and-non-gaap-results';
const APPLE_10K = '/c/AAPL/d/10-k-2023-09-30';
const APPLE_10Q = '/c/AAPL/d/10-q-2023-07-01';
const APPLE_10Q_OPERATIONS = `${APPLE_10Q}/condensed-consolidated-statements-of-operations-unaudited`;

// vitest's expect.poll retries like Playwright's web-first assertions (which belong to
// @playwright/test, not to playwright-core).
const POLL = { timeout: 10_000, interval: 50 };
/** No problems once layout settles: charts redraw for a new width on ResizeObserver's next callback, not at once. */
const settled = (problems: () => Promise<string[]>) => expect.poll(problems, POLL).toEqual([]);
const texts = (l: Locator) => expect.poll(() => l.allInnerTexts(), POLL);
const text = (l: Locator) => expect.poll(async () => ((await l.count()) > 0 ? l.first().innerText() : ''), POLL);
/** The text as written (not as styled: an uppercase label reads as written; SVG text has no innerText). */
const content = (l: Locator) => expect.poll(async () => ((await l.count()) > 0 ? ((await l.first().textContent()) ?? '').trim() : ''), POLL);
const classOf = (l: Locator) => expect.poll(() => l.first().getAttribute('class'), POLL);
const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });
const focused = (l: Locator) => expect.poll(() => l.evaluate((e) => e === (globalThis as any).document.activeElement), POLL).toBe(true);

/**
 * The cells of these tables that are cut off on the right: past the content box of the
 * nearest box that clips or scrolls sideways (the table's own, its wrapper's, the trace
 * panel's), or too narrow for their own text; and any such box that scrolls sideways.
 */
const clippedCells = (tables: Locator) =>
  tables.evaluateAll((all) => {
    const win = globalThis as any;
    const out: string[] = [];
    for (const table of all as any[]) {
      let box = table;
      while (box && !['auto', 'scroll', 'hidden', 'clip'].includes(win.getComputedStyle(box).overflowX)) box = box.parentElement;
      const limit = box ? box.getBoundingClientRect().left + box.clientLeft + box.clientWidth : win.document.documentElement.clientWidth;
      if (box && box.scrollWidth > box.clientWidth + 1) {
        // Name the element reaching furthest right, so a failure says what widened the box.
        let widest: any = null;
        for (const e of box.querySelectorAll('*')) if (!widest || e.getBoundingClientRect().right > widest.getBoundingClientRect().right) widest = e;
        const what = widest ? `${widest.tagName.toLowerCase()}.${String(widest.className?.baseVal ?? widest.className)}` : '';
        out.push(`${box.tagName.toLowerCase()}.${box.className} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth} (widest: ${what})`);
      }
      for (const cell of table.querySelectorAll('th, td')) {
        const right = cell.getBoundingClientRect().right;
        if (right > limit + 1 || cell.scrollWidth > cell.clientWidth + 1) out.push(`"${cell.textContent.trim().slice(0, 30)}": right ${Math.round(right)} > ${Math.round(limit)}, ${cell.scrollWidth} > ${cell.clientWidth}`);
      }
    }
    return out;
  });

// ---- Fixtures, shared by every describe of this file ----
/** The app over the embedded data (the curated release). */
let server: RunningServer;
/**
 * The same app over the embedded data and the shared SEC filings (FILINGS_DIR=../shared/xbrl),
 * served from the store as `npm start` serves them (ingested into PostgreSQL, companies loaded
 * on first use), so every test of the filings runs the explorer against the store.
 */
let filings: RunningServer | undefined;

/** The filings ingested into a database of the test run's PostgreSQL, and served from it. */
async function fromStore(dir: string): Promise<Served> {
  const { pool } = await testDatabase();
  await ingestFilings(pool, dir);
  return (await (await StoreServing.open(pool, { filingsDir: dir })).snapshot()).served;
}
/** Apple's 10-Q of 2025-03-29 as EDGAR publishes it (../shared/edgar), SEC's own renderings beside it; its pages served at /filing-documents/. */
let inline: RunningServer | undefined;
let browser: Browser;
let webRoot: string;
let context: BrowserContext;
let watch: Watch;
/** A fresh page in a fresh context for each test, at 1440 × 900. */
let page: Page;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  webRoot = buildExplorer('development');
  [server, browser] = await Promise.all([startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot }), launchChromium()]);
  if (sharedExists) filings = await startServer(await fromStore(SHARED_XBRL), 0, '127.0.0.1', { webRoot });
  if (inlineExists) inline = await startServer(loadGraph(undefined, INLINE_FILING), 0, '127.0.0.1', { webRoot, filingsDir: INLINE_FILING });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await filings?.stop();
  await inline?.stop();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});
beforeEach(async () => {
  if (!HAS_CHROMIUM) return;
  ({ context, watch } = await guardedContext(browser));
  page = await context.newPage();
  await at(DESKTOP);
});
afterEach(async () => {
  if (!HAS_CHROMIUM) return;
  await context.close();
  // Nothing may leave the machine, and the console (development build: Apollo's cache
  // warnings included) stays silent.
  expect(watch.offHost).toEqual([]);
  expect(watch.console).toEqual([]);
});

const open = (path: string) => page.goto(`${server.origin}${path}`);
const openFiling = (path: string) => page.goto(`${filings!.origin}${path}`);
const openInline = (path: string) => page.goto(`${inline!.origin}${path}`);
/** The trace panel (a side panel on a desktop, a full-screen sheet on a phone). */
const trace = () => page.getByRole('complementary', { name: /./ });
const at = (width: { width: number; height: number }) => page.setViewportSize({ width: width.width, height: width.height });
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

/** The explorer over the curated release and the shared SEC filings: statements as printed, traces, search, governance, the keyboard. */
describe.skipIf(!HAS_CHROMIUM)('the explorer in Chromium', () => {
  it('goes from the companies to a statement read as printed', async () => {
    await open('/');
    await page.getByRole('link', { name: 'Qifu Technology' }).click();
    await page.getByRole('link', { name: embeddedGraph().companies[0].disclosures[0].title }).click();
    const table = page.getByRole('table', { name: /Balance Sheets/ });
    await texts(table.getByRole('row', { name: /^Cash and cash equivalents/ }).getByRole('cell')).toEqual(['4,177,890', '6,337,134', '872,019']);
    await classOf(table.getByRole('row', { name: /^TOTAL ASSETS/ })).toMatch(/total/);
    await classOf(table.getByRole('row', { name: /^Current assets:/ })).toMatch(/heading/);
    // A total's checks: the row's source text (long, wrapped) and its sum fit the trace panel at 1440 px.
    await table.getByRole('row', { name: /^TOTAL ASSETS/ }).getByRole('button').first().click();
    const checks = trace().locator('table.checks');
    await text(checks).toContain('source text');
    await text(checks).toContain('table total');
    expect(await clippedCells(checks)).toEqual([]);

    await page.getByRole('link', { name: 'Income statement' }).click();
    expect(page.url()).toContain(`${DISCLOSURE}/${OPERATIONS}`);
    const operations = page.getByRole('table', { name: /Statements of Operations/ });
    await texts(operations.getByRole('row', { name: /^Provision for contingent liabilities/ }).getByRole('cell')).toEqual(['757,590', '(213,267)', '(29,347)', '1,437,924', '103,397', '14,228']);
    await texts(operations.getByRole('row', { name: /^Investment loss/ }).getByRole('cell')).toEqual(['(30,112)', '-', '-', '(30,112)', '-', '-']);
    // Indentation follows depth: a component sits further right than its heading.
    const indent = async (name: RegExp) => parseFloat(await operations.getByRole('rowheader', { name }).first().evaluate((e) => (globalThis as any).getComputedStyle(e).paddingLeft));
    expect(await indent(/^Financing income$/)).toBeGreaterThan(await indent(/^Credit driven services$/));
  });

  it('traces a non-GAAP figure to its definition and formula inputs, and follows an input', async () => {
    await open(`${DISCLOSURE}/${NON_GAAP}`);
    const row = page.getByRole('row', { name: /^Non-GAAP net income\b/ }).first();
    await row.getByRole('button', { name: /Three months ended Jun 30, 2024, RMB/ }).click();
    const panel = trace();
    await text(panel.getByRole('heading', { level: 2 })).toMatch(/Non-GAAP net income/);
    await text(panel).toContain('Q2 2024');
    await text(panel.locator('data.exact')).toBe('1,413,417,000 CNY');
    await visible(panel.getByRole('heading', { name: 'Definition' }));
    await text(panel).toMatch(/share-based compensation/i);
    const inputs = panel.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Weight' }) });
    await text(inputs.getByRole('row', { name: /^Net income\b/ })).toContain('1,376,508');
    // Every check about the figure, with expected and actual.
    await visible(panel.getByRole('heading', { name: /^Checks \(\d+\)/ }));
    await visible(panel.getByRole('cell', { name: 'pass' }).first());
    expect(await panel.getByRole('cell', { name: 'FAIL' }).count()).toBe(0);
    // At 1440 px the checks (and every other table of the panel) fit it: nothing cut off on the right.
    expect(await clippedCells(panel.locator('table'))).toEqual([]);
    // An input is itself traceable.
    await inputs.getByRole('row', { name: /^Net income\b/ }).getByRole('button').click();
    await text(panel.getByRole('heading', { level: 2 })).toMatch(/› Net income$/);
    await text(panel.locator('data.exact')).toBe('1,376,508,000 CNY');
    // On a phone the sheet holds every column of the checks too.
    await at(PHONE);
    await visible(panel.getByRole('heading', { name: /^Checks \(\d+\)/ }));
    await settled(() => clippedCells(panel.locator('table.checks')));
  });

  it('searches for a metric and shows its footnote', async () => {
    await open('/');
    await page.getByRole('searchbox', { name: /Search line items/ }).fill('90 day delinquency');
    await page.getByRole('searchbox', { name: /Search line items/ }).press('Enter');
    await page.waitForURL(/\/search\?q=90/);
    const result = page.getByRole('listitem').filter({ hasText: /90 day\+ delinquency rate/ }).first();
    // Each result names its company and statement.
    await text(result).toMatch(/Qifu Technology \(QFIN\) · Operating metrics/i);
    const note = embeddedGraph().companies[0].lineItems.find((i) => /90 day\+ delinquency rate/.test(i.label))!.footnotes[0];
    await text(result).toContain(note.text.slice(0, 60));
  });

  it('shows the board before and after the board change of 2024-08-13', async () => {
    await open('/c/QFIN/governance?asOf=2024-08-12');
    await text(page.getByTestId('chair')).toContain('Hongyi Zhou');
    const date = page.getByLabel('Board and officers as of');
    await date.fill('2024-08-13');
    await text(page.getByTestId('chair')).toContain('Fan Zhao');
    await page.waitForURL(/asOf=2024-08-13/);
    await page.getByRole('button', { name: 'Board the day before' }).click();
    await text(page.getByTestId('chair')).toContain('Hongyi Zhou');
    await visible(page.getByRole('row', { name: /Hongyi Zhou/ }));
  });

  it('follows a deep link to a figure', async () => {
    const graph = embeddedGraph();
    const item = graph.companies[0].lineItems.find((i) => i.label === 'Cash and cash equivalents' && i.statement === 'BALANCE_SHEET')!;
    const fact = item.facts.find((f) => f.unit === 'CNY' && f.period.endDate === '2024-06-30' && f.source.kind === 'TABLE_CELL')!;
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ company(ticker: "QFIN") { lineItems(search: "cash and cash equivalents", statement: BALANCE_SHEET) { label facts(unit: "CNY") { id value period { endDate } } } } }` }) });
    const body = (await res.json()) as any;
    const id = body.data.company.lineItems.find((i: any) => i.label === item.label).facts.find((f: any) => f.value === fact.value && f.period.endDate === '2024-06-30').id;
    await open(`${DISCLOSURE}/${BALANCE_SHEET}?fact=${encodeURIComponent(id)}`);
    await text(trace().getByRole('heading', { level: 2 })).toMatch(/Cash and cash equivalents/);
    await text(trace().locator('data.exact')).toBe('6,337,134,000 CNY');
    await text(trace()).toContain('Unaudited Condensed Consolidated Balance Sheets');
    expect(await clippedCells(trace().locator('table'))).toEqual([]);
    await visible(page.getByRole('button', { name: /Cash and cash equivalents, .*: 6,337,134/, pressed: true }));
    // Reloading the same URL shows the same thing: the view lives in the URL.
    await page.reload();
    await text(trace().locator('data.exact')).toBe('6,337,134,000 CNY');
  });

  it('shows an OCR-corrected figure as printed in the table and corrected in its trace', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ company(ticker: "QFIN") { lineItems(statement: INCOME_STATEMENT) { facts(unit: "USD/shares") { id value correction { printed corrected note } } } } }' }) });
    const facts = ((await res.json()) as any).data.company.lineItems.flatMap((i: any) => i.facts);
    const corrected = facts.find((f: any) => f.correction);
    expect(corrected.correction).toMatchObject({ printed: '111', corrected: '1.11' });
    await open(`${DISCLOSURE}/${OPERATIONS}?fact=${encodeURIComponent(corrected.id)}`);
    // The table prints what the source prints; the trace says what it reads and why.
    await visible(page.getByRole('button', { name: /: 111$/, pressed: true }));
    const section = trace().getByRole('region', { name: 'OCR correction' });
    await text(section).toContain('Printed 111, read as 1.11');
    await text(section).toContain(corrected.correction.note.slice(0, 40));
    await text(trace().locator('data.exact')).toBe('1.11 USD/shares');
  });

  it('says when the source qualifies a figure (approximately), and lists its one report', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ company(ticker: "QFIN") { lineItems(statement: OPERATING_METRICS) { label facts { id qualifier printed isPrimary } } } }' }) });
    const facts = ((await res.json()) as any).data.company.lineItems.flatMap((i: any) => i.facts.map((f: any) => ({ ...f, label: i.label })));
    const approximate = facts.find((f: any) => f.qualifier === 'APPROXIMATELY' && f.printed === '86.3%');
    expect(approximate).toBeDefined();
    await open(`/c/QFIN/metrics?fact=${encodeURIComponent(approximate.id)}`);
    await text(trace().getByRole('heading', { level: 2 })).toContain(approximate.label);
    await text(trace().getByTestId('qualifier')).toBe('approximately (the source says the figure is not exact)');
    await text(trace().getByTestId('primary')).toMatch(approximate.isPrimary ? /^yes$/ : /^no: /);
    await text(trace().getByRole('heading', { name: /^Reports/ })).toBe('Reports (1)');
  });

  it('is usable from the keyboard: into the table, along it, into the trace and back', async () => {
    await open(`${DISCLOSURE}/${BALANCE_SHEET}`);
    const first = page.getByRole('button', { name: /^Cash and cash equivalents, .*: 4,177,890$/ });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await focused(page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }));
    await page.keyboard.press('ArrowDown');
    const restricted = page.getByRole('button', { name: /^Restricted cash, .*: 2,035,180$/ });
    await focused(restricted);
    await page.keyboard.press('Enter');
    await focused(trace().getByRole('heading', { level: 2 }));
    await text(trace().locator('data.exact')).toBe('2,035,180,000 CNY');
    await page.keyboard.press('Escape');
    await trace().waitFor({ state: 'detached' });
    await focused(restricted);
    // Only one figure of the table is in the tab order.
    expect(await page.locator('table.statement button[tabindex="0"]').count()).toBe(1);
  });

  it('shows key metrics with footnotes, capital return, outlook and quotes with linked figures', async () => {
    await open('/c/QFIN/metrics');
    await visible(page.getByRole('heading', { name: 'Key operating metrics' }));
    await visible(page.getByRole('rowheader', { name: /90 day\+ delinquency rate/ }));
    await visible(page.getByRole('heading', { name: 'Footnotes' }));

    await page.getByRole('link', { name: 'Capital return' }).click();
    await visible(page.getByRole('progressbar'));
    await visible(page.getByText(/60\.29%/));

    await page.getByRole('link', { name: 'Outlook' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Outlook' }));
    await visible(page.getByText(/RMBL1\.65/).first());

    await page.getByRole('link', { name: 'Quotes' }).click();
    const linked = page.locator('article').getByRole('button').first();
    await linked.click();
    await visible(trace().locator('data.exact'));
  });

  // Over the shared SEC filings (skipped when <repo>/../shared/xbrl is absent).
  it.skipIf(!sharedExists)('opens Apple from the companies and reads its balance sheet as filed, its seventy tables grouped by kind', async () => {
    await openFiling('/');
    await page.getByRole('link', { name: 'Apple Inc.' }).click();
    const tenK = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Apple Inc. 10-K for the period ended Sep 30, 2023' }) });
    await text(tenK).toContain('Form 10-K · period of report 2023-09-30 · filed 2023-11-03');
    expect(await axeViolations()).toEqual([]);
    // A filer's company page at 390 px too.
    await at(PHONE);
    expect(await axeViolations()).toEqual([]);
    await settled(overflowing);
    await at(DESKTOP);
    await tenK.getByRole('link', { name: 'Balance sheet' }).click();
    expect(page.url()).toContain(`${APPLE_10K}/consolidated-balance-sheets`);
    // The filing on EDGAR, as a link the reader follows (the server never does); the shared
    // metadata names no primary document, so the link is the filing's index page.
    const edgar = page.getByRole('link', { name: 'View the filing on SEC EDGAR' });
    await expect.poll(() => edgar.getAttribute('href')).toBe('https://www.sec.gov/Archives/edgar/data/320193/000032019323000106/0000320193-23-000106-index.htm');
    await text(page.locator('main')).toContain('Accession number 0000320193-23-000106');

    // Full-unit values as filed, shown in millions: the caption says so, the trace keeps the exact value.
    const table = page.getByRole('table', { name: /^CONSOLIDATED BALANCE SHEETS \(USD in millions/ });
    const firstTwo = async (name: RegExp) => (await table.getByRole('row', { name }).first().getByRole('cell').allInnerTexts()).slice(0, 2);
    await texts(table.getByRole('row', { name: /^Cash and cash equivalents/ }).getByRole('cell').filter({ hasText: /\d/ })).toEqual(['29,965', '23,646']);
    expect(await firstTwo(/^Accumulated deficit/)).toEqual(['(214)', '(3,068)']);
    await classOf(table.getByRole('row', { name: /^Total assets/ })).toMatch(/total/);
    // The balance sheet balances, as displayed.
    expect(await firstTwo(/^Total assets/)).toEqual(await firstTwo(/^Total liabilities and shareholders’ equity/));
    expect(await firstTwo(/^Total assets/)).toEqual(['352,583', '352,755']);
    // The XBRL scaffolding (hypercubes, axes, "[Abstract]") is not printed.
    expect(await table.getByRole('rowheader', { name: /\[(Abstract|Table|Axis|Domain|Line Items)\]/ }).count()).toBe(0);
    await table.getByRole('button', { name: 'Cash and cash equivalents, Sep 30, 2023: 29,965' }).click();
    await text(trace().locator('data.exact')).toBe('29,965,000,000 USD');

    // 78 roles, grouped: six statements in view, the rest a click or a filter away.
    const statements = page.getByRole('navigation', { name: 'Statements' }).getByRole('link');
    expect(await statements.count()).toBe(6);
    await page.getByRole('button', { name: /^Details \(39\)/ }).click();
    await expect.poll(() => statements.count(), POLL).toBe(39);
    await page.getByLabel('Filter tables').fill('income taxes');
    await expect.poll(async () => (await statements.allInnerTexts()).every((t) => /income taxes/i.test(t)), POLL).toBe(true);
    expect(await statements.count()).toBeGreaterThan(3);
    await statements.filter({ hasText: 'Income Taxes - Provision for Income Taxes (Details)' }).click();
    await visible(page.getByRole('table', { name: /^Income Taxes - Provision for Income Taxes/ }));

    // Members are row groups with readable labels, as the filing prints them (they were six
    // extra columns headed "FY 2023, Products us-gaap:ProductMember").
    await page.goto(`${filings!.origin}${APPLE_10K}/consolidated-statements-of-operations`);
    const operations = page.getByRole('table', { name: /^CONSOLIDATED STATEMENTS OF OPERATIONS/ });
    await texts(operations.getByRole('columnheader')).toEqual(['Line item', 'FY 2023', 'FY 2022', 'FY 2021']);
    await texts(operations.locator('tr[data-group] th')).toEqual(['Products', 'Services']);
    expect(await operations.getByText(/us-gaap:\w+Member/).count()).toBe(0);
  });

  it.skipIf(!sharedExists)('opens a filing by its accession number, whatever its age', async () => {
    await openFiling('/c/AAPL/d/0000320193-23-000106');
    await visible(page.getByRole('heading', { level: 1, name: /10-K/ }));
    await visible(page.getByRole('table', { name: /^CONSOLIDATED STATEMENTS OF OPERATIONS|^CONSOLIDATED BALANCE SHEETS/ }));
    await openFiling('/c/AAPL/d/0000320193-99-999999');
    await text(page.getByRole('main')).toContain('No such disclosure with accession number 0000320193-99-999999');
  });

  it.skipIf(!inlineExists)('prints the Inline XBRL filing\'s income statement with Products and Services as row groups, as SEC does, at 1440 and 390 px', async () => {
    await openInline('/c/AAPL/d/10-q-2025-03-29/condensed-consolidated-statements-of-operations-unaudited');
    const table = page.getByRole('table', { name: /^CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS/ });
    for (const width of WIDTHS) {
      // The same page, laid out again at each width.
      await at(width);
      await texts(table.getByRole('columnheader')).toEqual(['Line item', 'Q2 2025', 'Q2 2024', '6M 2025', '6M 2024']);
      await texts(table.locator('tr[data-group] th')).toEqual(['Products', 'Services']);
      // Each group's rows follow its heading, with the member's figures (SEC's R2.htm: 68,714 and 26,645).
      const rows = await table.locator('tbody tr').allInnerTexts();
      const products = rows.findIndex((r) => r.startsWith('Products'));
      const services = rows.findIndex((r) => r.startsWith('Services'));
      expect(rows[products + 1]).toMatch(/^Net sales\s+68,714\s+66,886\s+166,674\s+163,344$/);
      expect(rows[services + 1]).toMatch(/^Net sales\s+26,645\s+23,867\s+52,985\s+46,984$/);
      expect(await table.getByText(/us-gaap:|\[(Table|Axis|Domain|Line Items)\]/).count()).toBe(0);
      expect(await axeViolations(), `${width.width} px`).toEqual([]);
      if (width === PHONE) await settled(overflowing);
    }
  });

  it.skipIf(!sharedExists)('traces a fiscal 2022 figure the 2023 10-K revised: both reports, the change, and the value as known on a date', async () => {
    await openFiling(`${APPLE_10K}/consolidated-statements-of-cash-flows`);
    // Printed under a negated label ("Other" adjustments): the cell flips the sign, the fact does not.
    await page.getByRole('button', { name: 'Other, FY 2022: 1,006' }).click();
    const panel = trace();
    await text(panel.locator('data.exact')).toBe('-1,006,000,000 USD');
    await text(panel.getByTestId('concept-name')).toBe('us-gaap:OtherNoncashIncomeExpense');
    await text(panel.getByTestId('xbrl-element')).toMatch(/aapl-20230930_htm\.xml[\s\S]*Line\s+\d+[\s\S]*Context\s+c-20/);
    await text(panel.getByTestId('primary')).toBe('yes');
    await text(panel).toContain('none (the total)');

    // Every report, oldest first, the changed value marked.
    await text(panel.getByRole('heading', { name: /^Reports/ })).toBe('Reports (2), revised');
    const reports = panel.getByRole('table', { name: /Every report of this figure/ }).getByRole('row');
    await text(reports.nth(1)).toMatch(/10-K for Sep 24, 2022\s+filed 2022-10-28\s+-111,000,000 USD first report/);
    await text(reports.nth(2)).toMatch(/10-K for Sep 30, 2023\s+filed 2023-11-03\s+-1,006,000,000 USD changed/);
    expect(await clippedCells(panel.locator('table'))).toEqual([]);

    // As known on a date: before the 2023 10-K, the first report; before the 2022 10-K, nothing.
    const asOf = panel.getByLabel('Value as known on');
    await text(panel.getByTestId('as-of-value')).toContain('-1,006,000,000 USD');
    await asOf.fill('2023-11-02');
    await text(panel.getByTestId('as-of-value')).toContain('-111,000,000 USD (10-K, known from 2022-10-28)');
    await asOf.fill('2022-10-27');
    await text(panel.getByTestId('as-of-value')).toBe('not yet reported');
    expect(await axeViolations()).toEqual([]);
    // The same trace on a phone: a full-screen sheet, its reports within it.
    await at(PHONE);
    expect(await axeViolations()).toEqual([]);
    await settled(overflowing);
    await settled(() => clippedCells(panel.locator('table.checks')));
    await at(DESKTOP);

    // The first report is itself traceable: the 2022 10-K's fact, no longer the latest.
    await reports.nth(1).getByRole('button').click();
    await text(panel.locator('data.exact')).toBe('-111,000,000 USD');
    await text(panel).toContain('Apple Inc. 10-K for the period ended Sep 24, 2022, filed 2022-10-28 (reported again later: see revisions)');
    await text(panel.getByTestId('xbrl-element')).toContain('aapl-20220924_htm.xml');
  });

  it.skipIf(!sharedExists)('charts Apple\'s quarterly net sales from the series query, the fourth quarter of 2023 derived as the year less nine months', async () => {
    await openFiling(APPLE_10Q_OPERATIONS);
    const nineMonths = await page.getByRole('button', { name: /^Net sales, 9M 2023: / }).innerText();
    await page.getByRole('button', { name: 'Net sales, Q3 2023: 81,797' }).click();
    const chart = trace().getByTestId('series-chart');
    await visible(chart.locator('.recharts-surface'));
    await text(chart).toContain('Fiscal quarters, USD');
    // Q4 2023 = FY 2023 (the 10-K) − 9M 2023 (this 10-Q), checked here from the filed figures.
    const res = await fetch(filings!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ company(ticker: "AAPL") { concept(name: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax") { facts(first: 5, filter: { fiscalYear: 2023, fiscalPeriod: "FY" }) { nodes { value dimensions { axis } } } } } }' }) });
    const year = ((await res.json()) as any).data.company.concept.facts.nodes.find((f: any) => f.dimensions.length === 0).value as string;
    const q4 = BigInt(year) - BigInt(nineMonths.replace(/,/g, '')) * 1_000_000n;
    const derived = chart.getByRole('listitem').filter({ hasText: /^Q4 2023/ });
    await text(derived).toBe(`Q4 2023 (derived): ${q4.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} USD`);
    expect(q4).toBe(89_498_000_000n);
    await text(chart.getByRole('listitem').filter({ hasText: /^Q3 2023/ })).toBe('Q3 2023: 81,797,000,000 USD');
    // Its trace names both inputs and the reports they come from.
    await derived.getByRole('button').click();
    const inputs = trace().getByRole('region', { name: 'Derived from' });
    await text(inputs).toMatch(/FY 2023: 383,285,000,000 USD\s+in Apple Inc\. 10-K for the period ended Sep 30, 2023, filed 2023-11-03/);
    await text(inputs).toMatch(/9M 2023: 293,787,000,000 USD\s+in Apple Inc\. 10-Q for the period ended Jul 1, 2023, filed 2023-08-04/);
  });
  // Issue 22 item 6: the compare view, the company page's standard metrics, the comparison
  // download. Self-contained: it uses only this file's servers, browser and page.
  describe('comparing companies through the standard metrics', () => {
    const group = (v: string) => v.replace(/^(-?)(\d+)/, (_m, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    /** The API's own figures of a metric, by company (the compare view must show exactly these). */
    const apiFigures = async (origin: string, tickers: string[], metrics: string[]) => {
      const out: Record<string, { metric: string; value: string; unit: string; fiscalYear: number; fiscalPeriod: string; period: { endDate: string } }[]> = {};
      for (const ticker of tickers) {
        const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($t: String!, $m: [StandardMetric!]!) { company(ticker: $t) { metrics(metrics: $m, frequency: QUARTERLY) { metric value unit fiscalYear fiscalPeriod period { endDate } } } }', variables: { t: ticker, m: metrics } }) });
        out[ticker] = ((await res.json()) as any).data.company.metrics;
      }
      return out;
    };

    it.skipIf(!sharedExists)('compares Qifu (curated, CNY) and Apple (USD), each in its own currency, every cell traceable, the view in its URL, at 1440 and 390 px', async () => {
      await page.setViewportSize(WIDTHS[0]);
      await openFiling('/compare?c=QFIN&m=REVENUE&f=QUARTERLY');
      await text(page.getByRole('status').filter({ hasText: 'more company' })).toBe('Add at least one more company to compare.');
      // A company by name, matched as search matches companies.
      await page.getByLabel('Add a company by ticker or name').fill('apple');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.waitForURL(/c=QFIN%2CAAPL|c=QFIN,AAPL/);
      const table = page.getByTestId('compare-table');
      await texts(table.getByRole('columnheader')).toEqual(['Calendar period', 'Qifu Technology\nCNY', 'Apple Inc.\nUSD']);
      // A chart per currency, never one converted axis.
      await visible(page.locator('[data-testid=compare-chart][data-unit=CNY] .recharts-surface'));
      await visible(page.locator('[data-testid=compare-chart][data-unit=USD] .recharts-surface'));
      await text(page.locator('[data-testid=compare-chart][data-unit=USD]')).toContain('USD, billions');
      // Every cell is the API's figure, exactly, in its company's column.
      const api = await apiFigures(filings!.origin, ['QFIN', 'AAPL'], ['REVENUE']);
      for (const [column, ticker] of [[2, 'QFIN'], [3, 'AAPL']] as const) {
        const shown = await table.locator(`tbody td:nth-child(${column}) button`).evaluateAll((els) => els.map((e) => e.getAttribute('title')));
        expect(shown.sort()).toEqual(api[ticker].map((f) => `${group(f.value)} ${f.unit}`).sort());
      }
      expect(api.QFIN.every((f) => f.unit === 'CNY') && api.AAPL.every((f) => f.unit === 'USD')).toBe(true);
      // Apple's fiscal Q3 2023 (to Jul 1) sits beside Qifu's Q2 2023 (to Jun 30).
      await text(table.getByRole('row', { name: /^Q2 2023/ })).toMatch(/3,914\.324 million CNY\s+Q2 2023\s+81\.797 billion USD\s+Q3 2023/);
      // A reported figure opens the trace.
      await table.getByRole('button', { name: /^Apple Inc\., Revenue, Q3 2023: 81\.797 billion USD/ }).click();
      await text(trace().locator('data.exact')).toBe('81,797,000,000 USD');
      expect(page.url()).toContain('fact=');
      expect(await axeViolations()).toEqual([]);
      await page.keyboard.press('Escape');

      // A computed figure lists its inputs, each traceable.
      await page.getByRole('checkbox', { name: 'Free cash flow' }).click();
      await page.waitForURL(/FREE_CASH_FLOW/);
      const fcf = page.getByRole('region', { name: 'Free cash flow · fiscal quarters' });
      await fcf.getByRole('button', { name: /^Apple Inc\., Free cash flow, Q4 2023: .*computed: show its inputs$/ }).click();
      const inputs = page.getByTestId('figure-inputs');
      await text(inputs).toMatch(/operating cash flow, Q4 2023[\s\S]*\+1[\s\S]*capital expenditure, Q4 2023[\s\S]*−1/);
      // The deep link reproduces the view.
      const url = page.url();
      await page.goto(url);
      await texts(page.getByRole('heading', { level: 2 })).toEqual(['Revenue · fiscal quarters', 'Free cash flow · fiscal quarters']);
      await texts(page.getByTestId('compare-table').first().getByRole('columnheader')).toEqual(['Calendar period', 'Qifu Technology\nCNY', 'Apple Inc.\nUSD']);
      // Trailing twelve months: neither has four consecutive quarters in these filings, and says so.
      await page.getByRole('radio', { name: 'Trailing twelve months' }).click();
      await page.waitForURL(/f=TTM/);
      await text(page.locator('main')).toContain('Apple Inc. reports no revenue by trailing twelve months to a fiscal quarter in the loaded disclosures (four consecutive quarters are needed).');

      await page.setViewportSize(WIDTHS[1]);
      await page.goto(`${filings!.origin}/compare?c=QFIN,AAPL&m=REVENUE&f=QUARTERLY`);
      await visible(page.locator('[data-testid=compare-chart] .recharts-surface'));
      await settled(overflowing);
      expect(await axeViolations()).toEqual([]);
    }, 90_000);

    it.skipIf(!sharedExists)('opens a company page on its standard metrics, latest values and an eight-quarter chart, before the disclosures, at 1440 and 390 px', async () => {
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await openFiling('/c/AAPL');
        const revenue = page.getByRole('button', { name: 'Revenue, Q4 2023: 89.498 billion USD (exactly 89,498,000,000 USD)' });
        await visible(revenue);
        await text(page.locator('.metric-cards li').filter({ hasText: 'Total assets' })).toMatch(/Total assets\s+352\.583 billion USD\s+Q4 2023 \(Sep 30, 2023\)/);
        const chart = page.getByTestId('metric-chart');
        await visible(chart.locator('.recharts-surface'));
        await text(chart.getByRole('heading')).toBe('Revenue: the last eight fiscal quarters, USD');
        expect(await chart.locator('.recharts-label').textContent()).toBe('USD, billions');
        await texts(chart.getByRole('listitem')).toEqual(['Q3 2022: 82,959,000,000 USD', 'Q4 2022 (derived): 90,146,000,000 USD', 'Q3 2023: 81,797,000,000 USD', 'Q4 2023 (derived): 89,498,000,000 USD']);
        await text(chart.getByTestId('chart-gaps')).toContain('2 quarters between Q4 2022 and Q3 2023');
        // Before the disclosures.
        const [metricsTop, disclosuresTop] = await Promise.all([page.getByRole('heading', { name: 'Standard metrics' }).boundingBox(), page.getByRole('heading', { name: 'Disclosures', exact: true }).boundingBox()]);
        expect(metricsTop!.y).toBeLessThan(disclosuresTop!.y);
        await settled(overflowing);
        expect(await axeViolations()).toEqual([]);
      }
      // A figure traces to its fact; another metric charts on request (kept in the URL).
      await page.getByRole('button', { name: 'Revenue, Q4 2023: 89.498 billion USD (exactly 89,498,000,000 USD)' }).click();
      await text(trace().locator('data.exact')).toBe('89,498,000,000 USD');
      await trace().getByRole('button', { name: /Back|Close/ }).first().click();
      await page.getByRole('button', { name: 'Chart Net income' }).click();
      await page.waitForURL(/metric=NET_INCOME/);
      await text(page.getByTestId('metric-chart').getByRole('heading')).toBe('Net income: the last eight fiscal quarters, USD');
      // The curated company too, in its own currency.
      await open('/c/QFIN');
      await visible(page.getByRole('button', { name: 'Revenue, Q2 2024: 4,160.063 million CNY (exactly 4,160,063,000 CNY)' }));
      await visible(page.getByTestId('metric-chart').locator('.recharts-surface'));
    }, 90_000);

    it.skipIf(!sharedExists)('downloads the comparison as CSV with exactly the API\'s figures, and as a workbook', async () => {
      await openFiling('/compare?c=QFIN,AAPL&m=REVENUE,NET_INCOME&f=QUARTERLY');
      const csvLink = page.getByRole('link', { name: 'Download this comparison as CSV' });
      await visible(csvLink);
      const href = (await csvLink.getAttribute('href'))!;
      expect(href).toBe('/export/comparison.csv?tickers=QFIN%2CAAPL&metrics=REVENUE%2CNET_INCOME&frequency=QUARTERLY');
      const res = await fetch(`${filings!.origin}${href}`);
      expect(res.status).toBe(200);
      const { default: ExcelJS } = await import('exceljs');
      const { Readable } = await import('node:stream');
      const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([Buffer.from(await res.arrayBuffer())]), { parserOptions: {}, map: (v: string) => v } as any);
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
      expect(rows[0][8]).toBe('Value (currency as reported in Unit, never converted; exact, in units, not thousands)');
      const api = await apiFigures(filings!.origin, ['QFIN', 'AAPL'], ['REVENUE', 'NET_INCOME']);
      const expected = ['QFIN', 'AAPL'].flatMap((t) => api[t].map((f) => [t, f.metric, String(f.fiscalYear), f.fiscalPeriod, f.period.endDate, f.value, f.unit]));
      expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[7], r[8], r[9]])).toEqual(expected);
      const xlsx = await fetch(`${filings!.origin}${await page.getByRole('link', { name: 'Download this comparison as an Excel workbook' }).getAttribute('href')}`);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }, 60_000);
  });
});

/**
 * The explorer for daily work, at a desktop width (1440 px) and a phone's (390 px): search
 * that finds, charts that tell the truth, the phone and the keyboard, truthful states,
 * downloads, and axe-core's WCAG 2.1 A/AA rules on every view.
 */
describe.skipIf(!HAS_CHROMIUM)('the explorer for daily work, at 1440 and 390 px', () => {
  it.skipIf(!sharedExists)('search "apple net sales" lists Apple\'s Net sales first, with its statement and formatted latest value, at 1440 and 390 px', async () => {
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
    await at(PHONE);
    await text(page.locator('li.result .latest').first()).toBe('FY 2023: 383.285 billion USD');
    await settled(overflowing);
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
      if (width.width === 390) await settled(overflowing);
      expect(await axeViolations()).toEqual([]);
    }
  }, 90_000);

  it('at 390 px: nothing overflows, tables scroll with their labels kept, the trace is a full-screen sheet with a Back control', async () => {
    await at(PHONE);
    await open(BALANCE_SHEET_PATH);
    const table = page.getByRole('table', { name: /Balance Sheets/ });
    await visible(table);
    await settled(overflowing);
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
    await settled(overflowing);
    expect(await axeViolations()).toEqual([]);
    await sheet.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => sheet.count(), POLL).toBe(0);
    await expect.poll(() => figure.evaluate((e) => e === (globalThis as any).document.activeElement), POLL).toBe(true);
  });

  it('a skip link reaches the first figure in two key presses', async () => {
    await open(BALANCE_SHEET_PATH);
    await visible(page.getByRole('table', { name: /Balance Sheets/ }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await text(page.locator(':focus')).toBe('Skip to the first figure');
    await page.keyboard.press('Enter');
    const active = page.locator(':focus');
    expect(await active.evaluate((e) => !!e.closest('table.statement') && e.tagName === 'BUTTON')).toBe(true);
    await page.keyboard.press('Enter');
    await visible(trace().locator('data.exact'));
  });

  it('says so for unknown deep links, tickers near a known one, and opens governance as of the latest disclosure', async () => {
    await open(`${DISCLOSURE}/no-such-table`);
    await text(page.getByRole('alert')).toContain('No such statement "no-such-table"');
    await open(`${BALANCE_SHEET_PATH}?fact=garbage`);
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
    let refused = 0;
    await page.route(/SeriesChart[^/]*\.js$/, (route) => {
      if (refused++ === 0) return route.abort('failed');
      return route.continue();
    });
    await open(BALANCE_SHEET_PATH);
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
    await open(BALANCE_SHEET_PATH);
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
      BALANCE_SHEET_PATH,
      `${DISCLOSURE}/no-such-table`,
      '/c/QFIN/metrics',
      '/c/QFIN/governance',
      '/c/QFIN/governance?asOf=2024-08-12',
      '/c/QFIN/capital-return',
      '/c/QFIN/outlook',
      '/c/QFIN/quotes',
      '/c/QFNI',
      '/compare?c=QFIN&m=REVENUE,FREE_CASH_FLOW&f=QUARTERLY',
    ];
    const problems: string[] = [];
    for (const view of views) {
      await at(DESKTOP);
      await open(view);
      await page.locator('main h1, main [role=alert]').first().waitFor({ timeout: 10_000 });
      if (view === BALANCE_SHEET_PATH) {
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

/** Apple's 10-Q loaded from its Inline XBRL document (the `inline` server), and a figure of it traced to its place in the filing's own pages. */
describe.skipIf(!HAS_CHROMIUM || !inlineExists)("a figure highlighted in the filing's own pages, in Chromium", () => {
  /** The highlight of HIGHLIGHT_STYLE (src/server/filing-documents.ts), as the browser computes it. */
  const HIGHLIGHT = 'rgb(255, 236, 153)';
  let fact: { id: string; value: string; elementId: string; viewUrl: string };

  beforeAll(async () => {
    const res = await fetch(inline!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ company(ticker: "AAPL") { disclosures(first: 1) { nodes { facts(first: 50) { nodes { id value source { element { elementId viewUrl } } } } } } } }' }),
    });
    const body = (await res.json()) as any;
    const nodes = body.data.company.disclosures.nodes[0].facts.nodes;
    const f = nodes.find((n: any) => n.source.element.viewUrl);
    fact = { id: f.id, value: f.value, elementId: f.source.element.elementId, viewUrl: f.source.element.viewUrl };
  });

  it('opens the document at the figure, highlighted, its images loaded from the filing folder, no script run', async () => {
    expect(fact.viewUrl).toBe(`/filing-documents/aapl-20250329.htm#${fact.elementId}`);
    await page.goto(`${inline!.origin}${fact.viewUrl}`);
    const target = page.locator(`[id="${fact.elementId}"]`);
    await expect.poll(() => target.evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor), POLL).toBe(HIGHLIGHT);
    expect(await target.evaluate((e) => e.matches(':target'))).toBe(true);
    // Scrolled to it: the highlighted figure is on screen.
    await expect.poll(() => target.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= (globalThis as any).innerHeight; }), POLL).toBe(true);
    // Any other fact is not highlighted.
    expect(await page.locator('[id="f-2"]').evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor)).not.toBe(HIGHLIGHT);
    // The Apple logo comes from the filing folder, through the same route.
    await expect.poll(() => page.locator('img').first().evaluate((i) => (i as any).naturalWidth), POLL).toBeGreaterThan(0);
    // Sandboxed: the page cannot run a script (a javascript: URL is refused and nothing happens).
    expect(await page.evaluate(() => (globalThis as any).origin)).toBe('null');
  });

  it('is reached from the trace panel: the frame shows the figure highlighted', async () => {
    await page.goto(`${inline!.origin}/c/AAPL?fact=${encodeURIComponent(fact.id)}`);
    const panel = trace();
    await panel.getByRole('button', { name: "Show in the filing's pages" }).click();
    const frame = panel.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('src')).toBe(fact.viewUrl);
    const inFrame = page.frameLocator('iframe').locator(`[id="${fact.elementId}"]`);
    await expect.poll(() => inFrame.evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor), POLL).toBe(HIGHLIGHT);
    expect(await panel.getByRole('link', { name: 'Open in a new tab' }).getAttribute('href')).toBe(fact.viewUrl);
  });
});

/**
 * The production build users get: web/dist, as `npm install` builds it (its `prepare`) and
 * `npm start` serves it. The tests above use a development build (stricter about warnings);
 * this one checks that the minified bundle and its lazily loaded chunks work. Skipped, with a
 * message, when web/dist is missing or older than the explorer's sources.
 */
const distIndex = join(DEFAULT_WEB_ROOT, 'index.html');
const newestSource = () =>
  Math.max(...['web/src', 'web/index.html', 'web/vite.config.ts'].flatMap((p) => {
    const path = join(ROOT, p);
    return statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(path, f)).mtimeMs) : [statSync(path).mtimeMs];
  }));
const distCurrent = existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSource();
if (HAS_CHROMIUM && !distCurrent) console.warn('Skipping the production build test: web/dist is missing or older than web/src (run npm run build:web).');
describe.skipIf(!HAS_CHROMIUM || !distCurrent)('the production build (web/dist), in Chromium', () => {
  let production: RunningServer;
  beforeAll(async () => {
    production = await startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot: DEFAULT_WEB_ROOT, production: true });
  });
  afterAll(() => production?.stop());

  it('goes from the companies to a traced figure with its chart (a lazily loaded chunk)', async () => {
    await page.goto(`${production.origin}/`);
    await page.getByRole('link', { name: 'Qifu Technology' }).click();
    await page.getByRole('link', { name: embeddedGraph().companies[0].disclosures[0].title }).click();
    const table = page.getByRole('table', { name: /Balance Sheets/ });
    await texts(table.getByRole('row', { name: /^Cash and cash equivalents/ }).getByRole('cell')).toEqual(['4,177,890', '6,337,134', '872,019']);
    await page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }).click();
    await text(trace().locator('data.exact')).toBe('6,337,134,000 CNY');
    await visible(trace().locator('.recharts-surface'));
  });
});
