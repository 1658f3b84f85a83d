import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { buildExplorer, guardedContext, HAS_CHROMIUM, launchChromium, SKIP_MESSAGE, type Watch } from '../../scripts/chromium.js';
import { APPLE_10Q, appleExists } from '../xbrl/inline/helpers.js';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);
else if (!appleExists) console.warn(`Skipping the filing-page browser test: ${APPLE_10Q} is absent (it is in ../shared, for developers and CI).`);

const POLL = { timeout: 10_000, interval: 50 };
/** The highlight of HIGHLIGHT_STYLE (src/server/filing-documents.ts), as the browser computes it. */
const HIGHLIGHT = 'rgb(255, 236, 153)';

/** Apple's 10-Q loaded from its Inline XBRL document, and a figure of it traced to its place in the pages. */
describe.skipIf(!HAS_CHROMIUM || !appleExists)("a figure highlighted in the filing's own pages, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let webRoot: string;
  let context: BrowserContext;
  let watch: Watch;
  let page: Page;
  let fact: { id: string; value: string; elementId: string; viewUrl: string };

  beforeAll(async () => {
    webRoot = buildExplorer('production');
    [server, browser] = await Promise.all([startServer(loadGraph(undefined, APPLE_10Q), 0, '127.0.0.1', { webRoot, filingsDir: APPLE_10Q }), launchChromium()]);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ company(ticker: "AAPL") { disclosures(first: 1) { nodes { facts(first: 50) { nodes { id value source { element { elementId viewUrl } } } } } } } }' }),
    });
    const body = (await res.json()) as any;
    const nodes = body.data.company.disclosures.nodes[0].facts.nodes;
    const f = nodes.find((n: any) => n.source.element.viewUrl);
    fact = { id: f.id, value: f.value, elementId: f.source.element.elementId, viewUrl: f.source.element.viewUrl };
  }, 180_000);
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
    expect(watch.offHost).toEqual([]);
    expect(watch.console, watch.console.join("\n")).toEqual([]);
  });

  it('opens the document at the figure, highlighted, its images loaded from the filing folder, no script run', async () => {
    expect(fact.viewUrl).toBe(`/filing-documents/aapl-20250329.htm#${fact.elementId}`);
    await page.goto(`${server.origin}${fact.viewUrl}`);
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
    await page.goto(`${server.origin}/c/AAPL?fact=${encodeURIComponent(fact.id)}`);
    const trace = page.getByRole('complementary', { name: /./ });
    await trace.getByRole('button', { name: "Show in the filing's pages" }).click();
    const frame = trace.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('src')).toBe(fact.viewUrl);
    const inFrame = page.frameLocator('iframe').locator(`[id="${fact.elementId}"]`);
    await expect.poll(() => inFrame.evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor), POLL).toBe(HIGHLIGHT);
    expect(await trace.getByRole('link', { name: 'Open in a new tab' }).getAttribute('href')).toBe(fact.viewUrl);
  });
});
