/**
 * What the XBRL reader hands to the graph builder: one filing, read from its instance
 * and the linkbases that XBRL discovery reaches (instance → schemaRef → linkbaseRefs),
 * normalised but not yet linked into the graph. Plain data only: no domain imports, so
 * the reader can be tested alone and the builder (src/domain) maps it like any source.
 */

/** A qualified name as the filing writes it with its own prefixes, e.g. `us-gaap:Revenues`. */
export type QName = string;

/** Label roles, by the last segment of their role URI (`terseLabel`, `documentation`, …). */
export type LabelRole =
  | 'label'
  | 'terseLabel'
  | 'verboseLabel'
  | 'totalLabel'
  | 'negatedLabel'
  | 'negatedTerseLabel'
  | 'negatedTotalLabel'
  | 'periodStartLabel'
  | 'periodEndLabel'
  | 'documentation'
  | (string & {});

export interface XbrlConcept {
  name: QName;
  /** Namespace URI of the prefix. */
  namespace: string;
  /** From the company schema when it declares the concept, otherwise from the contexts of its facts. */
  periodType: 'instant' | 'duration' | null;
  /** From the company schema when it declares the concept; null when unknown. */
  balance: 'debit' | 'credit' | null;
  /** XSD data type as a QName (`xbrli:monetaryItemType`), or inferred from usage (unit measures); null when unknown. */
  dataType: QName | null;
  abstract: boolean;
  /** Label text by role (English; the first found when a role repeats). */
  labels: Record<LabelRole, string>;
}

export type XbrlPeriod = { kind: 'instant'; date: string } | { kind: 'duration'; startDate: string; endDate: string } | { kind: 'forever' };

/**
 * One dimension of a context. Explicit members are QNames; typed members keep their
 * XML content as text. Instant dates in XBRL mean the end of that day; `date` here is
 * already the ISO calendar date (an `endDate` of `2023-09-30` stays `2023-09-30`).
 */
export type XbrlDimension = { kind: 'explicit'; axis: QName; member: QName } | { kind: 'typed'; axis: QName; value: string };

export interface XbrlContext {
  id: string;
  /** Entity identifier (the CIK for SEC filings) and its scheme. */
  entity: { scheme: string; identifier: string };
  period: XbrlPeriod;
  /** Sorted by axis; empty for the default member of every axis. */
  dimensions: XbrlDimension[];
}

/** `USD`, `shares`, `USD/shares`, `pure`: local names of the measures, numerator/denominator. */
export interface XbrlUnit {
  id: string;
  numerator: string[];
  denominator: string[];
  /** Canonical name built from the measures, never from the unit's id. */
  name: string;
}

export interface XbrlFact {
  concept: QName;
  context: XbrlContext;
  /** Null for a non-numeric fact. */
  unit: XbrlUnit | null;
  /**
   * Exactly as filed (whitespace trimmed); null when `xsi:nil`. A numeric fact's value is a
   * decimal or float lexical form, which includes xsd:float/double's `INF`, `-INF` and `NaN`.
   */
  value: string | null;
  /**
   * `INF`, an integer, or null for a non-numeric fact. Also null for a numeric fact of an
   * old filing that gives a finite `precision` instead (counted in the filing's `notes`);
   * `precision="INF"` is `INF`.
   */
  decimals: number | 'INF' | null;
  /** The element's id attribute, when it has one: where the fact is in the source. */
  elementId: string | null;
  /** 1-based line of the element in the instance document (the Inline XBRL document for an inline fact). */
  line: number | null;
  /**
   * For a fact read from Inline XBRL: the document holding it, relative to the filing folder
   * (`aapl-20250329.htm`); with `elementId` it is the fact's place in the filing's pages.
   * Absent for a fact of an XBRL instance document.
   */
  document?: string;
  /** For a fact read from Inline XBRL: true when it is in `ix:hidden` (tagged, not displayed on the pages). */
  hidden?: boolean;
}

/** An XBRL footnote (`link:footnote`) and the facts its fact-footnote arcs attach it to. */
export interface XbrlFootnote {
  /** The resource's id, or its xlink:label. */
  id: string;
  /** Its text, markup dropped, whitespace collapsed. */
  text: string;
  /** The footnote's role URI (usually `http://www.xbrl.org/2003/role/footnote`). */
  role: string | null;
  facts: XbrlFact[];
  line: number;
}

/** Facts with the same concept, context and unit, reported more than once. */
export interface XbrlDuplicate {
  facts: XbrlFact[];
  /** Consistent: every value equal once rounded to the least precise `decimals`. */
  consistent: boolean;
}

export type StatementKind =
  | 'BALANCE_SHEET'
  | 'INCOME_STATEMENT'
  | 'COMPREHENSIVE_INCOME'
  | 'CASH_FLOW'
  | 'EQUITY'
  | 'PARENTHETICAL'
  | 'COVER'
  | 'NOTES'
  | 'POLICIES'
  | 'TABLES'
  | 'DETAILS'
  | 'OTHER';

export interface XbrlPresentationRow {
  concept: QName;
  /** 0 for a root of the role's tree. */
  depth: number;
  /** Last segment of the arc's preferredLabel role, or null for the standard label. */
  preferredLabel: LabelRole | null;
  /** Position among all rows of the role, depth-first in arc order, from 0. */
  order: number;
  /** Index of the parent row in `rows`, or null for a root. */
  parent: number | null;
}

export interface XbrlRole {
  roleUri: string;
  /** From the schema's roleType definition, e.g. `0000002 - Statement - CONSOLIDATED BALANCE SHEETS`. */
  definition: string;
  /** The definition without its sort code and category. */
  title: string;
  kind: StatementKind;
  /** Depth-first, in arc order. */
  rows: XbrlPresentationRow[];
}

export interface XbrlCalculationArc {
  roleUri: string;
  parent: QName;
  child: QName;
  weight: number;
  order: number;
}

export interface XbrlFiling {
  /** Folder the filing was found in, and its instance document (absolute paths). */
  folder: string;
  instancePath: string;
  /** From metadata.json when present. */
  metadata: {
    companyName: string | null;
    cik: string | null;
    ticker: string | null;
    form: string | null;
    filingDate: string | null;
    accessionNumber: string | null;
    /** The filing's main document as EDGAR lists it (`primary_document`, written by `npm run fetch`). */
    primaryDocument: string | null;
  } | null;
  /** From the `dei` cover facts (the contexts without dimensions). */
  cover: {
    documentType: string;
    registrantName: string;
    /** Ten digits, zero-padded, as `dei:EntityCentralIndexKey` gives it. */
    cik: string;
    tradingSymbols: string[];
    /** `--MM-DD` as filed, or null. */
    fiscalYearEnd: string | null;
    fiscalYearFocus: number | null;
    fiscalPeriodFocus: string | null;
    periodEndDate: string;
    amendment: boolean;
  };
  /**
   * What identifies the filing among all others: its accession number from metadata.json,
   * else from the name of EDGAR's folder (`<accession without dashes>`); lacking both, a key
   * derived from the instance's content (`sha256:<first 20 hex digits>`), so that the same
   * filing found twice is still one filing.
   */
  accession: { number: string | null; key: string; basis: 'METADATA' | 'FOLDER_NAME' | 'CONTENT' };
  /** SHA-256 of the instance document (hex): which exact version was read (kept by the store, so serving needs no file). */
  instanceSha256: string;
  concepts: Map<QName, XbrlConcept>;
  /** Every fact, duplicates included, in document order. */
  facts: XbrlFact[];
  duplicates: XbrlDuplicate[];
  roles: XbrlRole[];
  calculations: XbrlCalculationArc[];
  /** Axis → its default member, from the definition linkbase. */
  dimensionDefaults: Map<QName, QName>;
  /** Every context of the instance, used or not, in document order. */
  contexts?: XbrlContext[];
  /** Every unit of the instance, in document order. */
  units?: XbrlUnit[];
  /** XBRL footnotes attached to facts (`link:footnoteLink`). */
  footnotes?: XbrlFootnote[];
  /** Definitions of concepts from a loaded source other than the taxonomy (SEC's R files), by QName. */
  definitions?: Map<QName, { text: string; source: string }>;
  /** What the reader skipped or simplified in this filing (prohibited arcs, …), for the load log. */
  notes?: string[];
}

/** One reported fact taking part in a calculation check, with its weight (children only). */
export interface XbrlCalculationItem {
  fact: XbrlFact;
  /** Weight of the arc from the parent (1 for the parent itself). */
  weight: number;
  /** The fact's value rounded to the decimals the check uses (a decimal string). */
  rounded: string;
}

/**
 * One summation checked in one context and unit (XBRL Calculations 1.1, round-to-nearest):
 * every value is rounded to the lowest `decimals` among the parent and its reported
 * children, and the parent must equal the weighted sum of the rounded children.
 */
export interface XbrlCalculationResult {
  roleUri: string;
  parent: QName;
  context: XbrlContext;
  unit: XbrlUnit;
  parentFact: XbrlFact;
  /** The reported children, in arc order (children without a fact in this context are left out). */
  children: XbrlCalculationItem[];
  /** Weighted sum of the rounded children (a decimal string). */
  expected: string;
  /** The parent rounded to `decimals` (a decimal string). */
  actual: string;
  decimals: number | 'INF';
  consistent: boolean;
}

/**
 * A summation that could not be checked: a fact in it has inconsistent duplicates, or its
 * value is a float's `INF`, `-INF` or `NaN` (no decimal to round or add).
 */
export interface XbrlCalculationSkip {
  roleUri: string;
  parent: QName;
  context: XbrlContext;
  unit: XbrlUnit;
  /** The concept whose duplicates disagree or whose value is not finite. */
  concept: QName;
  reason: string;
}
