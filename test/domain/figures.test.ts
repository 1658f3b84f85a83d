/**
 * Figures checked straight from the raw files, independently of the loader and its checks:
 * a second, deliberately simple reading of the data against the source text and against
 * the release's own identities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/domain/load-graph.js';
import { QIFU_DISCLOSURE, qifuSourceText, skipWithoutSource } from '../helpers.js';

interface RawRow {
  label: string;
  concept?: string;
  key?: string;
  values?: (string | null)[];
  measure?: string;
  sum?: unknown;
  translated?: unknown;
  corrections?: { column: string; printed: string; note: string }[];
  rows?: RawRow[];
}
interface RawTable {
  title: string;
  columns: { id: string; currency: string; translates?: string }[];
  rows: RawRow[];
}

const dir = join(DEFAULT_DATA_DIR, QIFU_DISCLOSURE);
const source = skipWithoutSource('the completeness of the tables against the source text') ? null : qifuSourceText();
const tables: Record<string, RawTable> = Object.fromEntries(
  readdirSync(join(dir, 'tables')).map((f) => [f.replace('.yaml', ''), parse(readFileSync(join(dir, 'tables', f), 'utf8'))]),
);
const flatten = (rows: RawRow[]): RawRow[] => rows.flatMap((r) => [r, ...flatten(r.rows ?? [])]);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const keyOf = (r: RawRow) => r.key ?? slug(r.label);

/** A printed cell as a BigInt count of its smallest printed unit, and that unit's decimals. */
function units(cell: string): { n: bigint; places: number } {
  const negative = cell.startsWith('(') || cell.startsWith('-');
  if (cell.trim() === '-') return { n: 0n, places: 0 };
  const digits = cell.replace(/[(),%-]/g, '');
  const places = digits.includes('.') ? digits.split('.')[1].length : 0;
  const n = BigInt(digits.replace('.', ''));
  return { n: negative ? -n : n, places };
}

/** round(a / b) for BigInts, half away from zero. */
function divRound(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (2n * x + y) / (2n * y);
  return negative ? -q : q;
}

describe.skipIf(source === null)('completeness against the source text', () => {
  it('every number printed in the financial tables is curated, once per printed cell, and nothing else is', () => {
    const start = source!.indexOf('Unaudited Condensed Consolidated Balance Sheets');
    expect(start).toBeGreaterThan(0);
    // Labels are text, even where they hold a free-standing "-" ("EPS - diluted").
    const labels = Object.values(tables).flatMap((t) => flatten(t.rows).map((r) => r.label)).sort((a, b) => b.length - a.length);
    let region = source!.slice(start).replace(/\s+/g, ' ');
    for (const label of labels) region = region.split(label).join(' ');
    const printed = region
      .split(' ')
      .filter((t) => /^\(?\d{1,3}(,\d{3})*(\.\d+)?\)?%?$|^-$/.test(t))
      // Column headings print the years.
      .filter((t) => t !== '2023' && t !== '2024');
    const curated = Object.values(tables).flatMap((t) =>
      flatten(t.rows).flatMap((r) =>
        (r.values ?? []).flatMap((v, j) => (v === null ? [] : [r.corrections?.find((c) => c.column === t.columns[j].id)?.printed ?? v])),
      ),
    );
    const count = (list: string[]) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const [a, b] = [count(printed), count(curated)];
    const differences = [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t)).map((t) => `${t}: source ${a.get(t) ?? 0}, data ${b.get(t) ?? 0}`);
    expect(differences).toEqual([]);
  });
});

describe('identities of the release, recomputed from the raw cells', () => {
  it('each USD amount of a component row is the RMB amount ÷ 7.2672, to the thousand', () => {
    // Totals are footed from translated components, so only components are exact; a row
    // printing a figure that is a total in another statement (net income) is a total too.
    const totalConcepts = new Set(Object.values(tables).flatMap((t) => flatten(t.rows).filter((r) => r.sum && r.concept).map((r) => r.concept)));
    let compared = 0;
    for (const table of Object.values(tables)) {
      for (const [j, column] of table.columns.entries()) {
        if (!column.translates) continue;
        const i = table.columns.findIndex((c) => c.id === column.translates);
        for (const row of flatten(table.rows)) {
          if (!row.values || row.values[j] === null || row.sum || row.translated || totalConcepts.has(row.concept)) continue;
          if (row.measure && row.measure !== 'monetary') continue;
          const cny = units(row.values[i]!).n * 1000n;
          const usd = units(row.values[j]!).n;
          expect(divRound(cny * 10_000n, 72_672n * 1000n), `${table.title}: ${row.label} (${column.id})`).toBe(usd);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('per-ADS amounts are twice the per-share amounts, within a cent', () => {
    const rows = flatten(tables['operations'].rows);
    const pairs = [
      ['net-income-per-share-basic', 'net-income-per-ads-basic'],
      ['net-income-per-share-diluted', 'net-income-per-ads-diluted'],
    ];
    for (const [share, ads] of pairs) {
      const s = rows.find((r) => keyOf(r) === share)!;
      const a = rows.find((r) => keyOf(r) === ads)!;
      s.values!.forEach((v, j) => {
        const diff = units(a.values![j]!).n - 2n * units(v!).n;
        expect(diff >= -1n && diff <= 1n, `${share} column ${j}: ${v} × 2 vs ${a.values![j]}`).toBe(true);
      });
    }
  });

  it('records the OCR error in the six-month USD diluted EPS, and the identities confirm the correction', () => {
    const rows = flatten(tables['operations'].rows);
    const diluted = rows.find((r) => keyOf(r) === 'net-income-per-share-diluted')!;
    const correction = diluted.corrections!.find((c) => c.column === 'usd-6m-2024')!;
    expect(correction.printed).toBe('111');
    const j = tables['operations'].columns.findIndex((c) => c.id === 'usd-6m-2024');
    const corrected = units(diluted.values![j]!);
    // 2 × per-share = per-ADS (2.22), and RMB 8.10 ÷ 7.2672 = 1.1146.
    const perAds = units(rows.find((r) => keyOf(r) === 'net-income-per-ads-diluted')!.values![j]!);
    expect(2n * corrected.n).toBe(perAds.n);
    expect(divRound(810n * 10_000n, 72_672n)).toBe(corrected.n);
  });

  it('the balance sheet balances in every column', () => {
    const rows = flatten(tables['balance-sheet'].rows);
    const total = (label: string) => rows.find((r) => r.label === label)!.values!.map((v) => units(v!).n);
    const [assets, liabilities, equity] = [total('TOTAL ASSETS'), total('TOTAL LIABILITIES'), total('TOTAL EQUITY')];
    assets.forEach((a, j) => expect(a).toBe(liabilities[j] + equity[j]));
  });

  it('cash at the end of each period is the beginning plus the net change, and what the balance sheet holds', () => {
    const rows = flatten(tables['cash-flows'].rows);
    const byLabel = (prefix: string) => rows.find((r) => r.label.startsWith(prefix))!.values!.map((v) => units(v!).n);
    const begin = byLabel('Cash, cash equivalents, and restricted cash, beginning');
    const end = byLabel('Cash, cash equivalents, and restricted cash, end');
    const change = byLabel('Net (decrease) increase');
    end.forEach((e, j) => expect(e).toBe(begin[j] + change[j]));
    const bs = flatten(tables['balance-sheet'].rows);
    const bsCash = (label: string, col: number) => units(bs.find((r) => r.label === label)!.values![col]!).n;
    const cfColumns = tables['cash-flows'].columns.map((c) => c.id);
    expect(end[cfColumns.indexOf('cny-6m-2024')]).toBe(bsCash('Cash and cash equivalents', 1) + bsCash('Restricted cash', 1));
    expect(begin[cfColumns.indexOf('cny-6m-2024')]).toBe(bsCash('Cash and cash equivalents', 0) + bsCash('Restricted cash', 0));
  });
});
