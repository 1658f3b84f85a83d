import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/domain/load-graph.js';
import type { Check, Disclosure } from '../../src/domain/model.js';
import { copyOfData, embeddedGraph, QIFU_DISCLOSURE, skipWithoutSource } from '../helpers.js';

const disclosures = (): Disclosure[] => embeddedGraph().companies.flatMap((c) => c.disclosures);
const noSource = skipWithoutSource('the SOURCE_TEXT checks');
const describeCheck = (c: Check) => `${c.kind} ${c.name}: expected ${c.expected}, actual ${c.actual} (${c.detail})`;

describe('load-time checks', () => {
  it('all pass', () => {
    const failing = disclosures().flatMap((d) => d.checks.filter((c) => c.status === 'FAIL'));
    expect(failing.map(describeCheck)).toEqual([]);
  });

  it.skipIf(noSource)('find every curated table row, sentence and footnote in the source text', () => {
    for (const d of disclosures()) {
      const sourceChecks = d.checks.filter((c) => c.kind === 'SOURCE_TEXT');
      expect(sourceChecks).toHaveLength(d.tables.reduce((n, t) => n + t.rows.length, 0) + d.statements.length + d.footnotes.length);
    }
  });

  it('check every printed total in every column where it has a value', () => {
    for (const d of disclosures()) {
      const totals = d.checks.filter((c) => c.kind === 'TABLE_TOTAL');
      expect(totals.length).toBeGreaterThan(0);
      for (const check of totals) expect(check.subject, check.name).not.toBeNull();
    }
  });

  it('check every convenience translation', () => {
    for (const d of disclosures()) {
      const translated = d.facts.filter((f) => f.translationOf);
      const checked = new Set(d.checks.filter((c) => c.kind === 'CONVENIENCE_TRANSLATION').map((c) => c.subject));
      expect(translated.length).toBeGreaterThan(0);
      for (const fact of translated) expect(checked.has(fact), fact.id).toBe(true);
    }
  });
});

describe('checks catch wrong data', () => {
  function checksAfter(change: (yaml: string) => string): Check[] {
    const dir = copyOfData();
    try {
      const file = join(dir, QIFU_DISCLOSURE, 'tables/balance-sheet.yaml');
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      expect(after).not.toBe(before);
      writeFileSync(file, after);
      return loadGraph(dir).companies[0].disclosures[0].checks.filter((c) => c.status === 'FAIL');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it.skipIf(noSource)('a mistyped figure fails the source text, its total, its translation and the cash-flow identity', () => {
    const failing = checksAfter((t) => t.replace('"2,035,180"', '"2,035,189"'));
    const kinds = new Set(failing.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['SOURCE_TEXT', 'TABLE_TOTAL', 'CONVENIENCE_TRANSLATION', 'IDENTITY']));
    expect(failing.find((c) => c.kind === 'SOURCE_TEXT')!.detail).toContain('"3,381,107 2,035,189 280,050" not found');
  });

  it.skipIf(noSource)('two swapped rows fail the source text order', () => {
    const failing = checksAfter((t) =>
      t.replace(
        /( +- \{ label: Goodwill[^\n]*\n)( +- \{ label: Deferred tax assets[^\n]*\n)/,
        '$2$1',
      ),
    );
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((c) => c.kind === 'SOURCE_TEXT')).toBe(true);
  });

  it('a wrong sign fails the total', () => {
    const failing = checksAfter((t) => t.replace('"13,443"', '"(13,443)"'));
    expect(failing.some((c) => c.kind === 'TABLE_TOTAL')).toBe(true);
  });
});
