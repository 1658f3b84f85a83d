/**
 * The in-memory knowledge graph: plain objects linked by reference. Every entity has
 * a `type` (its GraphQL type name) and an `id` unique within that type, which together
 * make its global Node ID.
 */
import type { FiscalEra, FiscalYearEnd } from './time/fiscal-calendar.js';
import type { Measure, Statement } from '../data/files/table.schema.js';
import type { PackedText } from './packed-text.js';

export type { Measure, Statement };

export interface Entity<T extends string> {
  readonly type: T;
  readonly id: string;
}

export interface Company extends Entity<'Company'> {
  slug: string;
  /** SEC Central Index Key, ten digits zero-padded as `dei:EntityCentralIndexKey` gives it; null for a company known only from curated data that names none. */
  cik: string | null;
  name: string;
  legalName: string;
  formerNames: string[];
  /** Month and day the fiscal year ends, e.g. { month: 12, day: 31 }, and whether it ends on a weekday near that date (52/53-week years). */
  /** The year end of the latest filing (or the curated file): the one the API shows. */
  fiscalYearEnd: FiscalYearEnd;
  /** The year end each filing states, oldest first, for the periods it reports (see `fiscalYearEndOn`); absent for curated companies. */
  fiscalEras?: readonly FiscalEra[];
  securities: Security[];
  listings: Listing[];
  /** Newest first. */
  disclosures: Disclosure[];
  /** In statement order, then printed order. */
  lineItems: LineItem[];
  /** What the company's facts measure, in order of first use. */
  concepts: Concept[];
  /** Prefix of the company's own concept names (`qfin` in `qfin:NetIncome`). */
  conceptPrefix: string;
  // `governance` (people, roles, capital return…) is added by domain/governance/model.ts.
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

export type Exchange = 'NASDAQ' | 'NYSE' | 'HKEX' | 'SSE' | 'SZSE' | 'LSE' | 'NYSE_AMERICAN' | 'NYSE_ARCA' | 'CBOE' | 'OTHER';

/**
 * A security traded under a ticker, over a span of time: tickers are reused (a company's
 * old ticker may be another's today), so a ticker names a company only as of a date.
 */
export interface Listing {
  ticker: string;
  exchange: Exchange;
  security: Security;
  company: Company;
  /** The earliest day the listing is known from (the first filing stating it); null when unknown (curated: as long as the data covers). */
  listedFrom: string | null;
  /** The last day a filing stated it when a later filing of the company no longer does; null while current. */
  listedUntil: string | null;
}

export type DisclosureKind = 'EARNINGS_RELEASE' | 'ANNUAL_REPORT' | 'INTERIM_REPORT' | 'ANNOUNCEMENT';

export interface SourceDocument {
  /** A curated source's file name in the sources folder; a filing's instance path inside the filings folder. */
  path: string;
  sha256: string;
  description: string;
  publisher: string | null;
  url: string | null;
  /**
   * The text itself, for curated sources found in the sources folder (checked against every
   * curated excerpt); null for a filing, whose instance is not kept in memory, and for a
   * curated source the sources folder does not hold.
   */
  text: string | null;
  /** Whether the document was read at load with the recorded SHA-256 (and, if curated, every excerpt checked against it). */
  isVerified: boolean;
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
  /** Publication date: the filing date when known, otherwise the period of report. */
  date: string;
  audited: boolean;
  /** SEC form type (`dei:DocumentType`: "10-K", "10-Q"); null for a document that is no SEC form. */
  form: string | null;
  /** Last day of the period the disclosure reports on. */
  periodOfReport: string;
  /** The fiscal year and period the disclosure reports on ("FY", "Q1"…), as it states them. */
  fiscalYearFocus: number | null;
  fiscalPeriodFocus: string | null;
  /**
   * An amendment (a 10-K/A, or `dei:AmendmentFlag` true): a later report of the figures it
   * repeats, placed after the original it amends. Always false for a curated disclosure.
   */
  isAmendment: boolean;
  /** SEC accession number, e.g. "0000320193-23-000106"; null when unknown. */
  accessionNumber: string | null;
  /** When it was filed or published; null when unknown (a filing without metadata). */
  filedOn: string | null;
  /** ISO 4217 code the disclosure reports money in (convenience translations aside). */
  reportingCurrency: string;
  source: SourceDocument;
  convenienceTranslation: ConvenienceTranslation | null;
  tables: StatementTable[];
  facts: Fact[];
  footnotes: Footnote[];
  definitions: Definition[];
  /** For a filing: its non-numeric facts (text blocks, cover text), in document order. */
  textFacts: TextFact[];
  /** Sentences stating figures, with their section, for provenance and search. */
  statements: { section: string; excerpt: string }[];
  changes: ClaimedChange[];
  checks: Check[];
  // `governance` (what it states of governance and capital return) is added by domain/governance/model.ts.
}

export interface Column {
  /** Unique within its table, e.g. "usd-3m-2024". */
  id: string;
  /** The table the column belongs to: with `id`, what makes the column unique in the graph. */
  table: StatementTable;
  /** e.g. "Three months ended June 30, 2024, RMB". */
  label: string;
  /** Null where the table's row groups carry the period (an equity statement: one group of rows per period, one column per component). */
  period: Period | null;
  /** Members the column is restricted to (a segment, a region); empty for the default member of every axis. */
  dimensions: readonly Dimension[];
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
  /** For a filing: the text facts of the table's concepts (a note's text block, a policy's text); empty otherwise. */
  textFacts: TextFact[];
}

/**
 * A non-numeric fact of a filing: a text block (a note, an accounting policy, a table as
 * XHTML), a cover's text, a date or a flag. Numbers are `Fact`s; these keep their text.
 */
export interface TextFact extends Entity<'TextFact'> {
  concept: Concept;
  disclosure: Disclosure;
  /** Null for a `forever` context. */
  period: Period | null;
  dimensions: readonly Dimension[];
  /** The value as filed (whitespace trimmed; a text block keeps its XHTML markup), packed: read it with `unpackText`. */
  value: PackedText;
  /** Whether the concept is a text block (`…TextBlock`, `dtr-types:textBlockItemType`): a note, policy or table in words. */
  isTextBlock: boolean;
  source: XbrlElementSource;
}

export interface PrintedRow {
  lineItem: LineItem;
  /** The row's own label: for a filing, the concept's label in the role the presentation arc prefers. */
  label: string;
  /** Role of the label the row prints (a negated, total, period start label…); null for the standard label. */
  preferredLabel: LabelRole | null;
  /** Indentation in the printed hierarchy, 0 at the top. */
  depth: number;
  /** For a filing: weight of the row in the calculation of `sumsInto` (+1 or −1); null when no calculation arc names it in this table's role. */
  calculationWeight: number | null;
  /** For a filing: the row whose total this row adds into by the calculation linkbase. */
  sumsInto: LineItem | null;
  /** Whether the row is a total or subtotal of other rows (printed set apart). */
  isTotal: boolean;
  /** One per column; null where the source prints nothing. For a filing: the value as displayed (sign flipped under a negated label). */
  cells: (string | null)[];
  /** The fact of each cell, one per column; null where the source prints nothing. */
  facts: (Fact | null)[];
  /** The members the row's cells are restricted to: the row group it is printed in (Apple's "Products"); empty for the whole company. */
  dimensions: readonly Dimension[];
  /** The period of the row's group, where a table prints one group of rows per period (an equity statement); null when the columns carry the period. */
  period: Period | null;
}

export interface LineItem extends Entity<'LineItem'> {
  company: Company;
  key: string;
  statement: Statement;
  /** Verbatim from the source. */
  label: string;
  /** The label without operator prefixes ("Add:", "Less:") or a heading's colon: for search and display. */
  name: string;
  parent: LineItem | null;
  children: LineItem[];
  /**
   * How the row combines into the total that sums it, as the table-total checks use it:
   * +1 added, −1 subtracted (rows are stored as printed, e.g. operating costs positive).
   * Null when no total sums it (a top-level row, a heading, a metric). For a filing's line
   * item: from its latest filing's calculation linkbase, where the concept has exactly one
   * calculation parent and weight across all roles; null otherwise (filing-weights.ts).
   */
  weight: number | null;
  /** The total `weight` refers to: its parent for a `children` sum, the total row after it for a `siblings` sum. */
  summedInto: LineItem | null;
  /** Position in the printed statement, depth-first, from 1. */
  order: number;
  /** A heading that carries no values of its own. */
  isAbstract: boolean;
  measure: Measure;
  /** Shared by rows that print the same figure in different statements (the data's `concept:` key). */
  sameFigureAs: string | null;
  /** What the line item measures, shared by its twins in other statements. */
  concept: Concept;
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
  /** For a filing's line item: the notes (NOTES tables) whose tables and details print it, so a figure leads to the note that details it. */
  notes: StatementTable[];
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

/** How a source qualifies a figure it states loosely ("approximately", "nearly", "about", "up to"). */
export type FigureQualifier = 'APPROXIMATELY' | 'NEARLY' | 'ABOUT' | 'UP_TO';

/** Where a fact comes from: one variant per kind of source. */
export type FactSource = TableCellSource | NarrativeSource | DerivationSource | XbrlElementSource | CompanyFactsSource;

export interface TableCellSource {
  kind: 'TABLE_CELL';
  disclosure: Disclosure;
  table: StatementTable;
  column: Column;
  /** The row as printed. */
  excerpt: string;
}

export interface NarrativeSource {
  kind: 'NARRATIVE';
  disclosure: Disclosure;
  /** The heading of the section that states it. */
  section: string;
  /** The sentence as printed. */
  excerpt: string;
}

export interface DerivationSource {
  kind: 'DERIVED';
  disclosure: Disclosure;
  /** The table whose facts it is derived from; null for a quarter derived from reports of several disclosures. */
  table: StatementTable | null;
  /** How it was derived. */
  excerpt: string;
}

export interface XbrlElementSource {
  kind: 'XBRL_ELEMENT';
  disclosure: Disclosure;
  /** The instance document, relative to the filings folder; for a fact read from Inline XBRL, the page document holding it. */
  instance: string;
  /** For a fact read from Inline XBRL: the page document holding it, relative to the filings folder (with `elementId`, its place in the pages); null for an instance document's fact. */
  document: string | null;
  /** For a fact read from Inline XBRL: true when it is tagged in `ix:hidden`, so not displayed on the pages. */
  hidden: boolean;
  /** The fact element's id attribute; null when it has none. */
  elementId: string | null;
  /** 1-based line of the element in the instance. */
  line: number | null;
  /** The context and unit ids the element refers to. */
  contextRef: string;
  unitRef: string | null;
}

/** A filing as SEC's companyfacts records it: what its records share. */
export interface CompanyFactsFiling {
  accessionNumber: string;
  form: string;
  filedOn: string;
  /** The filing's fiscal year and period focus as SEC records them (`fy`, `fp`): the filing's, never the fact's period. */
  secFiscalYear: number | null;
  secFiscalPeriod: string | null;
  /** The companyfacts file, relative to the filings folder. */
  file: string;
}

/** A record of SEC's companyfacts (`api/xbrl/companyfacts`): SEC's extract of a filing's fact. */
export interface CompanyFactsSource {
  kind: 'COMPANY_FACTS';
  disclosure: Disclosure;
  filing: CompanyFactsFiling;
  /** The calendar period SEC's frames API assigns the fact to ("CY2023Q3"); null when none. */
  frame: string | null;
}

/** One axis of a fact's context and its member; a fact with none is on the default member of every axis. */
export interface Dimension {
  /** The axis concept, e.g. `srt:StatementGeographicalAxis`. */
  axis: string;
  /** An explicit member's QName (`us-gaap:EMEAMember`), or a typed member's value. */
  member: string;
  typed: boolean;
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
  /** The line item's concept, kept on the fact: with company, period, dimensions and unit it identifies the figure across disclosures. */
  concept: Concept;
  period: Period;
  /** Axes and members; empty for the default member of every axis. */
  dimensions: readonly Dimension[];
  unit: string;
  /** Exact full-unit decimal string. */
  value: string;
  /** Decimal places the value is exact to (negative: -3 for thousands); Infinity for XBRL's `INF` (exact); NaN when unknown (an old filing's `precision`). */
  decimals: number;
  disclosure: Disclosure;
  origin: FactOrigin;
  /** The cell as printed (after any recorded correction). */
  printed: string | null;
  /** How the source words qualify the figure; null when stated exactly. Computed from qualified inputs: APPROXIMATELY. */
  qualifier: FigureQualifier | null;
  /**
   * The one fact to take for its line item, period, unit and disclosure: the most precise
   * printed one (a derived fact only when nothing is printed), exact before qualified, the
   * table cell before the sentence. Set once the graph is built.
   */
  isPrimary: boolean;
  correction: Correction | null;
  /** For a convenience translation: the fact it translates, at the disclosure's rate. */
  translationOf: Fact | null;
  /** For a derived fact: the printed facts it is computed from. */
  derivedFrom: Fact[];
  /** A filing's XBRL footnotes attached to this fact (fact-footnote arcs); empty for any other. */
  footnotes: Footnote[];
  source: FactSource;
  /** For a filed fact that SEC's companyfacts records too: that record (its value is checked against the fact's by a COMPANY_FACTS check). */
  companyFacts?: CompanyFactsSource;
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

/**
 * Where a definition comes from: a curated release's own words, or (for an XBRL concept) a
 * taxonomy definition from one loaded source: the filing's documentation label, SEC's
 * rendering of the filing (the R files' definitions), or SEC's companyfacts `description`.
 */
export type DefinitionSource = 'CURATED' | 'TAXONOMY_DOCUMENTATION' | 'SEC_RENDERING' | 'COMPANYFACTS';

/** What defines a line item: a footnote or a sentence of a section, and its formula. */
export interface Definition extends Entity<'Definition'> {
  source: DefinitionSource;
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

/** A later report that changed a figure's value: a restatement or reclassification. */
export interface Revision extends Entity<'Revision'> {
  company: Company;
  previous: Fact;
  revised: Fact;
  /** revised − previous, exact. */
  difference: string;
}

export type CheckKind =
  | 'CALCULATION'
  | 'DUPLICATE'
  | 'COVER'
  | 'ENTITY'
  | 'TABLE_TOTAL'
  | 'IDENTITY'
  | 'CONVENIENCE_TRANSLATION'
  | 'SAME_CONCEPT'
  | 'SOURCE_TEXT'
  | 'NARRATIVE'
  | 'DERIVED'
  | 'FORMULA'
  | 'PERCENT_CHANGE'
  | 'COMPANY_FACTS';
/** NOT_EVALUATED: the assertion could not be computed (an input has no decimal value, or duplicates of it disagree): neither held nor broken. */
export type CheckStatus = 'PASS' | 'FAIL' | 'NOT_EVALUATED';

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

export type LabelRole =
  | 'STANDARD'
  | 'TERSE'
  | 'VERBOSE'
  | 'TOTAL'
  | 'NEGATED'
  | 'NEGATED_TERSE'
  | 'NEGATED_TOTAL'
  | 'NEGATED_NET'
  | 'NEGATED_PERIOD_START'
  | 'NEGATED_PERIOD_END'
  | 'NET'
  | 'PERIOD_START'
  | 'PERIOD_END'
  | 'DOCUMENTATION'
  | 'OTHER';

export interface ConceptLabel {
  role: LabelRole;
  /** The role URI's last segment as the taxonomy writes it, e.g. `negatedTerseLabel`. */
  roleName: string;
  text: string;
}

/**
 * What a fact measures: an XBRL concept (`us-gaap:Revenues`, `aapl:…`) or a curated line
 * item's concept (`qfin:NetIncome`), one per company and name.
 */
export interface Concept extends Entity<'Concept'> {
  company: Company;
  /** Qualified name, e.g. `us-gaap:Revenues`. */
  name: string;
  /** The standard label. */
  label: string;
  labels: ConceptLabel[];
  periodType: 'INSTANT' | 'DURATION' | null;
  balance: 'DEBIT' | 'CREDIT' | null;
  /** XSD data type as a QName, e.g. `xbrli:monetaryItemType`; null when unknown. */
  dataType: string | null;
  isAbstract: boolean;
  /** For a curated concept: the `us-gaap` concept of the same meaning, when the data records one. */
  usGaapName: string | null;
  lineItems: LineItem[];
  /** The documentation label as a definition, and any curated definitions of its line items. */
  definitions: Definition[];
  /** The concept's text facts in every filing (a text block's note, a cover's text), oldest filing first. */
  textFacts: TextFact[];
}

/** The entities of this module; `Node` (domain/node.ts) adds governance's. */
export type CoreNode = Company | Security | Disclosure | StatementTable | LineItem | Concept | Period | Fact | TextFact | Footnote | Definition | Check | Revision;
