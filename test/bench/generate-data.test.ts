import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateData, mulberry32 } from '../../bench/generate-data.js';
import type { Graph } from '../../src/domain/graph.js';
import { DEFAULT_DATA_DIR, loadGraph } from '../../src/domain/load-graph.js';
import { embeddedGraph } from '../helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(factor: number, seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-gen-'));
  dirs.push(dir);
  return generateData({ source: DEFAULT_DATA_DIR, out: join(dir, 'data'), factor, seed });
}

/** Every file under `root` with its bytes, by relative path. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'base64'));
    }
  };
  walk(root);
  return files;
}

const count = (graph: Graph, type: string) => [...graph.allNodes()].filter((n) => n.type === type).length;

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('the synthetic data generator', () => {
  it('writes the same bytes for the same seed, and other tickers for another seed', () => {
    const first = tree(generate(5, 42).root);
    const again = tree(generate(5, 42).root);
    const other = tree(generate(5, 43).root);
    expect(first.size).toBeGreaterThan(0);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(again.get(path), path).toBe(bytes);
    const changed = [...first].filter(([path, bytes]) => other.get(path) !== bytes);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('keeps the real data as it is', () => {
    const generated = tree(generate(3, 1).root);
    const real = tree(DEFAULT_DATA_DIR);
    for (const [path, bytes] of real) expect(generated.get(path), path).toBe(bytes);
  });

  it('makes a 10× data set that loads, passes every check and has ten times the facts', () => {
    const generated = generate(10, 1);
    const graph = loadGraph(generated.root);
    const real = embeddedGraph();
    expect(count(graph, 'Fact')).toBe(10 * count(real, 'Fact'));
    const disclosures = graph.companies.flatMap((c) => c.disclosures);
    expect(disclosures.length).toBe(10 * real.companies.flatMap((c) => c.disclosures).length);
    expect(graph.companies.length).toBe(generated.companies);
    expect(graph.companies.length).toBeGreaterThan(real.companies.length);
    const checks = disclosures.flatMap((d) => d.checks);
    expect(checks.length).toBe(10 * real.companies.flatMap((c) => c.disclosures.flatMap((d) => d.checks)).length);
    expect(checks.filter((c) => c.status === 'FAIL')).toEqual([]);
    // Copies name the real source text, so they are verified against it exactly where the real data is.
    expect(new Set(disclosures.map((d) => d.source.isVerified))).toEqual(new Set(real.companies.flatMap((c) => c.disclosures.map((d) => d.source.isVerified))));
    // The real company is still there under its own ticker, with its own figures.
    expect(graph.companyByTicker('QFIN')?.id).toBe(real.companyByTicker('QFIN')!.id);
    expect(count(graph, 'Company')).toBe(generated.companies);
  });

  it('gives a synthetic company several disclosures over distinct periods', () => {
    const graph = loadGraph(generate(10, 1).root);
    const multi = graph.companies.filter((c) => c.disclosures.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const company of multi) {
      const dates = company.disclosures.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      const years = dates.map((d) => Number(d.slice(0, 4)));
      for (const y of years) expect((years[0] - y) % 4).toBe(0);
    }
  });

  it('refuses a factor below 1 and a folder that is not empty', () => {
    expect(() => generate(0, 1)).toThrow(/factor/);
    expect(() => generateData({ source: DEFAULT_DATA_DIR, out: DEFAULT_DATA_DIR, factor: 2, seed: 1 })).toThrow(/not empty/);
  });
});
