/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What a check asserts. */
export type CheckKind =
  /** A translated amount equals the original ÷ the stated exchange rate, to the printed precision. */
  | 'CONVENIENCE_TRANSLATION'
  /** A declared relation between rows holds, e.g. total assets = total liabilities and equity, per-ADS = 2 × per-share. */
  | 'IDENTITY'
  /** A figure printed in several statements has the same value in each. */
  | 'SAME_CONCEPT'
  /** A curated row is found in the source text exactly as recorded, in printed order. */
  | 'SOURCE_TEXT'
  /** A printed total or subtotal equals the sum of its components. */
  | 'TABLE_TOTAL';

/** The outcome of a check. */
export type CheckStatus =
  /** The assertion does not hold, or an input is missing. */
  | 'FAIL'
  /** The assertion holds within its tolerance. */
  | 'PASS';

/** The statement or table a line item belongs to. */
export type Statement =
  /** Balance sheet (statement of financial position). */
  | 'BALANCE_SHEET'
  /** Statement of cash flows. */
  | 'CASH_FLOW'
  /** Statement of comprehensive income. */
  | 'COMPREHENSIVE_INCOME'
  /** Statement of operations (income statement). */
  | 'INCOME_STATEMENT'
  /** Reconciliation of GAAP and non-GAAP results. */
  | 'NON_GAAP_RECONCILIATION'
  /** Key operating metrics stated outside the financial statements. */
  | 'OPERATING_METRICS';

export type ContractLineItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractLineItemsQuery = { company: { lineItems: Array<{ label: string, statement: Statement, parent: { label: string } | null, footnotes: Array<{ number: number, text: string }>, facts: Array<{ value: string, unit: string, period: { startDate: string | null, endDate: string } }> }> } | null };

export type PrintedStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintedStatementsQuery = { company: { disclosures: { nodes: Array<{ title: string, date: string, statements: Array<{ title: string, statement: Statement, columns: Array<{ id: string, label: string, currency: string, period: { label: string } }>, rows: Array<{ depth: number, cells: Array<string | null>, lineItem: { label: string }, facts: Array<{ value: string, unit: string } | null> }> }> }> } } | null };

export type PerShareProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PerShareProvenanceQuery = { company: { lineItems: Array<{ qualifiedLabel: string, facts: Array<{ value: string, printed: string | null, isConvenienceTranslation: boolean, exchangeRate: string | null, translationOf: { value: string, unit: string } | null, correction: { printed: string, corrected: string, note: string } | null, period: { label: string }, source: { excerpt: string, column: { label: string } | null, table: { title: string } | null } }> }> } | null };

export type CheckSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckSummaryQuery = { company: { disclosures: { nodes: Array<{ checkSummary: { total: number, passed: number, failed: number }, checks: { totalCount: number, nodes: Array<{ kind: CheckKind, status: CheckStatus, name: string, expected: string, actual: string, tolerance: string, detail: string }> } }> } } | null };

export type RefetchQueryVariables = Exact<{ [key: string]: never; }>;


export type RefetchQuery = { nodes: Array<
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', name: string, id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Fact', id: string }
    | { __typename: 'Footnote', id: string }
    | { __typename: 'LineItem', id: string }
    | { __typename: 'Period', id: string }
    | { __typename: 'Security', id: string }
    | { __typename: 'StatementTable', id: string }
   | null> };

export type FactsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FactsPageQuery = { company: { facts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, value: string, unit: string, lineItem: { label: string }, period: { label: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SearchLineItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchLineItemsQuery = { company: { lineItems: Array<{ qualifiedLabel: string, facts: Array<{ value: string, period: { label: string } }> }> } | null };
