import type { XbrlFiling, XbrlRole } from '../../xbrl/xbrl-filing.js';
import { slugify } from '../entities.js';
import type { Graph } from '../graph.js';
import type { Column, Dimension, Disclosure, Fact, PrintedRow, StatementTable } from '../model.js';
import { dayBefore } from '../period.js';
import type { BuiltFacts } from './filing-facts.js';
import { conceptNamed, labelRole, lineItemOf } from './filing-facts.js';

const NEGATED = /^negated/;

/**
 * One statement table per presentation role, rows in presentation order. A role shows the
 * facts of its concepts whose every axis and explicit member is one of the role's own rows
 * (its table's axes and members), and the facts without dimensions; its columns are the
 * periods (and member combinations) of those facts. A balance under a period start or end
 * label is shown in the duration column it opens or closes, as filings print them.
 */
export function buildFilingTables(graph: Graph, disclosure: Disclosure, filing: XbrlFiling, built: BuiltFacts): void {
  const slugs = new Set<string>();
  const weights = new Map<string, { weight: number; parent: string }>();
  const totals = new Set<string>();
  for (const arc of filing.calculations) {
    const key = `${arc.roleUri}|${arc.child}`;
    if (!weights.has(key)) weights.set(key, { weight: arc.weight, parent: arc.parent });
    totals.add(`${arc.roleUri}|${arc.parent}`);
  }
  for (const role of filing.roles) {
    let slug = slugify(role.title) || 'table';
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(role.title) || 'table'}-${n}`;
    slugs.add(slug);
    buildTable(graph, disclosure, role, slug, built, weights, totals);
  }
}

function dimensionsKey(dimensions: readonly Dimension[]): string {
  return dimensions.map((d) => `${d.axis}=${d.member}`).join('&');
}

function buildTable(graph: Graph, disclosure: Disclosure, role: XbrlRole, slug: string, built: BuiltFacts, weights: Map<string, { weight: number; parent: string }>, totals: ReadonlySet<string>): void {
  const company = disclosure.company;
  const table: StatementTable = graph.add({
    type: 'StatementTable',
    id: `${disclosure.id}/${slug}`,
    slug,
    disclosure,
    title: role.title,
    statement: role.kind,
    scaleExponent: 0,
    columns: [],
    anchor: role.roleUri,
    lineItems: [],
    rows: [],
  });
  disclosure.tables.push(table);

  const inRole = new Set(role.rows.map((r) => r.concept));
  const fits = (f: Fact) => f.dimensions.every((d) => inRole.has(d.axis) && (d.typed || inRole.has(d.member)));

  // Columns: each duration (and member combination) shown, then each instant not placed in one.
  const columns = new Map<string, { column: Column; order: number[] }>();
  const rank = new Map<string, number>();
  role.rows.forEach((r, i) => rank.has(r.concept) || rank.set(r.concept, i));
  const columnFor = (f: Fact, dimensions: readonly Dimension[]): Column => {
    const key = `${f.period.id}|${dimensionsKey(dimensions)}`;
    let entry = columns.get(key);
    if (!entry) {
      const members = dimensions.map((d) => (d.typed ? d.member : (built.labels.get(d.member)?.terseLabel ?? built.labels.get(d.member)?.label ?? d.member)));
      entry = {
        column: { id: `c${columns.size + 1}`, table, label: [f.period.label, ...members].join(', '), period: f.period, dimensions, currency: disclosure.reportingCurrency, group: 'all', translates: null },
        order: [dimensions.length, ...dimensions.map((d) => rank.get(d.member) ?? rank.get(d.axis) ?? 0)],
      };
      columns.set(key, entry);
    }
    return entry.column;
  };

  const shown = role.rows.map((row) => (built.byConcept.get(row.concept) ?? []).filter(fits));
  shown.forEach((facts) => facts.forEach((f) => f.period.startDate && columnFor(f, f.dimensions)));
  const durations = [...columns.values()].map((e) => e.column);
  // An instant under a period start/end label sits in the duration column it opens or closes.
  const placed = new Map<Fact, Column[]>();
  role.rows.forEach((row, i) => {
    const edge = row.preferredLabel?.match(/period(Start|End)/i)?.[1]?.toLowerCase();
    for (const f of shown[i]) {
      if (f.period.startDate) continue;
      const homes = edge
        ? durations.filter((c) => dimensionsKey(c.dimensions) === dimensionsKey(f.dimensions) && (edge === 'start' ? dayBefore(c.period.startDate!) : c.period.endDate) === f.period.endDate)
        : [];
      // A start balance that opens no column shown here is the end balance of another row.
      if (edge && homes.length === 0 && durations.length > 0) placed.set(f, []);
      else placed.set(f, homes.length > 0 ? homes : [columnFor(f, f.dimensions)]);
    }
  });
  dropStrayColumns(role, columns, shown, (f) => (f.period.startDate ? [columnFor(f, f.dimensions)] : placed.get(f)!));
  const ordered = [...columns.values()].sort((a, b) => compareColumns(a, b));
  table.columns = ordered.map((e, i) => Object.assign(e.column, { id: `c${i + 1}` })); // numbered in display order
  const index = new Map(table.columns.map((c, i) => [c, i]));

  role.rows.forEach((row, i) => {
    const concept = conceptNamed(graph, company, row.concept);
    const lineItem = lineItemOf(graph, concept, role.kind, null);
    if (!lineItem.tables.includes(table)) lineItem.tables.push(table);
    if (row.depth === 0) table.lineItems.push(lineItem);
    const cells: (string | null)[] = table.columns.map(() => null);
    const facts: (Fact | null)[] = table.columns.map(() => null);
    const negated = row.preferredLabel !== null && NEGATED.test(row.preferredLabel);
    for (const f of shown[i]) {
      const homes = f.period.startDate ? [columnFor(f, f.dimensions)] : placed.get(f)!;
      for (const column of homes) {
        const j = index.get(column);
        if (j === undefined || facts[j]) continue; // a stray column left out, or a second unit or an inconsistent duplicate: the first reported is shown
        facts[j] = f;
        cells[j] = negated ? flipSign(f.value) : f.value;
      }
    }
    const labels = built.labels.get(row.concept) ?? {};
    const calc = weights.get(`${role.roleUri}|${row.concept}`);
    const printed: PrintedRow = {
      lineItem,
      label: (row.preferredLabel ? labels[row.preferredLabel] : undefined) ?? labels.label ?? concept.label,
      preferredLabel: row.preferredLabel === null || row.preferredLabel === 'label' ? null : labelRole(row.preferredLabel),
      depth: row.depth,
      // A total: printed with a total label, or the sum of other rows by the role's calculations.
      isTotal: /total/i.test(row.preferredLabel ?? '') || totals.has(`${role.roleUri}|${row.concept}`),
      calculationWeight: calc?.weight ?? null,
      sumsInto: calc ? lineItemOf(graph, conceptNamed(graph, company, calc.parent), role.kind, null) : null,
      cells,
      facts,
    };
    table.rows.push(printed);
  });
}

/** Whole company first, then by member; within those, instants, then shorter spans first, each latest first. */
function compareColumns(a: { column: Column; order: number[] }, b: { column: Column; order: number[] }): number {
  for (let i = 0; i < Math.max(a.order.length, b.order.length); i++) {
    const d = (a.order[i] ?? -1) - (b.order[i] ?? -1);
    if (d !== 0) return d;
  }
  // In whole months, so a 53-week year sorts with the 52-week ones.
  const span = (c: Column) => (c.period.startDate ? Math.round((Date.parse(c.period.endDate) - Date.parse(c.period.startDate)) / 2_629_800_000) : 0);
  return span(a.column) - span(b.column) || b.column.period.endDate.localeCompare(a.column.period.endDate);
}

/** The value as a negated label displays it: the sign flipped, zero unchanged. */
export function flipSign(value: string): string {
  if (/^-?0+(\.0+)?$/.test(value)) return value.replace(/^-/, '');
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** The primary statements, whose printed columns a reader compares the table with. */
const PRIMARY_STATEMENTS: ReadonlySet<string> = new Set(['BALANCE_SHEET', 'INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW']);

/**
 * A primary statement prints the periods most of its rows report. A period only a row or
 * two reach is another statement's: Apple's balance sheet shows total shareholders' equity,
 * whose 2021 and 2020 balances the equity statement reports; Tesla's, the cash at the
 * start of the cash-flow periods. Such a column is left out of the table (its facts stay in
 * the graph, on their line items and concepts): a column of the whole company (no members)
 * with fewer than a quarter of the rows of the fullest column, when that has eight or more.
 */
function dropStrayColumns<C extends Column>(role: XbrlRole, columns: Map<string, { column: C }>, shown: readonly Fact[][], homesOf: (f: Fact) => C[]): void {
  if (!PRIMARY_STATEMENTS.has(role.kind)) return;
  const rows = new Map<C, number>();
  for (const facts of shown) {
    const reached = new Set(facts.flatMap(homesOf));
    for (const column of reached) rows.set(column, (rows.get(column) ?? 0) + 1);
  }
  const fullest = Math.max(0, ...rows.values());
  if (fullest < 8) return;
  // Member columns (Apple's products and services) stay: the statement prints that split, as rows.
  for (const [key, { column }] of columns) if (column.dimensions.length === 0 && (rows.get(column) ?? 0) * 4 < fullest) columns.delete(key);
}
