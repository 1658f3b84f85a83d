import type { XbrlFiling, XbrlRole } from '../../xbrl/xbrl-filing.js';
import { NO_DIMENSIONS } from '../dimensions.js';
import { slugify } from '../entities.js';
import type { Graph } from '../graph.js';
import type { Column, Dimension, Disclosure, Fact, Period, PrintedRow, StatementTable, TextFact } from '../model.js';
import { dayBefore } from '../period.js';
import type { BuiltFacts } from './filing-facts.js';
import { conceptNamed, isNegatedRole, labelRole, lineItemOf } from './filing-facts.js';
import { appended, emptyList } from '../shared-empty.js';

/**
 * One statement table per presentation role, printed as SEC's renderer prints it (its R
 * files), so that a reader comparing the two finds the same rows, labels and cells:
 *
 * - Rows come from the role's own arcs, depth-first in `order`; two arcs to one concept
 *   (a beginning and an ending balance) are two rows. The hypercube's scaffolding (the
 *   `[Table]`, its axes, domains and members, and the abstracts above it) is not printed,
 *   nor is a statement's `[Line Items]` container; a note's is; nor a heading whose first
 *   row is another heading.
 * - Columns are the periods of the role's own facts (a fact whose every axis and member is
 *   one of the role's rows, or a fact without dimensions): durations, shorter first, each
 *   latest first, then the instants no period start or end label places in a duration.
 * - Member combinations are row groups below the whole company's rows: a heading with the
 *   members' labels, then the rows that have a value in that combination.
 * - An equity statement turns that around: its components are the columns ("Total" first)
 *   and each period is a group of rows, earliest start first, the beginning balance (its
 *   label dated) first in its group.
 * - A row under a negated label role (every one, legacy `…/role/label/negated` included)
 *   displays each value with its sign flipped; the fact keeps the value as filed.
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
  linkNotes(disclosure);
}

const NOTE_PARTS: ReadonlySet<string> = new Set(['NOTES', 'POLICIES', 'TABLES', 'DETAILS']);

/**
 * Each figure's line item leads to the note that details it: EDGAR titles a note's tables,
 * policies and details after the note ("Revenue (Tables)", "Revenue - Additional Information
 * (Details)"), so a line item printed in one of them is detailed by that note, whose text
 * block is the table's `textFacts`.
 */
function linkNotes(disclosure: Disclosure): void {
  const notes = disclosure.tables.filter((t) => t.statement === 'NOTES').sort((a, b) => b.title.length - a.title.length);
  for (const table of disclosure.tables) {
    if (!NOTE_PARTS.has(table.statement)) continue;
    const note = table.statement === 'NOTES' ? table : notes.find((n) => table.title.startsWith(n.title) && /^( - | \()/.test(table.title.slice(n.title.length)));
    if (!note) continue;
    for (const row of table.rows) if (!row.lineItem.notes.includes(note)) row.lineItem.notes = appended(row.lineItem.notes, note);
  }
}

const dimensionsKey = (dimensions: readonly Dimension[]): string => dimensions.map((d) => `${d.axis}=${d.member}`).join('&');

/** The primary statements: their `[Line Items]` container is not printed, and a stray column of another statement is left out. */
const PRIMARY_STATEMENTS: ReadonlySet<string> = new Set(['BALANCE_SHEET', 'INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'EQUITY', 'PARENTHETICAL']);

/** A presentation row as printed: the arc's row, its printed depth, and the facts the role shows for it. */
interface Line {
  index: number;
  concept: string;
  preferredLabel: string | null;
  depth: number;
  /** The nearest printed ancestor, or null. */
  parent: Line | null;
  abstract: boolean;
  edge: 'start' | 'end' | null;
  facts: Fact[];
}

/** A group of printed rows: a member combination, or (in an equity statement) a period. */
interface Group {
  dimensions: readonly Dimension[];
  period: Period | null;
  /** The heading row's label (the members' labels), or null for no heading. */
  heading: string | null;
  headingConcept: string | null;
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
    textFacts: textFactsOf(role, built),
  });
  disclosure.tables.push(table);

  const lines = printedLines(role, built);
  // Every concept of the role stays linked to the table, printed or not (a member, an axis).
  role.rows.forEach((row) => {
    const lineItem = lineItemOf(graph, conceptNamed(graph, company, row.concept), role.kind, null);
    if (!lineItem.tables.includes(table)) lineItem.tables.push(table);
  });
  const rank = new Map<string, number>();
  role.rows.forEach((r, i) => rank.has(r.concept) || rank.set(r.concept, i));
  const memberLabel = (d: Dimension) => (d.typed ? d.member : memberLabelOf(built, role, d.member));
  const combos = new Map<string, readonly Dimension[]>();
  for (const line of lines) for (const f of line.facts) if (f.dimensions.length > 0) combos.set(dimensionsKey(f.dimensions), f.dimensions);
  const firstRow = new Map<string, number>();
  for (const line of lines) for (const f of line.facts) if (!firstRow.has(dimensionsKey(f.dimensions))) firstRow.set(dimensionsKey(f.dimensions), line.index);
  const byRank = (a: readonly Dimension[], b: readonly Dimension[]) => {
    const order = (ds: readonly Dimension[]) => [ds.length, firstRow.get(dimensionsKey(ds)) ?? Infinity, ...inAxisOrder(ds).flatMap((d) => [rank.get(d.axis) ?? Infinity, rank.get(d.member) ?? Infinity])];
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
  };
  const inAxisOrder = (ds: readonly Dimension[]) => [...ds].sort((a, b) => (rank.get(a.axis) ?? 0) - (rank.get(b.axis) ?? 0));
  // Groups as SEC's renderer lists them: fewer members first, then by their first row, then by axis and member in presentation order.
  const members = [...combos.values()].sort(byRank);

  const equity = role.kind === 'EQUITY' && members.length > 0;
  let groups: Group[];
  // A cell's facts: the row's facts of the group and column, in document order.
  let cellFacts: (line: Line, group: Group, column: Column) => Fact[];
  if (equity) {
    const label = (ds: readonly Dimension[]) => (ds.length === 0 ? 'Total' : inAxisOrder(ds).map(memberLabel).join(' | '));
    table.columns = [NO_DIMENSIONS, ...members].map((dimensions, i) => ({ id: `c${i + 1}`, table, label: label(dimensions), period: null, dimensions, currency: disclosure.reportingCurrency, group: 'all', translates: null }));
    const periods = new Map<string, Period>();
    for (const line of lines) for (const f of line.facts) if (f.period.startDate) periods.set(f.period.id, f.period);
    groups = [...periods.values()]
      .sort((a, b) => a.startDate!.localeCompare(b.startDate!) || a.endDate.localeCompare(b.endDate))
      .map((period) => ({ dimensions: NO_DIMENSIONS, period, heading: null, headingConcept: null }));
    cellFacts = (line, group, column) => line.facts.filter((f) => dimensionsKey(f.dimensions) === dimensionsKey(column.dimensions) && inPeriod(f, line.edge, group.period!));
  } else {
    const columns = periodColumns(table, disclosure, role, lines);
    table.columns = columns.list;
    const whole = lines.some((line) => line.facts.some((f) => f.dimensions.length === 0));
    groups = [...(whole ? [NO_DIMENSIONS] : []), ...members].map((dimensions) => {
      const ordered = inAxisOrder(dimensions);
      return { dimensions, period: null, heading: dimensions.length ? ordered.map(memberLabel).join(' | ') : null, headingConcept: ordered[0]?.typed === false ? ordered[0].member : null };
    });
    cellFacts = (line, group, column) => line.facts.filter((f) => dimensionsKey(f.dimensions) === dimensionsKey(group.dimensions) && columns.homes(line, f).includes(column));
  }

  for (const group of groups) {
    const cellsOf = lines.map((line) => table.columns.map((column) => cellFacts(line, group, column)[0] ?? null));
    const valued = cellsOf.map((facts) => facts.some((f) => f !== null));
    // A heading is printed when a row below it has a value in the group; a row without
    // value is printed in the whole company's group when the filing reports it (nil included).
    const shown = lines.map((line, i) => valued[i] || (group.dimensions.length === 0 && !group.period && !line.abstract && built.reported.has(line.concept)));
    for (let i = lines.length - 1; i >= 0; i--) if (shown[i] && lines[i].parent) shown[lines[i].parent!.index] = true;
    let order = lines.map((_, i) => i).filter((i) => shown[i]);
    // A heading whose first printed row is a heading under it is not printed (SEC shows
    // "Current assets:", not "ASSETS:" above it, nor the statement's "[Abstract]").
    order = order.filter((i, k) => !(lines[i].abstract && k + 1 < order.length && lines[order[k + 1]].abstract && lines[order[k + 1]].parent === lines[i]));
    if (order.length === 0 || !order.some((i) => valued[i])) continue;
    const sequence: { i: number; repeat: boolean }[] = order.map((i) => ({ i, repeat: false }));
    if (group.period) liftBalances(lines, sequence);
    // A member every figure of the table has is SEC's title ("… - Restricted stock units"), not a group heading.
    const sole = group.dimensions.length > 0 && groups.length === 1;
    if (group.heading !== null && !sole) table.rows.push(headingRow(graph, disclosure, role, table, group, built));
    for (const { i, repeat } of sequence) {
      const line = lines[i];
      const facts = repeat ? table.columns.map(() => null) : cellsOf[i];
      table.rows.push(printedRow(graph, disclosure, role, table, line, facts, group, built, weights, totals));
    }
  }
  table.lineItems = [...new Set(table.rows.filter((r) => r.depth === 0 && r.dimensions.length === 0).map((r) => r.lineItem))];
}

/**
 * The rows SEC prints of a role: the hypercube's scaffolding (its `[Table]`, axes, domains
 * and members, and the abstracts above it) is left out, and so is a statement's
 * `[Line Items]` container; depths count printed ancestors only.
 */
function printedLines(role: XbrlRole, built: BuiltFacts): Line[] {
  const rows = role.rows;
  const children = rows.map(() => [] as number[]);
  rows.forEach((r, i) => r.parent !== null && children[r.parent].push(i));
  const local = (c: string) => c.slice(c.indexOf(':') + 1);
  const isAxis = (i: number) => built.axes.has(rows[i].concept) || /Axis$/.test(local(rows[i].concept));
  const isTable = (i: number) => children[i].some(isAxis) || (/Table$/.test(local(rows[i].concept)) && built.abstracts.has(rows[i].concept));
  const hidden = rows.map(() => false);
  const hide = (i: number) => {
    hidden[i] = true;
    children[i].forEach(hide);
  };
  rows.forEach((_, i) => {
    if (!isTable(i)) return;
    for (let p = rows[i].parent; p !== null; p = rows[p].parent) hidden[p] = true; // the abstracts above the table
    hidden[i] = true;
    for (const c of children[i]) {
      if (isAxis(c)) hide(c);
      else if (PRIMARY_STATEMENTS.has(role.kind)) hidden[c] = true; // a statement's [Line Items]
    }
  });
  const inRole = new Set(rows.map((r) => r.concept));
  const fits = (f: Fact) => f.dimensions.every((d) => inRole.has(d.axis) && (d.typed || inRole.has(d.member)));
  const lines: Line[] = [];
  const lineOf = new Map<number, Line>();
  rows.forEach((r, i) => {
    if (hidden[i]) return;
    let p = r.parent;
    while (p !== null && hidden[p]) p = rows[p].parent;
    const parent = p === null ? null : lineOf.get(p)!;
    const edge = r.preferredLabel?.match(/period(Start|End)/i)?.[1]?.toLowerCase() as 'start' | 'end' | undefined;
    const facts = (built.byConcept.get(r.concept) ?? []).filter(fits);
    const line: Line = { index: lines.length, concept: r.concept, preferredLabel: r.preferredLabel, depth: parent ? parent.depth + 1 : 0, parent, abstract: built.abstracts.has(r.concept) || (facts.length === 0 && children[i].length > 0), edge: edge ?? null, facts };
    lines.push(line);
    lineOf.set(i, line);
  });
  return lines;
}

/** Whether a fact is the value an equity statement's row prints for a period: a balance at its start or end, or a flow over it. */
function inPeriod(f: Fact, edge: 'start' | 'end' | null, period: Period): boolean {
  if (f.period.startDate) return f.period === period || (f.period.startDate === period.startDate && f.period.endDate === period.endDate);
  if (edge === 'start') return f.period.endDate === dayBefore(period.startDate!);
  return f.period.endDate === period.endDate;
}

/**
 * In a period's group, SEC prints the beginning balance first, above its roll-forward's
 * heading, and repeats that heading after the ending balance when rows follow it.
 */
function liftBalances(lines: Line[], sequence: { i: number; repeat: boolean }[]): void {
  for (let k = 1; k < sequence.length; k++) {
    const line = lines[sequence[k].i];
    if (line.edge === 'start' && line.parent && sequence[k - 1].i === line.parent.index) [sequence[k - 1], sequence[k]] = [sequence[k], sequence[k - 1]];
  }
  for (let k = 0; k < sequence.length - 1; k++) {
    const line = lines[sequence[k].i];
    const next = lines[sequence[k + 1].i];
    if (line.edge === 'end' && line.parent && next.parent !== line.parent && !sequence[k + 1].repeat) sequence.splice(k + 1, 0, { i: line.parent.index, repeat: true });
  }
}

/** The periods of a non-equity table: durations (shorter first, latest first), then instants no balance row places in a duration. */
function periodColumns(table: StatementTable, disclosure: Disclosure, role: XbrlRole, lines: Line[]): { list: Column[]; homes: (line: Line, f: Fact) => Column[] } {
  const byPeriod = new Map<string, Column>();
  const columnOf = (p: Period): Column => {
    let column = byPeriod.get(p.id);
    if (!column) byPeriod.set(p.id, (column = { id: '', table, label: p.label, period: p, dimensions: NO_DIMENSIONS, currency: disclosure.reportingCurrency, group: 'all', translates: null }));
    return column;
  };
  for (const line of lines) for (const f of line.facts) if (f.period.startDate) columnOf(f.period);
  const durations = [...byPeriod.values()];
  const placed = new Map<string, Column[]>();
  const key = (line: Line, f: Fact) => `${line.index}|${f.id}`;
  for (const line of lines) {
    for (const f of line.facts) {
      if (f.period.startDate) continue;
      // A balance under a start or end label opens or closes its durations; any other instant
      // is shown in every duration that ends on its date, as SEC prints it.
      const homes = durations.filter((c) => (line.edge === 'start' ? dayBefore(c.period!.startDate!) : c.period!.endDate) === f.period.endDate);
      // A start balance that opens no column shown here is the end balance of another row.
      if (line.edge && homes.length === 0 && durations.length > 0) placed.set(key(line, f), []);
      else placed.set(key(line, f), homes.length > 0 ? homes : [columnOf(f.period)]);
    }
  }
  const homes = (line: Line, f: Fact): Column[] => (f.period.startDate ? [byPeriod.get(f.period.id)].filter((c): c is Column => c !== undefined) : placed.get(key(line, f)) ?? []);
  dropStrayColumns(role, byPeriod, lines, homes);
  const span = (c: Column) => (c.period!.startDate ? Math.round((Date.parse(c.period!.endDate) - Date.parse(c.period!.startDate)) / 2_629_800_000) : 0);
  const list = [...byPeriod.values()].sort((a, b) => span(a) - span(b) || b.period!.endDate.localeCompare(a.period!.endDate));
  list.forEach((c, i) => (c.id = `c${i + 1}`)); // numbered in display order
  const kept = new Set(list);
  return { list, homes: (line, f) => homes(line, f).filter((c) => kept.has(c)) };
}

/**
 * A primary statement prints the periods most of its rows report. A period only a row or
 * two reach is another statement's: Apple's balance sheet shows total shareholders' equity,
 * whose 2021 and 2020 balances the equity statement reports; Tesla's, the cash at the
 * start of the cash-flow periods. Such a column is left out of the table (its facts stay in
 * the graph, on their line items and concepts): a column with fewer than a quarter of the
 * whole company's rows of the fullest column, when that has eight or more.
 */
function dropStrayColumns(role: XbrlRole, columns: Map<string, Column>, lines: Line[], homesOf: (line: Line, f: Fact) => Column[]): void {
  if (!PRIMARY_STATEMENTS.has(role.kind)) return;
  const rows = new Map<Column, number>();
  for (const line of lines) {
    const reached = new Set(line.facts.filter((f) => f.dimensions.length === 0).flatMap((f) => homesOf(line, f)));
    for (const column of reached) rows.set(column, (rows.get(column) ?? 0) + 1);
  }
  const fullest = Math.max(0, ...rows.values());
  if (fullest < 8) return;
  for (const [key, column] of columns) if ((rows.get(column) ?? 0) * 4 < fullest) columns.delete(key);
}

/** A member's label as the role prints it (its preferred label there), else its own label: never its QName when the filing labels it. */
function memberLabelOf(built: BuiltFacts, role: XbrlRole, member: string): string {
  const row = role.rows.find((r) => r.concept === member);
  const labels = built.labels.get(member) ?? {};
  return (row?.preferredLabel ? labels[row.preferredLabel] : undefined) ?? labels.terseLabel ?? labels.label ?? member;
}

function headingRow(graph: Graph, disclosure: Disclosure, role: XbrlRole, table: StatementTable, group: Group, built: BuiltFacts): PrintedRow {
  const concept = conceptNamed(graph, disclosure.company, group.headingConcept ?? group.dimensions[0].axis);
  const blank = table.columns.map(() => null);
  return new FilingRow({ lineItem: lineItemOf(graph, concept, role.kind, null), label: group.heading!, preferredLabel: null, depth: 0, calculationWeight: null, sumsInto: null, isTotal: false, cells: blank, facts: [...blank] }, group.dimensions, null);
}

function printedRow(
  graph: Graph,
  disclosure: Disclosure,
  role: XbrlRole,
  table: StatementTable,
  line: Line,
  facts: (Fact | null)[],
  group: Group,
  built: BuiltFacts,
  weights: Map<string, { weight: number; parent: string }>,
  totals: ReadonlySet<string>,
): PrintedRow {
  const company = disclosure.company;
  const concept = conceptNamed(graph, company, line.concept);
  const lineItem = lineItemOf(graph, concept, role.kind, null);
  const negated = isNegatedRole(line.preferredLabel);
  const labels = built.labels.get(line.concept) ?? {};
  let label = (line.preferredLabel ? labels[line.preferredLabel] ?? labels[`${line.preferredLabel}Label`] : undefined) ?? labels.label ?? concept.label;
  // An equity statement's balance rows name their date, as SEC prints them ("Beginning balances at Sep. 30, 2023").
  if (group.period && line.edge) label = `${label} at ${secDate(line.edge === 'start' ? dayBefore(group.period.startDate!) : group.period.endDate)}`;
  const calc = weights.get(`${role.roleUri}|${line.concept}`);
  return new FilingRow({
    lineItem,
    label,
    preferredLabel: line.preferredLabel === null || line.preferredLabel === 'label' ? null : labelRole(line.preferredLabel),
    depth: line.depth,
    // A total: printed with a total label, or the sum of other rows by the role's calculations.
    isTotal: /total/i.test(line.preferredLabel ?? '') || totals.has(`${role.roleUri}|${line.concept}`),
    calculationWeight: calc?.weight ?? null,
    sumsInto: calc ? lineItemOf(graph, conceptNamed(graph, company, calc.parent), role.kind, null) : null,
    cells: facts.map((f) => (f === null ? null : negated ? flipSign(f.value) : f.value)),
    facts,
  }, group.dimensions, group.period);
}

/**
 * A filing's printed row. Most rows are printed for the whole company with the columns
 * carrying the period: those two fields live once on the prototype (16 B a row), and a row
 * of a row group (a segment, an equity statement's period) has its own.
 */
class FilingRow {
  declare dimensions: PrintedRow['dimensions'];
  declare period: PrintedRow['period'];
  lineItem: PrintedRow['lineItem'];
  label: string;
  preferredLabel: PrintedRow['preferredLabel'];
  depth: number;
  isTotal: boolean;
  calculationWeight: PrintedRow['calculationWeight'];
  sumsInto: PrintedRow['sumsInto'];
  cells: PrintedRow['cells'];
  facts: PrintedRow['facts'];

  constructor(fields: Omit<PrintedRow, 'dimensions' | 'period'>, dimensions: PrintedRow['dimensions'], period: PrintedRow['period']) {
    this.lineItem = fields.lineItem;
    this.label = fields.label;
    this.preferredLabel = fields.preferredLabel;
    this.depth = fields.depth;
    this.isTotal = fields.isTotal;
    this.calculationWeight = fields.calculationWeight;
    this.sumsInto = fields.sumsInto;
    this.cells = fields.cells;
    this.facts = fields.facts;
    if (dimensions !== NO_DIMENSIONS) this.dimensions = dimensions;
    if (period !== null) this.period = period;
  }
}
Object.assign(FilingRow.prototype, { dimensions: NO_DIMENSIONS, period: null });

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

/** A date as SEC's renderer writes it: "Sep. 30, 2023". */
function secDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${String(d).padStart(2, '0')}, ${y}`;
}

/** The value as a negated label displays it: the sign flipped, zero unchanged. */
export function flipSign(value: string): string {
  if (/^-?0+(\.0+)?$/.test(value)) return value.replace(/^-/, '');
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** The text facts of a table's concepts; the shared empty list for the many tables without one. */
function textFactsOf(role: XbrlRole, built: BuiltFacts): TextFact[] {
  const found = [...new Set(role.rows.flatMap((r) => built.textFacts.get(r.concept) ?? []))];
  return found.length > 0 ? found : emptyList();
}
