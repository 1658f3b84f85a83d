/**
 * The in-memory knowledge graph: plain objects linked by reference. Every entity has
 * a `type` (its GraphQL type name) and an `id` unique within that type, which together
 * make its global Node ID.
 */
import type { Measure, Statement } from '../data/files/table.schema.js';

export type { Measure, Statement };
import type { CompanyGovernance, DisclosureGovernance, GovernanceNode } from './governance/model.js';

export interface Entity<T extends string> {
  readonly type: T;
  readonly id: string;
}

export interface Company extends Entity<'Company'> {
  slug: string;
  name: string;
  legalName: string;
  formerNames: string[];
  /** Month and day the fiscal year ends, e.g. { month: 12, day: 31 }. */
  fiscalYearEnd: { month: number; day: number };
  securities: Security[];
  listings: Listing[];
  /** Newest first. */
  disclosures: Disclosure[];
  /** In statement order, then printed order. */
  lineItems: LineItem[];
  /** People, roles, board changes, capital return, guidance, events, quotes; absent until a disclosure states any. */
  governance?: CompanyGovernance;
}

export type SecurityKind = 'ORDINARY_SHARE' | 'PREFERRED_SHARE' | 'ADS' | 'BOND';

export interface Security extends Entity<'Security'> {
  company: Company;
  name: string;
  kind: SecurityKind;
  shareClass: string | null;
  underlying: Security | null;
  underlyingPerUnit: string | null;
  listings: Listing[];
}

export interface Listing {
  ticker: string;
  exchange: string;
  security: Security;
  company: Company;
}

export type DisclosureKind = 'EARNINGS_RELEASE' | 'ANNUAL_REPORT' | 'INTERIM_REPORT' | 'ANNOUNCEMENT';

export interface SourceDocument {
  /** Path of the source text inside the data folder. */
  path: string;
  sha256: string;
  description: string;
  publisher: string | null;
  url: string | null;
  text: string;
}

export interface ConvenienceTranslation {
  from: string;
  to: string;
  /** Units of `from` per one unit of `to`. */
  rate: string;
  asOf: string;
  excerpt: string;
}

export interface Disclosure extends Entity<'Disclosure'> {
  slug: string;
  company: Company;
  title: string;
  kind: DisclosureKind;
  date: string;
  audited: boolean;
  source: SourceDocument;
  convenienceTranslation: ConvenienceTranslation | null;
  tables: StatementTable[];
  facts: Fact[];
  footnotes: Footnote[];
  definitions: Definition[];
  /** Sentences stating figures, with their section, for provenance and search. */
  statements: { section: string; excerpt: string }[];
  changes: ClaimedChange[];
  checks: Check[];
  /** What the disclosure states of governance and capital return; absent when it states none. */
  governance?: DisclosureGovernance;
}

export interface Column {
  /** Unique within its table, e.g. "usd-3m-2024". */
  id: string;
  /** The table the column belongs to: with `id`, what makes the column unique in the graph. */
  table: StatementTable;
  /** e.g. "Three months ended June 30, 2024, RMB". */
  label: string;
  period: Period;
  currency: string;
  group: string;
  translates: Column | null;
}

export interface StatementTable extends Entity<'StatementTable'> {
  slug: string;
  disclosure: Disclosure;
  title: string;
  statement: Statement;
  /** Power of ten applied to monetary cells, e.g. 3 for thousands. */
  scaleExponent: number;
  columns: Column[];
  /** Text that locates the table in the source (its title unless the file says otherwise). */
  anchor: string;
  /** Top-level rows in printed order. */
  lineItems: LineItem[];
  /** Every row, depth-first in printed order, with its cells as the source text prints them. */
  rows: PrintedRow[];
}

export interface PrintedRow {
  lineItem: LineItem;
  /** Indentation in the printed hierarchy, 0 at the top. */
  depth: number;
  /** Whether the row is a total or subtotal of other rows (printed set apart). */
  isTotal: boolean;
  /** One per column; null where the source prints nothing. */
  cells: (string | null)[];
  /** The fact of each cell, one per column; null where the source prints nothing. */
  facts: (Fact | null)[];
}

export interface LineItem extends Entity<'LineItem'> {
  company: Company;
  key: string;
  statement: Statement;
  /** Verbatim from the source. */
  label: string;
  parent: LineItem | null;
  children: LineItem[];
  /** Position in the printed statement, depth-first, from 1. */
  order: number;
  /** A heading that carries no values of its own. */
  isAbstract: boolean;
  measure: Measure;
  /** Shared by rows that print the same figure in different statements. */
  concept: string | null;
  /** For a total of unprinted components: allowed translation difference in printed units, and why. */
  translationTolerance: { units: string; note: string } | null;
  /** The noun a `count` row counts, e.g. "users". */
  countUnit: string | null;
  /** Read as an instant at the start or end of a duration column. */
  at: 'start' | 'end' | null;
  /** The tables that print this row. */
  tables: StatementTable[];
  facts: Fact[];
  footnotes: Footnote[];
  definitions: Definition[];
}

export interface Period extends Entity<'Period'> {
  company: Company;
  /** Null for an instant. */
  startDate: string | null;
  endDate: string;
  fiscalYear: number;
  /** "Q2", "6M", "FY", or null for an instant or an irregular span. */
  fiscalPeriod: string | null;
  /** "Q2 2024", "6M 2024", "Jun 30, 2024". */
  label: string;
}

export type FactOrigin = 'PRINTED' | 'DERIVED';

export interface FactSource {
  disclosure: Disclosure;
  table: StatementTable | null;
  column: Column | null;
  /** The row or sentence as printed; for a derived fact, how it was derived. */
  excerpt: string;
  /** For a fact stated in prose: the heading of the section that states it. */
  section: string | null;
}

export interface Correction {
  /** What the source text prints. */
  printed: string;
  /** What the data records instead. */
  corrected: string;
  note: string;
}

export interface Fact extends Entity<'Fact'> {
  lineItem: LineItem;
  period: Period;
  unit: string;
  /** Exact full-unit decimal string. */
  value: string;
  /** Decimal places the value is exact to (negative: -3 for thousands). */
  decimals: number;
  disclosure: Disclosure;
  origin: FactOrigin;
  /** The cell as printed (after any recorded correction). */
  printed: string | null;
  correction: Correction | null;
  /** For a convenience translation: the fact it translates, at the disclosure's rate. */
  translationOf: Fact | null;
  /** For a derived fact: the printed facts it is computed from. */
  derivedFrom: Fact[];
  source: FactSource;
}

export interface Footnote extends Entity<'Footnote'> {
  disclosure: Disclosure;
  number: number;
  /** Verbatim, with OCR errors corrected as recorded in `corrections`. */
  text: string;
  corrections: TextCorrection[];
  lineItems: LineItem[];
}

/** A word of the source text that OCR garbled, and what the data reads instead. */
export interface TextCorrection {
  printed: string;
  corrected: string;
  note: string;
}

export interface FormulaTerm {
  lineItem: LineItem;
  /** Multiplier of the term, e.g. "1", "-1", "0.5". */
  weight: string;
}

/** A measure as a computation on other line items: a weighted sum, or a ratio of two sums. */
export interface Formula {
  kind: 'SUM' | 'RATIO';
  /** The sum's terms, or the ratio's numerator. */
  numerator: FormulaTerm[];
  /** The ratio's denominator; empty for a sum. */
  denominator: FormulaTerm[];
  /** Largest difference from a reported value that passes, when not the default half unit. */
  tolerance: string | null;
  toleranceNote: string | null;
}

/** What defines a line item: a footnote or a sentence of a section, and its formula. */
export interface Definition extends Entity<'Definition'> {
  disclosure: Disclosure;
  lineItem: LineItem;
  /** The defining text, verbatim; null when the release defines the measure nowhere in words. */
  text: string | null;
  /** Why the measure is computed as it is, when there is no defining text. */
  basis: string | null;
  footnote: Footnote | null;
  section: string | null;
  formula: Formula | null;
}

/** A percent change a sentence claims between two facts of a line item. */
export interface ClaimedChange {
  disclosure: Disclosure;
  lineItem: LineItem;
  from: Period;
  to: Period;
  /** As a fraction, signed: "-0.232" for "a decrease of 23.2%". */
  claimed: string;
  decimals: number;
  printed: string;
  excerpt: string;
}

export type CheckKind =
  | 'TABLE_TOTAL'
  | 'IDENTITY'
  | 'CONVENIENCE_TRANSLATION'
  | 'SAME_CONCEPT'
  | 'SOURCE_TEXT'
  | 'NARRATIVE'
  | 'DERIVED'
  | 'FORMULA'
  | 'PERCENT_CHANGE';
export type CheckStatus = 'PASS' | 'FAIL';

export interface Check extends Entity<'Check'> {
  disclosure: Disclosure;
  kind: CheckKind;
  /** What is asserted, in words. */
  name: string;
  expected: string;
  actual: string;
  tolerance: string;
  status: CheckStatus;
  /** Why it failed, or how it was evaluated. */
  detail: string;
  /** The fact being checked, when there is one. */
  subject: Fact | null;
  inputs: Fact[];
}

export type Node = Company | Security | Disclosure | StatementTable | LineItem | Period | Fact | Footnote | Definition | Check | GovernanceNode;
