import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { embeddedGraph } from '../helpers.js';
import { buildExplorer, guardedContext, HAS_CHROMIUM, launchChromium, SKIP_MESSAGE, type Watch } from '../../scripts/chromium.js';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const BALANCE_SHEET = 'unaudited-condensed-consolidated-balance-sheets';
const OPERATIONS = 'unaudited-condensed-consolidated-statements-of-operations';
const NON_GAAP = 'unaudited-reconciliations-of-gaap-and-non-gaap-results';
const DISCLOSURE = '/c/QFIN/d/2024-q2-results';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  let browser: Browser;
  let webRoot: string;
  let context: BrowserContext;
  let watch: Watch;
  let page: Page;

  beforeAll(async () => {
    webRoot = buildExplorer('development');
    [server, browser] = await Promise.all([startServer(embeddedGraph(), 0, '127.0.0.1', { webRoot }), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
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
    await text(result).toMatch(/Line item/i);
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
      // Evaluated through the DevTools protocol: the page's CSP (no eval) does not apply.
      const found = (await page.evaluate(`${AXE};
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`)) as string[];
      violations.push(...found.map((v) => `${view}: ${v}`));
    }
    expect(violations).toEqual([]);
  });
});
