/**
 * The search index's size and build time per indexed document, over the embedded data and
 * (when present) the shared SEC filings, with the number of facts beside them, to
 * extrapolate to the store's scale (README, "The explorer": search at 10 M facts).
 * Run: `node --expose-gc --import tsx bench/search-index.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGraph } from '../src/domain/load-graph.js';
import type { Graph } from '../src/domain/graph.js';
import { isScaffolding, SearchIndex } from '../src/domain/search/search-index.js';
import { ROOT } from '../scripts/chromium.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with node --expose-gc --import tsx bench/search-index.ts');
  process.exit(1);
}
const SHARED_XBRL = resolve(ROOT, '../shared/xbrl');
const EDGAR_API = resolve(ROOT, '../shared/edgar/data.sec.gov');
/** Apple's and NVIDIA's companyfacts: a company's whole history, ~25,000 facts over ~500-650 concepts each. */
const CIKS = ['0000320193', '0001045810'];
const BUILDS = 5;

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

function measure(name: string, graph: Graph) {
  let facts = 0;
  let lineItems = 0;
  let indexedItems = 0;
  let definitions = 0;
  let footnotes = 0;
  for (const company of graph.companies) {
    for (const item of company.lineItems) {
      lineItems++;
      facts += item.facts.length;
      if (!isScaffolding(item)) indexedItems++;
    }
    for (const d of company.disclosures) {
      definitions += d.definitions.length;
      footnotes += d.footnotes.length;
    }
  }
  const docs = indexedItems + definitions + footnotes;
  const before = heap();
  const kept = new SearchIndex(graph);
  const bytes = heap() - before;
  const internals = kept as unknown as { docs: unknown[]; vocabulary: Map<string, number> };
  if (internals.docs.length !== docs) throw new Error(`counted ${docs} documents, the index holds ${internals.docs.length}`);
  const vocabulary = internals.vocabulary.size;
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const t = performance.now();
    new SearchIndex(graph);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const build = times[Math.floor(BUILDS / 2)];
  const queries = ['apple net sales', 'revenue', 'appel net salse', 'delinquency', 'cash and cash equivalents'];
  const q: number[] = [];
  for (let round = 0; round < 3; round++) for (const query of queries) {
    const t = performance.now();
    kept.search(query);
    q.push(performance.now() - t);
  }
  q.sort((a, b) => a - b);
  console.log(`| ${name} | ${graph.companies.length} | ${facts.toLocaleString('en')} | ${lineItems.toLocaleString('en')} | ${indexedItems.toLocaleString('en')} + ${definitions.toLocaleString('en')} + ${footnotes.toLocaleString('en')} = ${docs.toLocaleString('en')} | ${vocabulary.toLocaleString("en")} | ${(bytes / 2 ** 20).toFixed(1)} MiB (${Math.round(bytes / docs)} B/doc) | ${build.toFixed(0)} ms (${((build / docs) * 1000).toFixed(1)} µs/doc) | ${q[Math.floor(q.length / 2)].toFixed(1)} / ${q[q.length - 1].toFixed(1)} ms |`);
}

console.log(`Search index, Node ${process.version}, median of ${BUILDS} builds; heap after a full GC.`);
console.log('\n| graph | companies | facts | line items | indexed: line items + definitions + footnotes | distinct words | index heap | build | query median / max |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
measure('embedded (curated release)', loadGraph());
if (existsSync(SHARED_XBRL)) measure('embedded + the six shared SEC filings', loadGraph(undefined, SHARED_XBRL));
if (existsSync(SHARED_XBRL) && CIKS.every((cik) => existsSync(join(EDGAR_API, `api/xbrl/companyfacts/CIK${cik}.json`)))) {
  // A FILINGS_DIR as `npm run fetch` lays it out: the six filings and two companyfacts, linked.
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  try {
    for (const name of readdirSync(SHARED_XBRL, { withFileTypes: true })) if (name.isDirectory()) symlinkSync(join(SHARED_XBRL, name.name), join(dir, name.name));
    for (const cik of CIKS) {
      const folder = join(dir, String(Number(cik)));
      mkdirSync(folder);
      symlinkSync(join(EDGAR_API, `api/xbrl/companyfacts/CIK${cik}.json`), join(folder, 'companyfacts.json'));
      const submissions = join(EDGAR_API, `submissions/CIK${cik}.json`);
      if (existsSync(submissions)) symlinkSync(submissions, join(folder, 'submissions.json'));
    }
    measure('embedded + the six filings + Apple\'s and NVIDIA\'s companyfacts', loadGraph(undefined, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
