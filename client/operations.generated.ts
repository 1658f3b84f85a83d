/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What a check asserts. */
export type CheckKind =
  /** A filing's calculation arc holds in a context where its total is reported: the total equals the weighted sum of its reported children, each rounded to the lowest `decimals` of the summation (XBRL Calculations 1.1). */
  | 'CALCULATION'
  /** SEC's companyfacts record of a filed fact (same accession, concept, period and unit, no dimensions) states the same value as the filing itself. */
  | 'COMPANY_FACTS'
  /** A translated amount equals the original ÷ the stated exchange rate, to the printed precision. */
  | 'CONVENIENCE_TRANSLATION'
  /** A filing's cover (`dei:DocumentFiscalYearFocus`, `dei:DocumentFiscalPeriodFocus`) names the fiscal year and period its period of report ends, by the company's fiscal calendar. */
  | 'COVER'
  /** A figure stated in a sentence for a period no table prints (the prior quarter) agrees with the figure derived from the tables (six months − three months). */
  | 'DERIVED'
  /** Facts a filing reports more than once (same concept, context and unit) agree once rounded to the least precise `decimals`. */
  | 'DUPLICATE'
  /** A reported value of a formula measure (a margin, a non-GAAP amount, per-ADS income, total cash) equals the formula recomputed from its inputs. */
  | 'FORMULA'
  /** A declared relation between rows holds, e.g. total assets = total liabilities and equity, per-ADS = 2 × per-share. */
  | 'IDENTITY'
  /** A figure stated in a sentence agrees with the table cell of the same line item, period and unit, within both roundings. */
  | 'NARRATIVE'
  /** A percent change a sentence claims ("an increase of 12.2%") equals (new − old) ÷ old. */
  | 'PERCENT_CHANGE'
  /** A figure printed in several statements has the same value in each. */
  | 'SAME_CONCEPT'
  /** A curated table row (in printed order), sentence or footnote is found in the source text exactly as recorded. */
  | 'SOURCE_TEXT'
  /** A printed total or subtotal equals the sum of its components. */
  | 'TABLE_TOTAL';

/** The outcome of a check. */
export type CheckStatus =
  /** The assertion does not hold, or an input is missing. */
  | 'FAIL'
  /** The assertion holds within its tolerance. */
  | 'PASS';

/** The kind of a corporate event. */
export type CorporateEventKind =
  /** A conference call on the results with management. */
  | 'EARNINGS_CALL'
  /** Publication of periodic results. */
  | 'EARNINGS_RELEASE';

/** How precisely the source gives a date. */
export type DatePrecision =
  /** The calendar day, e.g. "effective on August 13, 2024". */
  | 'DAY'
  /** The month, e.g. "since January 2023". */
  | 'MONTH'
  /** Only the year, e.g. "since 2000". */
  | 'YEAR';

/** Whether the source prints a figure or the graph derives it from printed ones. */
export type FactOrigin =
  /** Computed from printed facts, which are its inputs. */
  | 'DERIVED'
  /** Printed in the source (a table cell or a sentence). */
  | 'PRINTED';

/** Where in a disclosure a fact comes from. */
export type FactSourceKind =
  /** A record of SEC's companyfacts (data.sec.gov/api/xbrl/companyfacts): `companyFacts` gives the accession, form, filing date and SEC's frame. */
  | 'COMPANY_FACTS'
  /** Computed from printed facts (`Fact.derivedFrom`), e.g. a first quarter as six months − second quarter. */
  | 'DERIVED'
  /** A sentence of the text: `section` and the sentence as `excerpt`. */
  | 'NARRATIVE'
  /** A cell of a printed table: `table`, `column` and the row as `excerpt`. */
  | 'TABLE_CELL'
  /** An element of a filing's XBRL instance document: `element` gives the file, the element id and its line. */
  | 'XBRL_ELEMENT';

/** How the source qualifies a figure it states loosely. A value computed from a qualified figure is APPROXIMATELY. */
export type FigureQualifier =
  /** "about": the figure is rounded either way, loosely. */
  | 'ABOUT'
  /** "approximately" (or "around"): the figure is rounded either way. */
  | 'APPROXIMATELY'
  /** "nearly" (or "almost"): the true figure is a little below. */
  | 'NEARLY'
  /** "up to": the figure is a ceiling. */
  | 'UP_TO';

/** The place of an input in a formula. */
export type FormulaRole =
  /** A term of a ratio's denominator. */
  | 'DENOMINATOR'
  /** A term of a ratio's numerator. */
  | 'NUMERATOR'
  /** A term of a sum. */
  | 'TERM';

/** How firmly the source gives a payment date. */
export type PaymentDateQualifier =
  /** Expected on the date ("expected to be on October 29, 2024"). */
  | 'EXPECTED'
  /** Expected on or around the date ("around November 1, 2024"): the exact day may differ. */
  | 'EXPECTED_AROUND';

/** What a board change does to a role. */
export type RoleChangeKind =
  /** The role ends on the change's effective date (a resignation or removal). */
  | 'ENDED'
  /** The role starts on the change's effective date (an appointment). */
  | 'STARTED';

/** Whether a role is held on a date, as far as the disclosures tell. A role without a recorded end is taken to continue. A start the disclosures do not give is never invented: before the first date a disclosure states the role held, it is POSSIBLY_HELD. */
export type RoleStatus =
  /** The recorded dates show the role held on the date. */
  | 'HELD'
  /** The role starts after the date or ended on or before it. */
  | 'NOT_HELD'
  /** The dates neither show nor rule it out: the start is not disclosed, or is known only to the year or month containing the date. */
  | 'POSSIBLY_HELD';

/** The kind of a security. */
export type SecurityKind =
  /** American depositary shares, each representing a number of underlying shares. */
  | 'ADS'
  /** A debt security. */
  | 'BOND'
  /** Ordinary (common) shares. */
  | 'ORDINARY_SHARE'
  /** Preferred shares. */
  | 'PREFERRED_SHARE';

/** The statement or table a line item belongs to. */
export type Statement =
  /** Balance sheet (statement of financial position). */
  | 'BALANCE_SHEET'
  /** Statement of cash flows. */
  | 'CASH_FLOW'
  /** Statement of comprehensive income. */
  | 'COMPREHENSIVE_INCOME'
  /** A filing's cover page (document and entity information). */
  | 'COVER'
  /** The figures of a note, in detail. */
  | 'DETAILS'
  /** Statement of shareholders' equity. */
  | 'EQUITY'
  /** Statement of operations (income statement). */
  | 'INCOME_STATEMENT'
  /** Reconciliation of GAAP and non-GAAP results. */
  | 'NON_GAAP_RECONCILIATION'
  /** A note to the financial statements, as text. */
  | 'NOTES'
  /** Key operating metrics stated outside the financial statements. */
  | 'OPERATING_METRICS'
  /** Any other table of a filing. */
  | 'OTHER'
  /** The parenthetical figures of a statement (par values, shares authorized, …). */
  | 'PARENTHETICAL'
  /** The accounting policies of a note. */
  | 'POLICIES'
  /** The tables of a note, as text. */
  | 'TABLES';

export type ContractLineItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractLineItemsQuery = { company: { lineItems: Array<{ label: string, statement: Statement, parent: { label: string } | null, footnotes: Array<{ number: number, text: string }>, facts: Array<{ value: string, unit: string, period: { startDate: string | null, endDate: string } }> | null }> } | null };

export type PrintedStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintedStatementsQuery = { company: { disclosures: { nodes: Array<{ title: string, date: string, statements: Array<{ title: string, statement: Statement, columns: Array<{ id: string, label: string, currency: string, period: { label: string } }>, rows: Array<{ depth: number, cells: Array<string | null>, lineItem: { label: string }, facts: Array<{ value: string, unit: string } | null> }> }> }> } | null } | null };

export type PerShareProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PerShareProvenanceQuery = { company: { lineItems: Array<{ qualifiedLabel: string, facts: Array<{ value: string, printed: string | null, isConvenienceTranslation: boolean, exchangeRate: string | null, translationOf: { value: string, unit: string } | null, correction: { printed: string, corrected: string, note: string } | null, period: { label: string }, source: { excerpt: string, column: { label: string } | null, table: { title: string } | null } }> | null }> } | null };

export type CheckSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckSummaryQuery = { company: { disclosures: { nodes: Array<{ checkSummary: { total: number, passed: number, failed: number }, checks: { totalCount: number, nodes: Array<{ kind: CheckKind, status: CheckStatus, name: string, expected: string, actual: string, tolerance: string, detail: string }> } }> } | null } | null };

export type TraceDelinquencyRateQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceDelinquencyRateQuery = { company: { lineItems: Array<{ label: string, facts: Array<{ value: string, unit: string, period: { label: string }, source: { kind: FactSourceKind, section: string | null, excerpt: string } }> | null, footnotes: Array<{ number: number, text: string }>, definitions: Array<{ text: string | null, footnote: { number: number } | null }> }> } | null };

export type TraceNonGaapOperatingMarginQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceNonGaapOperatingMarginQuery = { company: { lineItems: Array<{ label: string, footnotes: Array<{ number: number }>, facts: Array<{ value: string, printed: string | null, source: { kind: FactSourceKind, excerpt: string } }> | null, definitions: Array<{ text: string | null, section: string | null, formula: { expression: string, inputs: Array<{ role: FormulaRole, lineItem: { label: string, facts: Array<{ value: string, source: { kind: FactSourceKind, excerpt: string, table: { title: string } | null, column: { label: string } | null } }> | null } }> } | null }> }> } | null };

export type PriorQuarterRevenueQueryVariables = Exact<{ [key: string]: never; }>;


export type PriorQuarterRevenueQuery = { company: { lineItems: Array<{ label: string, facts: Array<{ value: string, origin: FactOrigin, source: { kind: FactSourceKind, excerpt: string }, derivedFrom: Array<{ value: string, period: { label: string } }> }> | null }> } | null };

export type SearchDelinquencyQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchDelinquencyQuery = { search: { totalCount: number, nodes: Array<
      | { __typename: 'Definition', lineItem: { label: string } }
      | { __typename: 'Footnote', number: number, text: string }
      | { __typename: 'LineItem', label: string, statement: Statement }
    > } };

export type BoardChairThenAndNowQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardChairThenAndNowQuery = { company: { then: { status: RoleStatus, person: { name: string } } | null, now: { status: RoleStatus, person: { name: string } } | null } | null };

export type BoardBeforeAndAfterChangeQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardBeforeAndAfterChangeQuery = { company: { before: Array<{ isChair: boolean, isIndependent: boolean, status: RoleStatus, person: { name: string } }>, after: Array<{ isChair: boolean, isIndependent: boolean, status: RoleStatus, person: { name: string } }>, boardCompleteness: { isComplete: boolean, explanation: string } | null, boardChanges: Array<{ effectiveDate: string, excerpt: string, changes: Array<{ change: RoleChangeKind, role: { title: string, startDate: string | null, endDate: string | null, endReason: string | null, person: { name: string } } }> }> } | null };

export type OfficersAndCareersQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficersAndCareersQuery = { company: { officers: Array<{ status: RoleStatus, person: { name: string }, role: { title: string, startDate: string | null, knownHeldSince: string | null } }>, people: { nodes: Array<{ name: string, roles: Array<{ organization: string, title: string, start: { value: string, precision: DatePrecision } | null, end: { value: string, precision: DatePrecision } | null }>, education: Array<{ degree: string, field: string | null, institution: string, year: string | null }> }> } } | null };

export type DividendPerAdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DividendPerAdsQuery = { company: { dividends: Array<{ periodPrinted: string | null, policy: string | null, entitlements: Array<{ recordDate: string, paymentDate: string, paymentDateQualifier: PaymentDateQualifier, paymentDatePrinted: string, security: { name: string, kind: SecurityKind }, amount: { amount: string, currency: string } }>, registrar: { name: string, deadline: { local: string, timeZone: string, utc: string } } | null }> } | null };

export type BuybackUtilizationQueryVariables = Exact<{ [key: string]: never; }>;


export type BuybackUtilizationQuery = { company: { shareRepurchasePrograms: Array<{ approvalDate: string, startDate: string, endDate: string, utilization: string | null, authorizedAmount: { amount: string, currency: string }, remainingAuthorization: { amount: string, currency: string } | null, latestProgress: { asOf: string, quantity: string, inclusiveOfCommissions: boolean, isApproximate: boolean, amount: { amount: string, currency: string }, averagePrice: { amount: string, currency: string } } | null }> } | null };

export type ThirdQuarterGuidanceQueryVariables = Exact<{ [key: string]: never; }>;


export type ThirdQuarterGuidanceQuery = { company: { guidance: Array<{ metric: string, period: { label: string }, low: { amount: string, currency: string }, high: { amount: string, currency: string }, growth: { basis: string, low: string, high: string, printed: string } | null, corrections: Array<{ printed: string, corrected: string, note: string }>, lineItem: { label: string } | null }> } | null };

export type EarningsCallTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type EarningsCallTimesQuery = { company: { events: Array<{ kind: CorporateEventKind, title: string, date: string, startsAt: Array<{ local: string, timeZone: string, utc: string, printed: string }> }>, quotes: Array<{ text: string, speaker: { name: string }, roles: Array<{ title: string }>, mentions: Array<{ printed: string, value: string, unit: string, qualifier: FigureQualifier | null, lineItem: { label: string } | null, period: { label: string } | null }> }> } | null };

export type RefetchQueryVariables = Exact<{ [key: string]: never; }>;


export type RefetchQuery = { nodes: Array<
    | { __typename: 'BoardChange', id: string }
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', name: string, id: string }
    | { __typename: 'Concept', id: string }
    | { __typename: 'CorporateEvent', id: string }
    | { __typename: 'Definition', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Dividend', id: string }
    | { __typename: 'Fact', id: string }
    | { __typename: 'Footnote', id: string }
    | { __typename: 'Guidance', id: string }
    | { __typename: 'LineItem', id: string }
    | { __typename: 'Period', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Security', id: string }
    | { __typename: 'ShareRepurchaseProgram', id: string }
    | { __typename: 'StatementTable', id: string }
   | null> };

export type FactsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FactsPageQuery = { company: { facts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, value: string, unit: string, lineItem: { label: string }, period: { label: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type SearchLineItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchLineItemsQuery = { company: { lineItems: Array<{ qualifiedLabel: string, facts: Array<{ value: string, period: { label: string } }> | null }> } | null };
