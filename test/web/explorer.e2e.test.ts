import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';
import { repoRoot, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { axeViolations as checkAxe, buildExplorer, guardedContext, HAS_CHROMIUM, launchChromium, SKIP_MESSAGE, type Watch } from '../../scripts/chromium.js';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);
else if (!sharedExists) console.warn(`Skipping the explorer's tests over SEC filings: ${SHARED_XBRL} is absent (they run with <repo>/../shared/xbrl).`);

const INLINE_FILING = resolve(repoRoot, '../shared/edgar/www.sec.gov/Archives/edgar/data/320193/000032019325000057');
const inlineExists = existsSync(INLINE_FILING);
if (HAS_CHROMIUM && !inlineExists) console.warn(`Skipping the explorer's test of the Inline XBRL filing: ${INLINE_FILING} is absent.`);

const BALANCE_SHEET = 'unaudited-condensed-consolidated-balance-sheets';
const OPERATIONS = 'unaudited-condensed-consolidated-statements-of-operations';
const NON_GAAP = 'unaudited-reconciliations-of-gaap-and-non-gaap-results';
const DISCLOSURE = '/c/QFIN/d/2024-q2-results';

// vitest's expect.poll retries like Playwright's web-first assertions (which belong to
// @playwright/test, not to playwright-core).
const POLL = { timeout: 10_000, interval: 50 };
const texts = (l: Locator) => expect.poll(() => l.allInnerTexts(), POLL);
const text = (l: Locator) => expect.poll(async () => ((await l.count()) > 0 ? l.first().innerText() : ''), POLL);
const classOf = (l: Locator) => expect.poll(() => l.first().getAttribute('class'), POLL);
const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });
const focused = (l: Locator) => expect.poll(() => l.evaluate((e) => e === (globalThis as any).document.activeElement), POLL).toBe(true);

/** The explorer in Chromium against the real server, built from the sources now. */
describe.skipIf(!HAS_CHROMIUM)('the explorer in Chromium', () => {
  let server: RunningServer;
  /** The same app over the embedded data and the shared SEC filings (FILINGS_DIR=../shared/xbrl). */
  let filings: RunningServer | undefined;
  /** Apple's 10-Q of 2025-03-29 as EDGAR publishes it (../shared/edgar), SEC's own renderings beside it. */
  let inline: RunningServer | undefined;
  let browser: Browser;
  let webRoot: string;
  let context: BrowserContext;
  let watch: Watch;
  let page: Page;

  beforeAll(async () => {
    webRoot = buildExplorer('development');
    [server, browser] = await Promise.all([startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot }), launchChromium()]);
    if (sharedExists) filings = await startServer(loadGraph(undefined, SHARED_XBRL), 0, '127.0.0.1', { webRoot });
    if (inlineExists) inline = await startServer(loadGraph(undefined, INLINE_FILING), 0, '127.0.0.1', { webRoot });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await filings?.stop();
    await inline?.stop();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });
  beforeEach(async () => {
    ({ context, watch } = await guardedContext(browser));
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
    // Nothing may leave the machine, and the console (development build: Apollo's cache
    // warnings included) stays silent.
    expect(watch.offHost).toEqual([]);
    expect(watch.console).toEqual([]);
  });

  const open = (path: string) => page.goto(`${server.origin}${path}`);
  const trace = () => page.getByRole('complementary', { name: /./ });
  const openFiling = (path: string) => page.goto(`${filings!.origin}${path}`);
  const axeViolations = () => checkAxe(page);

  it('goes from the companies to a statement read as printed', async () => {
    await open('/');
    await page.getByRole('link', { name: 'Qifu Technology' }).click();
    await page.getByRole('link', { name: embeddedGraph().companies[0].disclosures[0].title }).click();
    const table = page.getByRole('table', { name: /Balance Sheets/ });
    await texts(table.getByRole('row', { name: /^Cash and cash equivalents/ }).getByRole('cell')).toEqual(['4,177,890', '6,337,134', '872,019']);
    await classOf(table.getByRole('row', { name: /^TOTAL ASSETS/ })).toMatch(/total/);
    await classOf(table.getByRole('row', { name: /^Current assets:/ })).toMatch(/heading/);

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
    // An input is itself traceable.
    await inputs.getByRole('row', { name: /^Net income\b/ }).getByRole('button').click();
    await text(panel.getByRole('heading', { level: 2 })).toMatch(/› Net income$/);
    await text(panel.locator('data.exact')).toBe('1,376,508,000 CNY');
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

  it('passes axe-core\'s WCAG 2 A and AA rules on every view: contrast, labels, names, structure', async () => {
    const views = [
      '/',
      '/search?q=delinquency',
      '/c/QFIN',
      `${DISCLOSURE}/${BALANCE_SHEET}`,
      '/c/QFIN/metrics',
      '/c/QFIN/governance?asOf=2024-08-12',
      '/c/QFIN/capital-return',
      '/c/QFIN/outlook',
      '/c/QFIN/quotes',
      '/compare?c=QFIN&m=REVENUE,FREE_CASH_FLOW&f=QUARTERLY',
    ];
    const violations: string[] = [];
    for (const view of views) {
      await open(view);
      await visible(page.getByRole('heading', { level: 1 }));
      if (view.includes(BALANCE_SHEET)) {
        // With a trace open: the panel, its tables and its chart are checked too.
        await page.getByRole('button', { name: /^Cash and cash equivalents, .*: 6,337,134$/ }).click();
        await visible(trace().locator('.recharts-surface'));
      }
      const found = await axeViolations();
      violations.push(...found.map((v) => `${view}: ${v}`));
    }
    expect(violations).toEqual([]);
  }, 120_000);

  // Over the shared SEC filings (skipped when <repo>/../shared/xbrl is absent).
  const APPLE_10K = '/c/AAPL/d/10-k-2023-09-30';
  const APPLE_10Q = '/c/AAPL/d/10-q-2023-07-01';

  it.skipIf(!sharedExists)('opens Apple from the companies and reads its balance sheet as filed, its seventy tables grouped by kind', async () => {
    await openFiling('/');
    await page.getByRole('link', { name: 'Apple Inc.' }).click();
    const tenK = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Apple Inc. 10-K for the period ended Sep 30, 2023' }) });
    await text(tenK).toContain('Form 10-K · period of report 2023-09-30 · filed 2023-11-03');
    expect(await axeViolations()).toEqual([]);
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

  it.skipIf(!inlineExists).each([1440, 390])('prints the Inline XBRL filing\'s income statement with Products and Services as row groups, as SEC does (%i px)', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${inline!.origin}/c/AAPL/d/10-q-2025-03-29/condensed-consolidated-statements-of-operations-unaudited`);
    const table = page.getByRole('table', { name: /^CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS/ });
    await texts(table.getByRole('columnheader')).toEqual(['Line item', 'Q2 2025', 'Q2 2024', '6M 2025', '6M 2024']);
    await texts(table.locator('tr[data-group] th')).toEqual(['Products', 'Services']);
    // Each group's rows follow its heading, with the member's figures (SEC's R2.htm: 68,714 and 26,645).
    const rows = await table.locator('tbody tr').allInnerTexts();
    const products = rows.findIndex((r) => r.startsWith('Products'));
    const services = rows.findIndex((r) => r.startsWith('Services'));
    expect(rows[products + 1]).toMatch(/^Net sales\s+68,714\s+66,886\s+166,674\s+163,344$/);
    expect(rows[services + 1]).toMatch(/^Net sales\s+26,645\s+23,867\s+52,985\s+46,984$/);
    expect(await table.getByText(/us-gaap:|\[(Table|Axis|Domain|Line Items)\]/).count()).toBe(0);
    expect(await axeViolations()).toEqual([]);
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

    // As known on a date: before the 2023 10-K, the first report; before the 2022 10-K, nothing.
    const asOf = panel.getByLabel('Value as known on');
    await text(panel.getByTestId('as-of-value')).toContain('-1,006,000,000 USD');
    await asOf.fill('2023-11-02');
    await text(panel.getByTestId('as-of-value')).toContain('-111,000,000 USD (10-K, known from 2022-10-28)');
    await asOf.fill('2022-10-27');
    await text(panel.getByTestId('as-of-value')).toBe('not yet reported');
    expect(await axeViolations()).toEqual([]);

    // The first report is itself traceable: the 2022 10-K's fact, no longer the latest.
    await reports.nth(1).getByRole('button').click();
    await text(panel.locator('data.exact')).toBe('-111,000,000 USD');
    await text(panel).toContain('Apple Inc. 10-K for the period ended Sep 24, 2022, filed 2022-10-28 (reported again later: see revisions)');
    await text(panel.getByTestId('xbrl-element')).toContain('aapl-20220924_htm.xml');
  });

  it.skipIf(!sharedExists)('charts Apple\'s quarterly net sales from the series query, the fourth quarter of 2023 derived as the year less nine months', async () => {
    await openFiling(`${APPLE_10Q}/condensed-consolidated-statements-of-operations-unaudited`);
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
    const WIDTHS = [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ] as const;
    /** Elements sticking out of the viewport on the right outside a box that scrolls sideways. */
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
      expect(await overflowing()).toEqual([]);
      expect(await axeViolations()).toEqual([]);
    }, 90_000);

    it.skipIf(!sharedExists)('opens a company page on its standard metrics, latest values and an eight-quarter chart, before the disclosures, at 1440 and 390 px', async () => {
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await openFiling('/c/AAPL');
        const revenue = page.getByRole('button', { name: 'Revenue, Q4 2023: 89.498 billion USD' });
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
        expect(await overflowing()).toEqual([]);
        expect(await axeViolations()).toEqual([]);
      }
      // A figure traces to its fact; another metric charts on request (kept in the URL).
      await page.getByRole('button', { name: 'Revenue, Q4 2023: 89.498 billion USD' }).click();
      await text(trace().locator('data.exact')).toBe('89,498,000,000 USD');
      await trace().getByRole('button', { name: /Back|Close/ }).first().click();
      await page.getByRole('button', { name: 'Chart Net income' }).click();
      await page.waitForURL(/metric=NET_INCOME/);
      await text(page.getByTestId('metric-chart').getByRole('heading')).toBe('Net income: the last eight fiscal quarters, USD');
      // The curated company too, in its own currency.
      await open('/c/QFIN');
      await visible(page.getByRole('button', { name: 'Revenue, Q2 2024: 4,160.063 million CNY' }));
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
