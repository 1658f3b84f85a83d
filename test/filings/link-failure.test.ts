import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/domain/build-graph.js';
import type { Graph } from '../../src/domain/graph.js';
import { DEFAULT_DATA_DIR } from '../../src/domain/load-graph.js';
import { loadData } from '../../src/data/load.js';
import { readFiling, type XbrlFiling } from '../../src/xbrl/index.js';
import { fixture } from '../xbrl/helpers.js';

/**
 * A filing that the reader accepts but that fails while being linked into the graph is set
 * aside WHOLE: the graph is the one built without it, entity for entity and field for field.
 */

const data = () => loadData(DEFAULT_DATA_DIR);
const good = readFiling(fixture('basic'));

/** The same filing under another accession number, which throws half-way through its facts (a value no decimal reads). */
function failing(from: XbrlFiling, changes: { cik?: string; ticker?: string } = {}): XbrlFiling {
  const numeric = from.facts.map((f, i) => (f.unit && f.value !== null ? i : -1)).filter((i) => i >= 0);
  const last = numeric[numeric.length - 1];
  expect(numeric.length).toBeGreaterThan(3);
  const cik = changes.cik ?? from.cover.cik;
  return {
    ...from,
    folder: `${from.folder}-broken`,
    accession: { number: null, key: 'sha256:broken', basis: 'CONTENT' },
    metadata: from.metadata && { ...from.metadata, accessionNumber: null, cik },
    cover: { ...from.cover, cik, registrantName: 'Broken Name Inc.', tradingSymbols: [changes.ticker ?? 'BRKN'] },
    facts: from.facts.map((f, i) => (i === last ? { ...f, value: '12abc' } : f)),
    duplicates: [],
  };
}

/** Every entity of the graph with every field (other entities by type and id), and the ticker index: what a reader of the graph can see. */
function fingerprint(graph: Graph, tickers: string[]): string[] {
  const shape = (v: unknown, depth: number): unknown => {
    if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? v : String(v);
    if (v === null || typeof v !== 'object') return v;
    if (depth > 0 && 'type' in v && 'id' in v) return `${String(v.type)}:${String(v.id)}`;
    if (depth > 4) return '…';
    if (Array.isArray(v)) return v.map((x) => shape(x, depth + 1));
    if (v instanceof Map) return [...v].map(([k, x]) => [k, shape(x, depth + 1)]);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x, depth + 1)]));
  };
  const nodes = [...graph.allNodes()].map((n) => JSON.stringify(shape(n, 0))).sort();
  return [...nodes, JSON.stringify(graph.companies.map((c) => c.id)), ...tickers.map((t) => `${t}: ${graph.companyByTicker(t)?.id ?? 'none'}`)];
}

const TICKERS = ['ACME', 'BRKN', 'QFIN'];

describe('a filing that fails while being linked leaves nothing of itself in the graph', () => {
  const without = buildGraph(data(), { root: '/', list: [good] });
  const expected = fingerprint(without, TICKERS);

  it('beside an earlier filing of its company: the company, its concepts, line items, facts and tickers are as without it', () => {
    const broken = failing(good);
    const graph = buildGraph(data(), { root: '/', list: [good, broken] });
    expect(graph.setAsideFilings.map((s) => [s.folder, s.reason])).toEqual([[broken.folder, expect.stringMatching(/DecimalError/)]]);
    expect(graph.hasTicker('BRKN')).toBe(false);
    expect(fingerprint(graph, TICKERS)).toEqual(expected);
  });

  it('as the first filing of its company (linked before the good one): the good one is linked as if alone', () => {
    const broken = { ...failing(good), cover: { ...failing(good).cover, periodEndDate: '2023-12-31' } };
    const graph = buildGraph(data(), { root: '/', list: [broken, good] });
    expect(graph.setAsideFilings).toHaveLength(1);
    expect(fingerprint(graph, TICKERS)).toEqual(expected);
  });

  it('as the only filing of a new company: no company, concept or ticker of it stays', () => {
    const broken = failing(good, { cik: '0000999999' });
    const graph = buildGraph(data(), { root: '/', list: [good, broken] });
    expect(graph.companyByCik('0000999999')).toBeUndefined();
    expect(graph.setAsideFilings).toHaveLength(1);
    expect(fingerprint(graph, TICKERS)).toEqual(expected);
  });

  it('into a curated company of the same CIK: its concepts and line items get back their fields and lists', () => {
    const curated = () => {
      const d = data();
      (d.companies[0].doc as { cik?: string }).cik = good.cover.cik;
      return d;
    };
    const alone = buildGraph(curated(), { root: '/', list: [good] });
    expect(alone.companyByCik(good.cover.cik)?.id).toBe(alone.companies[0].id); // linked into the curated company
    const graph = buildGraph(curated(), { root: '/', list: [good, failing(good)] });
    expect(graph.setAsideFilings).toHaveLength(1);
    expect(fingerprint(graph, TICKERS)).toEqual(fingerprint(alone, TICKERS));
  });
});
