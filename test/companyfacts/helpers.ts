import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Graph } from '../../src/domain/graph.js';
import { loadGraph } from '../../src/domain/load-graph.js';
import { STORE_MODE } from '../store-mode/store-mode.js';
import { repoRoot, SHARED_XBRL } from '../xbrl/helpers.js';

/** SEC's responses beside the repository (../shared/edgar): Apple's and NVIDIA's companyfacts and submissions. */
export const SHARED_EDGAR = resolve(repoRoot, '../shared/edgar');
const FACTS = join(SHARED_EDGAR, 'data.sec.gov/api/xbrl/companyfacts');
const SUBMISSIONS = join(SHARED_EDGAR, 'data.sec.gov/submissions');
export const CIKS = ['0000320193', '0001045810'] as const;
export const companyFactsPath = (cik: string) => join(FACTS, `CIK${cik}.json`);
export const companyFactsExist = CIKS.every((cik) => existsSync(companyFactsPath(cik)));

/**
 * A FILINGS_DIR laid out as `npm run fetch` writes it, in a temporary folder: `<cik>/companyfacts.json`
 * and `<cik>/submissions.json` linked to the shared copies, and, with `filings`, copies of the six
 * shared filing folders beside them.
 */
export function filingsDir(filings: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'companyfacts-'));
  for (const cik of CIKS) {
    const folder = join(dir, String(Number(cik)));
    mkdirSync(folder);
    symlinkSync(companyFactsPath(cik), join(folder, 'companyfacts.json'));
    if (existsSync(join(SUBMISSIONS, `CIK${cik}.json`))) symlinkSync(join(SUBMISSIONS, `CIK${cik}.json`), join(folder, 'submissions.json'));
  }
  if (filings && existsSync(SHARED_XBRL)) cpSync(SHARED_XBRL, join(dir, 'xbrl'), { recursive: true });
  return dir;
}

/** The embedded data with both companies' companyfacts (and the six filings, with `filings`). */
export function companyFactsGraph(filings = false): Graph {
  const dir = filingsDir(filings);
  // In store mode the folder is ingested when the graph is first queried: it goes with the process.
  if (STORE_MODE) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  try {
    return loadGraph(undefined, dir);
  } finally {
    if (!STORE_MODE) rmSync(dir, { recursive: true, force: true }); // the graph keeps nothing open; links go, their targets stay
  }
}
