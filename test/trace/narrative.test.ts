/**
 * Figures stated in prose: on the table's line items, in the source verbatim, and the
 * prior-quarter figures against Q1 recomputed here from the raw table files as six months
 * − three months (independently of the loader's derivation and of the checks).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/domain/load-graph.js';
import { execute, QIFU_DISCLOSURE, qifuSourceText, skipWithoutSource } from '../helpers.js';

const dir = join(DEFAULT_DATA_DIR, QIFU_DISCLOSURE);
const source = skipWithoutSource('the check of prose sentences against the source text') ? null : qifuSourceText();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const narrative = parse(readFileSync(join(dir, 'narrative.yaml'), 'utf8')) as {
  sections: { title: string; statements: { excerpt: string; facts: (string[] | { item: string; period: string; printed: string })[] }[] }[];
};

interface RawRow { label: string; key?: string; values?: (string | null)[]; rows?: RawRow[] }
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const flatten = (rows: RawRow[]): RawRow[] => rows.flatMap((r) => [r, ...flatten(r.rows ?? [])]);
/** Cells of a row of a raw table file, by its statement slug and key. */
function rawRow(table: string, key: string): (string | null)[] {
  const doc = parse(readFileSync(join(dir, 'tables', `${table}.yaml`), 'utf8')) as { rows: RawRow[] };
  return flatten(doc.rows).find((r) => (r.key ?? slug(r.label)) === key)!.values!;
}
/** A printed cell in thousands as a Decimal of thousands. */
const thousands = (cell: string) => new Decimal(cell.replace(/[(),]/g, '')).times(cell.startsWith('(') ? -1 : 1);

const TABLE_OF: Record<string, string> = { 'income-statement': 'operations', 'non-gaap-reconciliation': 'non-gaap-reconciliation', 'cash-flow': 'cash-flows' };

describe('figures in prose', async () => {
  const statements = narrative.sections.flatMap((s) => s.statements.map((st) => ({ section: s.title, ...st })));
  const facts = statements.flatMap((st) => st.facts.map((f) => (Array.isArray(f) ? { item: f[0], period: f[1], printed: f[2] } : f)));

  it.skipIf(source === null)('quotes every sentence verbatim from the source (white space collapsed)', () => {
    const text = collapse(source!);
    expect(statements.length).toBeGreaterThan(40);
    for (const st of statements) expect(text, st.excerpt).toContain(collapse(st.excerpt));
  });

  it('derives Q1 2024 = six months − Q2 from the tables, agreeing with every prior-quarter figure of the prose within its rounding', () => {
    const prior = facts.filter((f) => f.period === 'Q1-2024');
    expect(prior.length).toBeGreaterThanOrEqual(20);
    for (const f of prior) {
      const [statement, key] = f.item.split('/');
      const table = TABLE_OF[statement];
      expect(table, f.item).toBeDefined();
      // Columns of the operations-style tables: Q2 2023, Q2 2024, Q2 2024 USD, 6M 2023, 6M 2024, 6M 2024 USD.
      const cells = rawRow(table, key);
      const q1 = thousands(cells[4]!).minus(thousands(cells[1]!)).times(1000);
      const m = /^RMB(-?[\d,]+\.\d) million$/.exec(f.printed)!;
      expect(m, f.printed).not.toBeNull();
      const stated = new Decimal(m[1].replace(/,/g, '')).times(1e6);
      // Half a unit of the printed 0.1 million, plus a thousand each for the two rounded table cells.
      expect(q1.minus(stated).abs().toNumber(), `${f.item}: ${f.printed} vs ${q1.toFixed()}`).toBeLessThanOrEqual(50_000 + 1_000);
    }
  });

  it('serves those figures on the table row\'s line item, beside the derived fact, which names its inputs', async () => {
    const result = await execute(`{
      company(ticker: "QFIN") {
        lineItems(statement: INCOME_STATEMENT) {
          key
          facts(unit: "CNY") { value origin printed period { startDate endDate } source { kind section excerpt table { title } } derivedFrom { value period { startDate endDate } source { kind } } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const items: { key: string; facts: any[] }[] = result.data!.company.lineItems;
    const revenue = items.find((i) => i.key === 'total-net-revenue')!;
    const q1 = revenue.facts.filter((f) => f.period.startDate === '2024-01-01' && f.period.endDate === '2024-03-31');
    const derived = q1.find((f) => f.origin === 'DERIVED');
    const stated = q1.find((f) => f.source.kind === 'NARRATIVE');
    // 8,313,246 − 4,160,063 thousand, against "RMB4,153.2 million in the prior quarter".
    expect(derived.value).toBe('4153183000');
    expect(derived.source.kind).toBe('DERIVED');
    expect(derived.printed).toBeNull();
    expect(derived.derivedFrom.map((f: any) => [f.value, f.period.startDate, f.period.endDate, f.source.kind])).toEqual([
      ['8313246000', '2024-01-01', '2024-06-30', 'TABLE_CELL'],
      ['4160063000', '2024-04-01', '2024-06-30', 'TABLE_CELL'],
    ]);
    expect(stated).toMatchObject({ value: '4153200000', printed: 'RMB4,153.2 million', origin: 'PRINTED', source: { section: 'Second Quarter 2024 Financial Results', table: null } });
    expect(stated.source.excerpt).toContain('and RMB4,153.2 million in the prior quarter');
    // The Q2 figure of the same sentence sits beside the table cell on the same line item.
    const q2 = revenue.facts.filter((f) => f.period.startDate === '2024-04-01');
    expect(q2.map((f) => [f.source.kind, f.value])).toEqual(expect.arrayContaining([['TABLE_CELL', '4160063000'], ['NARRATIVE', '4160100000']]));
  });

  it('derives only flows: no Q1 for per-share amounts, share counts, ratios or balances', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems { statement measure facts { origin unit } } } }`);
    const derived = (result.data!.company.lineItems as any[]).flatMap((i) => i.facts.filter((f: any) => f.origin === 'DERIVED').map((f: any) => ({ ...i, unit: f.unit })));
    expect(derived.length).toBeGreaterThan(50);
    for (const d of derived) {
      expect(d.measure).toBe('MONETARY');
      expect(['INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'NON_GAAP_RECONCILIATION']).toContain(d.statement);
      expect(d.unit).toBe('CNY');
    }
  });

  it('makes every prose figure a fact on an existing statement row or an operating metric, never a new line item', async () => {
    const result = await execute(`{ company(ticker: "QFIN") { lineItems { statement tables { title } facts { source { kind } } } } }`);
    for (const item of result.data!.company.lineItems as any[]) {
      if (!item.facts.some((f: any) => f.source.kind === 'NARRATIVE')) continue;
      if (item.statement !== 'OPERATING_METRICS') expect(item.tables.length).toBeGreaterThan(0);
    }
  });
});
