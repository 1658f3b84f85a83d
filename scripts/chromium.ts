/** Debian's Chromium driven by playwright-core: shared by the browser tests, `npm run bench:web` and `npm run screenshots`. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Debian's Chromium (`apt-get install chromium`); Playwright's own download cannot work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const SKIP_MESSAGE = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it (\`apt-get install -y chromium\`, as .ci/run does) or set CHROMIUM_PATH, then run \`npm test\` (or \`npx vitest run test/web\`).`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/**
 * Builds the explorer into a fresh folder with `vite build`, from the sources as they are
 * now. `development` keeps Apollo Client's warnings (a production build strips them), so a
 * test can assert the console has none.
 */
export function buildExplorer(mode: 'development' | 'production'): string {
  const outDir = mkdtempSync(join(tmpdir(), `explorer-${mode}-`));
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'web/vite.config.ts'), '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(mode === 'development' ? ['--minify', 'false'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: mode },
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** What a page did that it must not: requests to other hosts, console errors and warnings, uncaught errors. */
export interface Watch {
  offHost: string[];
  console: string[];
}

/** A browser context that refuses (and records) every request not to localhost, and records console problems. */
export async function guardedContext(browser: Browser): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const watch: Watch = { offHost: [], console: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    watch.offHost.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') watch.console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.console.push(`pageerror: ${error.message}`));
  });
  return { context, watch };
}

/** axe-core's own script, injected into the page under test. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each (rule, impact, first nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no eval) does not apply.
  return (await page.evaluate(`${AXE};
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}
