/**
 * `npx tsx bench/xbrl-read.ts [folder]`: how long the XBRL reader takes on every filing
 * under a folder (default: ../shared/xbrl), in one cold process as at start-up: time to
 * read each filing and to check its calculations, facts per filing, facts per second and
 * the heap the filings hold. Not a test: figures vary with the machine's load.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculationChecks, findFilings, readFiling, type XbrlFiling } from '../src/xbrl/index.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(process.argv[2] ?? process.env.FILINGS_DIR ?? resolve(repoRoot, '../shared/xbrl'));
if (!existsSync(root)) {
  console.log(`No filings: ${root} is absent.`);
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const found = findFilings(root);
const findMs = performance.now() - started;
const filings: XbrlFiling[] = [];
const rows: string[][] = [];
let facts = 0;
let readTotal = 0;
let calcTotal = 0;
for (const folder of found) {
  const t0 = performance.now();
  const filing = readFiling(folder);
  const t1 = performance.now();
  const { results } = calculationChecks(filing);
  const t2 = performance.now();
  filings.push(filing);
  facts += filing.facts.length;
  readTotal += t1 - t0;
  calcTotal += t2 - t1;
  const failed = results.filter((r) => !r.consistent).length;
  rows.push([folder.slice(root.length + 1) || folder, String(filing.facts.length), (t1 - t0).toFixed(0), (t2 - t1).toFixed(0), `${results.length - failed}/${results.length}`]);
}
const totalMs = performance.now() - started;
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

const header = ['filing', 'facts', 'read ms', 'calc ms', 'calc pass'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `\n${found.length} filings, ${facts} facts: found in ${findMs.toFixed(0)} ms, read in ${readTotal.toFixed(0)} ms, calculations checked in ${calcTotal.toFixed(0)} ms, ` +
    `${totalMs.toFixed(0)} ms in all (${((facts / totalMs) * 1000).toFixed(0)} facts/s).`,
);
console.log(gc ? `Heap held by the read filings: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB (${((heapAfter - heapBefore) / facts / 1024).toFixed(1)} KB per fact, labels and presentation included).` : 'Run with node --expose-gc (NODE_OPTIONS=--expose-gc) to measure the heap.');
void filings.length;
