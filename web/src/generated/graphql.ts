/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an authorized amount bounds a program. */
export type AuthorizationQualifier =
  /** A fixed amount. */
  | 'EXACTLY'
  /** A ceiling: "up to US$350 million". */
  | 'UP_TO';

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
  /** Every context of a filing names the company by its CIK (entity identifier scheme `http://www.sec.gov/CIK`): a context of another entity would file its facts under the wrong company. */
  | 'ENTITY'
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
  /** The assertion could not be computed: a value in it has no decimal form (a float's INF or NaN) or is reported twice with different values. Neither a pass nor a failure. */
  | 'NOT_EVALUATED'
  /** The assertion holds within its tolerance. */
  | 'PASS';

/** The kind of document a disclosure is. */
export type DisclosureKind =
  /** Any other announcement. */
  | 'ANNOUNCEMENT'
  /** An annual report (e.g. Form 20-F or 10-K). */
  | 'ANNUAL_REPORT'
  /** A press release of periodic results. */
  | 'EARNINGS_RELEASE'
  /** An interim or quarterly report. */
  | 'INTERIM_REPORT';

/** How often a dividend of the kind is paid. */
export type DividendFrequency =
  /** Once a year. */
  | 'ANNUAL'
  /** Every quarter. */
  | 'QUARTERLY'
  /** Twice a year, e.g. for the first half of a year. */
  | 'SEMI_ANNUAL'
  /** A one-off dividend. */
  | 'SPECIAL';

/** A stock exchange. */
export type Exchange =
  /** Cboe BZX Exchange. */
  | 'CBOE'
  /** The Stock Exchange of Hong Kong. */
  | 'HKEX'
  /** The London Stock Exchange. */
  | 'LSE'
  /** The Nasdaq Stock Market. */
  | 'NASDAQ'
  /** The New York Stock Exchange. */
  | 'NYSE'
  /** NYSE American. */
  | 'NYSE_AMERICAN'
  /** NYSE Arca. */
  | 'NYSE_ARCA'
  /** Another exchange, or one a filing does not name (`dei:SecurityExchangeName` is absent before 2019). */
  | 'OTHER'
  /** The Shanghai Stock Exchange. */
  | 'SSE'
  /** The Shenzhen Stock Exchange. */
  | 'SZSE';

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

/** How a company's fiscal years end, which decides the fiscal year and period of every period. */
export type FiscalCalendar =
  /** On the same date every year (e.g. December 31); quarters are three calendar months. */
  | 'FIXED_DATE'
  /** On a weekday near `fiscalYearEnd` (Apple: the last Saturday of September), so years have 52 or 53 weeks and quarters 13 or 14; periods are classified with a week's tolerance. */
  | 'WEEKS_52_53';

/** The shape of a formula. */
export type FormulaKind =
  /** The sum of the NUMERATOR inputs divided by the sum of the DENOMINATOR inputs, e.g. a margin. */
  | 'RATIO'
  /** A weighted sum of the inputs, e.g. net income + share-based compensation. */
  | 'SUM';

/** The place of an input in a formula. */
export type FormulaRole =
  /** A term of a ratio's denominator. */
  | 'DENOMINATOR'
  /** A term of a ratio's numerator. */
  | 'NUMERATOR'
  /** A term of a sum. */
  | 'TERM';

/** How the day a disclosure became known was decided. */
export type KnownOnBasis =
  /** Its filing date is unknown and its accession number was assigned in a year the form's deadline does not fall in (a late filing, an amendment): it is placed on the last day of that year. */
  | 'ACCESSION_YEAR'
  /** The day it was filed or published. */
  | 'FILING_DATE'
  /** Its filing date is unknown (no metadata.json), so it is placed at the latest day SEC rules allow for its form after its period of report (10-K: 90 days, 10-Q: 45 days, 20-F and 40-F: four months, 6-K: six months): an as-of answer never sees it before it could have been filed, and may see it later than it was. */
  | 'FILING_DEADLINE';

/** The role of a concept's label, as XBRL label linkbases assign them. */
export type LabelRole =
  /** The definition of the concept in words (`documentation`). */
  | 'DOCUMENTATION'
  /** The label of a row printed with its sign flipped (`negatedLabel`, and the legacy `http://xbrl.us/us-gaap/role/label/negated`). */
  | 'NEGATED'
  /** A net label printed with the sign flipped (`negatedNetLabel`). */
  | 'NEGATED_NET'
  /** A period end label printed with the sign flipped (`negatedPeriodEndLabel`). */
  | 'NEGATED_PERIOD_END'
  /** A period start label printed with the sign flipped (`negatedPeriodStartLabel`). */
  | 'NEGATED_PERIOD_START'
  /** A terse label printed with the sign flipped (`negatedTerseLabel`). */
  | 'NEGATED_TERSE'
  /** A total label printed with the sign flipped (`negatedTotalLabel`). */
  | 'NEGATED_TOTAL'
  /** The label of a net amount (`netLabel`). */
  | 'NET'
  /** Any other role; `roleName` gives it. */
  | 'OTHER'
  /** The label of a balance printed at the end of a period (`periodEndLabel`). */
  | 'PERIOD_END'
  /** The label of a balance printed at the start of a period (`periodStartLabel`). */
  | 'PERIOD_START'
  /** The standard label (`label`). */
  | 'STANDARD'
  /** A shorter label (`terseLabel`). */
  | 'TERSE'
  /** The label of the concept printed as a total (`totalLabel`). */
  | 'TOTAL'
  /** A longer, unambiguous label (`verboseLabel`). */
  | 'VERBOSE';

/** What a line item measures; with the column currency it fixes the unit of its facts. */
export type Measure =
  /** A number of American depositary shares; unit `ADS`. */
  | 'ADS'
  /** A count of things; unit is their noun, e.g. `users`. */
  | 'COUNT'
  /** An amount of money; unit is the currency code, e.g. `CNY`. */
  | 'MONETARY'
  /** A length of time in months; unit `months`. */
  | 'MONTHS'
  /** A ratio, printed as a percent and served as a fraction; unit `pure` ("0.413" for 41.3%). */
  | 'PERCENT'
  /** Money per American depositary share; unit e.g. `USD/ADS`. */
  | 'PER_ADS'
  /** Money per ordinary share; unit e.g. `CNY/shares` (as XBRL names it). */
  | 'PER_SHARE'
  /** A number of shares; unit `shares`. */
  | 'SHARES';

/** What a metric's values are measured in. */
export type MetricMeasure =
  /** A currency, as reported (never converted). */
  | 'MONEY'
  /** A currency per share ("USD/shares"). */
  | 'PER_SHARE'
  /** A number of shares. */
  | 'SHARES';

/** Whether a metric is measured over a period or at an instant. */
export type MetricNature =
  /** Measured at an instant (assets, cash); never added across periods, no TTM. */
  | 'BALANCE'
  /** Measured over a period (revenue, cash flow); a money flow adds up across quarters and has a TTM. */
  | 'FLOW';

/** How a standard figure was obtained. */
export type MetricRule =
  /** Computed from other metrics of the same period and currency by the metric's formula (`inputs`). */
  | 'COMPUTED'
  /** Taken from the fact of the concept the company reported for the period most recently (ties: the vocabulary's order), totals only, its latest report; a quarter nobody printed is the derived quarter. */
  | 'REPORTED';

/** How firmly the source gives a payment date. */
export type PaymentDateQualifier =
  /** Expected on the date ("expected to be on October 29, 2024"). */
  | 'EXPECTED'
  /** Expected on or around the date ("around November 1, 2024"): the exact day may differ. */
  | 'EXPECTED_AROUND';

/** How precise a reported value is. */
export type Precision =
  /** Exact, with no rounding: XBRL's `decimals="INF"` (or `precision="INF"`). */
  | 'EXACT'
  /** Rounded to `decimals` places (-6: to the million). */
  | 'ROUNDED'
  /** Not stated in a form the graph can use: an old filing's finite `precision` (significant digits) instead of `decimals`. Not to be read as exact. */
  | 'UNKNOWN';

/** What a board change does to a role. */
export type RoleChangeKind =
  /** The role ends on the change's effective date (a resignation or removal). */
  | 'ENDED'
  /** The role starts on the change's effective date (an appointment). */
  | 'STARTED';

/** What kind of position a role is. */
export type RoleKind =
  /** Chair of the board of directors (held with a directorship). */
  | 'CHAIR'
  /** A seat on the board of directors. */
  | 'DIRECTOR'
  /** An executive officer, e.g. chief executive officer. */
  | 'OFFICER'
  /** Any other position, e.g. a managing director at another firm. */
  | 'OTHER';

/** Whether a role is held on a date, as far as the disclosures tell. A role without a recorded end is taken to continue. A start the disclosures do not give is never invented: before the first date a disclosure states the role held, it is POSSIBLY_HELD. */
export type RoleStatus =
  /** The recorded dates show the role held on the date. */
  | 'HELD'
  /** The role starts after the date or ended on or before it. */
  | 'NOT_HELD'
  /** The dates neither show nor rule it out: the start is not disclosed, or is known only to the year or month containing the date. */
  | 'POSSIBLY_HELD';

/** Which periods a series holds. */
export type SeriesFrequency =
  /** Fiscal years. */
  | 'ANNUAL'
  /** Fiscal quarters Q1–Q4, printed or derived. */
  | 'QUARTERLY';

/** The standard metrics: one vocabulary across companies, each mapped from the concepts filers use (`Query.standardMetrics` lists them with their concepts and rules). */
export type StandardMetric =
  /** Capital expenditure: Payments for property, plant and equipment (a positive amount paid). Concepts, in order: us-gaap:PaymentsToAcquirePropertyPlantAndEquipment, us-gaap:PaymentsToAcquireProductiveAssets, ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities. */
  | 'CAPITAL_EXPENDITURE'
  /** Cash and cash equivalents: Cash and cash equivalents at the balance sheet date (restricted cash excluded). Concepts, in order: us-gaap:CashAndCashEquivalentsAtCarryingValue, us-gaap:Cash, ifrs-full:CashAndCashEquivalents. */
  | 'CASH'
  /** Cost of revenue: Cost of the goods and services sold. Concepts, in order: us-gaap:CostOfRevenue, us-gaap:CostOfGoodsAndServicesSold, us-gaap:CostOfGoodsSold, us-gaap:CostOfServices, ifrs-full:CostOfSales. */
  | 'COST_OF_REVENUE'
  /** Dividends per share: Dividends declared per common share, else paid. Concepts, in order: us-gaap:CommonStockDividendsPerShareDeclared, us-gaap:CommonStockDividendsPerShareCashPaid. */
  | 'DIVIDENDS_PER_SHARE'
  /** EPS, basic: Basic earnings (loss) per share, as reported (per-share amounts never add up across quarters). Concepts, in order: us-gaap:EarningsPerShareBasic, us-gaap:EarningsPerShareBasicAndDiluted, ifrs-full:BasicEarningsLossPerShare. */
  | 'EPS_BASIC'
  /** EPS, diluted: Diluted earnings (loss) per share, as reported. Concepts, in order: us-gaap:EarningsPerShareDiluted, us-gaap:EarningsPerShareBasicAndDiluted, ifrs-full:DilutedEarningsLossPerShare. */
  | 'EPS_DILUTED'
  /** Shareholders' equity: Equity attributable to the parent, else total equity. Concepts, in order: us-gaap:StockholdersEquity, us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest, ifrs-full:EquityAttributableToOwnersOfParent, ifrs-full:Equity. */
  | 'EQUITY'
  /** Free cash flow: Operating cash flow less capital expenditure; always computed. */
  | 'FREE_CASH_FLOW'
  /** Gross profit: Revenue less cost of revenue: as reported, else computed. Concepts, in order: us-gaap:GrossProfit, ifrs-full:GrossProfit. */
  | 'GROSS_PROFIT'
  /** Net income: Net income (loss) attributable to the parent, else including non-controlling interests. Concepts, in order: us-gaap:NetIncomeLoss, us-gaap:ProfitLoss, us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic, ifrs-full:ProfitLossAttributableToOwnersOfParent, ifrs-full:ProfitLoss. */
  | 'NET_INCOME'
  /** Operating cash flow: Net cash provided by (used in) operating activities. Concepts, in order: us-gaap:NetCashProvidedByUsedInOperatingActivities, us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations, ifrs-full:CashFlowsFromUsedInOperatingActivities. */
  | 'OPERATING_CASH_FLOW'
  /** Operating income: Income (loss) from operations. Concepts, in order: us-gaap:OperatingIncomeLoss, ifrs-full:ProfitLossFromOperatingActivities. */
  | 'OPERATING_INCOME'
  /** Revenue: Total revenue (net sales) of the period. Concepts, in order: us-gaap:Revenues, us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax, us-gaap:SalesRevenueNet, us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax, us-gaap:SalesRevenueGoodsNet, us-gaap:SalesRevenueServicesNet, ifrs-full:Revenue. */
  | 'REVENUE'
  /** Shares outstanding: Common shares outstanding at the balance sheet date, else as the cover states them. Concepts, in order: us-gaap:CommonStockSharesOutstanding, dei:EntityCommonStockSharesOutstanding. */
  | 'SHARES_OUTSTANDING'
  /** Total assets: Total assets at the balance sheet date. Concepts, in order: us-gaap:Assets, ifrs-full:Assets. */
  | 'TOTAL_ASSETS'
  /** Total liabilities: Total liabilities at the balance sheet date. Concepts, in order: us-gaap:Liabilities, ifrs-full:Liabilities. */
  | 'TOTAL_LIABILITIES';

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

export type PeriodBitsFragment = { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null };

export type CompanyRefFragment = { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> };

export type DisclosureRefFragment = { id: string, slug: string, title: string, form: string | null, date: string, filedOn: string | null, knownOn: string };

export type MoneyBitsFragment = { amount: string, currency: string };

export type FactCellFragment = { id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } };

export type CompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { legalName: string, slug: string, cik: string | null, id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, didYouMean: string | null, company: { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Definition', id: string, basis: string | null, definitionText: string | null, formula: { expression: string } | null, lineItem: { id: string, label: string, company: { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } } }
        | { __typename: 'Footnote', id: string, number: number, text: string, lineItems: Array<{ id: string, label: string }>, disclosure: { id: string, slug: string, company: { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } } }
        | { __typename: 'LineItem', id: string, label: string, qualifiedLabel: string, statement: Statement, printedLabel: string, company: { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> }, footnotes: Array<{ id: string, number: number, text: string }>, latestFact: { id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } } | null }
       }> } };

export type CompanyOverviewQueryVariables = Exact<{
  ticker: string;
  after?: string | null | undefined;
}>;


export type CompanyOverviewQuery = { company: { legalName: string, slug: string, cik: string | null, fiscalYearEnd: string, fiscalCalendar: FiscalCalendar, id: string, name: string, disclosures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, date: string, kind: DisclosureKind, audited: boolean, form: string | null, periodOfReport: string, filedOn: string | null, accessionNumber: string | null, knownOn: string, knownOnBasis: KnownOnBasis, source: { url: string | null }, checkSummary: { total: number, passed: number, failed: number }, statements: Array<{ id: string, title: string, statement: Statement }> } }> } | null, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type DisclosureTablesQueryVariables = Exact<{
  ticker: string;
  slug?: string | null | undefined;
  accessionNumber?: string | null | undefined;
}>;


export type DisclosureTablesQuery = { company: { id: string, disclosure: { id: string, slug: string, title: string, date: string, form: string | null, periodOfReport: string, filedOn: string | null, accessionNumber: string | null, source: { url: string | null }, statements: Array<{ id: string, title: string, statement: Statement }> } | null } | null };

export type StatementTableQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementTableQuery = { node:
    | { __typename: 'BoardChange', id: string }
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', id: string }
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
    | { __typename: 'StatementTable', title: string, statement: Statement, scaleExponent: number, id: string, columns: Array<{ id: string, key: string, label: string, currency: string, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } | null, dimensions: Array<{ axis: string, member: string, typed: boolean }> }>, rows: Array<{ label: string, depth: number, isTotal: boolean, cells: Array<string | null>, dimensions: Array<{ axis: string, member: string }>, lineItem: { id: string, key: string, label: string, isAbstract: boolean }, facts: Array<{ id: string, unit: string, decimals: number | null } | null> }> }
    | { __typename: 'TextFact', id: string }
   | null };

export type TraceFactQueryVariables = Exact<{
  id: string | number;
}>;


export type TraceFactQuery = { node:
    | { __typename: 'BoardChange', id: string }
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Concept', id: string }
    | { __typename: 'CorporateEvent', id: string }
    | { __typename: 'Definition', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Dividend', id: string }
    | { __typename: 'Fact', isConvenienceTranslation: boolean, exchangeRate: string | null, qualifier: FigureQualifier | null, isPrimary: boolean, isLatest: boolean, id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, dimensions: Array<{ axis: string, member: string, typed: boolean }>, concept: { id: string, name: string, label: string, labels: Array<{ role: LabelRole, roleName: string, text: string }> }, revisions: Array<{ id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, disclosure: { id: string, slug: string, title: string, form: string | null, date: string, filedOn: string | null, knownOn: string }, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }>, correction: { printed: string, corrected: string, note: string } | null, translationOf: { id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } } | null, derivedFrom: Array<{ id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, lineItem: { id: string, label: string }, disclosure: { id: string, slug: string, title: string, form: string | null, date: string, filedOn: string | null, knownOn: string }, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }>, disclosure: { id: string, slug: string, title: string, form: string | null, date: string, filedOn: string | null, knownOn: string }, source: { kind: FactSourceKind, section: string | null, excerpt: string, table: { id: string, title: string } | null, column: { id: string, key: string, label: string } | null, element: { instance: string, document: string | null, hidden: boolean, elementId: string | null, line: number | null, contextRef: string, unitRef: string | null, viewUrl: string | null } | null }, lineItem: { id: string, label: string, qualifiedLabel: string, statement: Statement, measure: Measure, company: { id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> }, footnotes: Array<{ id: string, number: number, text: string, corrections: Array<{ printed: string, corrected: string, note: string }> }>, definitions: Array<{ id: string, text: string | null, basis: string | null, section: string | null, footnote: { id: string, number: number } | null, formula: { expression: string, kind: FormulaKind, inputs: Array<{ role: FormulaRole, weight: string, lineItem: { id: string, label: string } }> } | null }> }, checks: Array<{ id: string, kind: CheckKind, status: CheckStatus, name: string, expected: string, actual: string, tolerance: string, detail: string, inputs: Array<{ id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, lineItem: { id: string, label: string }, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }> }>, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }
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
    | { __typename: 'TextFact', id: string }
   | null };

export type LineItemSeriesQueryVariables = Exact<{
  id: string | number;
  frequency: SeriesFrequency;
  unit?: string | null | undefined;
}>;


export type LineItemSeriesQuery = { node:
    | { __typename: 'BoardChange', id: string }
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Concept', id: string }
    | { __typename: 'CorporateEvent', id: string }
    | { __typename: 'Definition', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Dividend', id: string }
    | { __typename: 'Fact', id: string }
    | { __typename: 'Footnote', id: string }
    | { __typename: 'Guidance', id: string }
    | { __typename: 'LineItem', id: string, series: Array<{ value: string, isDerived: boolean, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null }, fact: { id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null } }> | null }
    | { __typename: 'Period', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Security', id: string }
    | { __typename: 'ShareRepurchaseProgram', id: string }
    | { __typename: 'StatementTable', id: string }
    | { __typename: 'TextFact', id: string }
   | null };

export type LineItemBalancesQueryVariables = Exact<{
  id: string | number;
  unit?: string | null | undefined;
}>;


export type LineItemBalancesQuery = { node:
    | { __typename: 'BoardChange', id: string }
    | { __typename: 'Check', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Concept', id: string }
    | { __typename: 'CorporateEvent', id: string }
    | { __typename: 'Definition', id: string }
    | { __typename: 'Disclosure', id: string }
    | { __typename: 'Dividend', id: string }
    | { __typename: 'Fact', id: string }
    | { __typename: 'Footnote', id: string }
    | { __typename: 'Guidance', id: string }
    | { __typename: 'LineItem', id: string, facts: Array<{ isLatest: boolean, isPrimary: boolean, isConvenienceTranslation: boolean, id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, dimensions: Array<{ axis: string, member: string, typed: boolean }>, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }> | null }
    | { __typename: 'Period', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Security', id: string }
    | { __typename: 'ShareRepurchaseProgram', id: string }
    | { __typename: 'StatementTable', id: string }
    | { __typename: 'TextFact', id: string }
   | null };

export type KeyMetricsQueryVariables = Exact<{
  ticker: string;
}>;


export type KeyMetricsQuery = { company: { id: string, name: string, lineItems: Array<{ id: string, label: string, qualifiedLabel: string, measure: Measure, isAbstract: boolean, footnotes: Array<{ id: string, number: number, text: string }>, facts: Array<{ id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }> | null }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type GovernanceQueryVariables = Exact<{
  ticker: string;
  asOf: string;
}>;


export type GovernanceQuery = { company: { id: string, name: string, boardChair: { asOf: string, status: RoleStatus, person: { id: string, name: string } } | null, boardMembers: Array<{ asOf: string, isChair: boolean, isIndependent: boolean, status: RoleStatus, person: { id: string, name: string, honorific: string | null }, roles: Array<{ id: string, title: string, kind: RoleKind }> }>, officers: Array<{ asOf: string, status: RoleStatus, person: { id: string, name: string }, role: { id: string, title: string } }>, boardCompleteness: { isComplete: boolean, explanation: string } | null, boardChanges: Array<{ id: string, effectiveDate: string, summary: string, excerpt: string, changes: Array<{ change: RoleChangeKind, role: { id: string, title: string, person: { id: string, name: string } } }> }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type CapitalReturnQueryVariables = Exact<{
  ticker: string;
}>;


export type CapitalReturnQuery = { company: { id: string, name: string, dividends: Array<{ id: string, frequency: DividendFrequency, periodPrinted: string | null, approvedBy: string, policy: string | null, excerpt: string, entitlements: Array<{ printedAmount: string, recordDate: string, recordTimePrinted: string, paymentDate: string, paymentDatePrinted: string, paymentDateQualifier: PaymentDateQualifier, amount: { amount: string, currency: string }, security: { id: string, name: string } }> }>, shareRepurchasePrograms: Array<{ id: string, approvalDate: string, approvedBy: string, authorizedAmountQualifier: AuthorizationQualifier, startDate: string, endDate: string, termMonths: number, excerpt: string, authorizedAmount: { amount: string, currency: string }, progress: Array<{ asOf: string, printedAmount: string, printedQuantity: string, printedAveragePrice: string, isApproximate: boolean, utilization: string, inclusiveOfCommissions: boolean, amount: { amount: string, currency: string }, remainingAuthorization: { amount: string, currency: string } }> }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type OutlookQueryVariables = Exact<{
  ticker: string;
}>;


export type OutlookQuery = { company: { id: string, name: string, guidance: Array<{ id: string, metric: string, periodPrinted: string | null, excerpt: string, caveat: string | null, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null }, low: { amount: string, currency: string }, high: { amount: string, currency: string }, growth: { printed: string, basis: string } | null, corrections: Array<{ printed: string, corrected: string, note: string }>, lineItem: { id: string, label: string } | null }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type QuotesQueryVariables = Exact<{
  ticker: string;
}>;


export type QuotesQuery = { company: { id: string, name: string, quotes: Array<{ id: string, topic: string, attribution: string, passages: Array<string>, speaker: { id: string, name: string }, mentions: Array<{ printed: string, value: string, unit: string, qualifier: FigureQualifier | null, note: string | null, lineItem: { id: string, label: string } | null, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } | null, facts: Array<{ id: string, value: string, unit: string, printed: string | null, origin: FactOrigin, decimals: number | null, precision: Precision, period: { id: string, label: string, startDate: string | null, endDate: string, isInstant: boolean, fiscalYear: number, fiscalPeriod: string | null } }> }> }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type MetricFigureFragment = { id: string, metric: StandardMetric | null, value: string, unit: string, fiscalYear: number, fiscalPeriod: string, rule: MetricRule, explanation: string, period: { id: string, label: string, startDate: string | null, endDate: string }, fact: { id: string, origin: FactOrigin } | null, inputs: Array<{ weight: number, figure: { id: string, metric: StandardMetric | null, value: string, unit: string, period: { id: string, label: string }, fact: { id: string } | null } }> };

export type StandardMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardMetricsQuery = { standardMetrics: Array<{ metric: StandardMetric, label: string, description: string, nature: MetricNature, measure: MetricMeasure }> };

export type CompanyMatchesQueryVariables = Exact<{
  query: string;
}>;


export type CompanyMatchesQuery = { companyMatches: Array<{ id: string, name: string, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> }> };

export type CompanyLatestMetricsQueryVariables = Exact<{
  ticker: string;
}>;


export type CompanyLatestMetricsQuery = { company: { id: string, name: string, latestMetrics: Array<{ id: string, metric: StandardMetric | null, value: string, unit: string, fiscalYear: number, fiscalPeriod: string, rule: MetricRule, explanation: string, period: { id: string, label: string, startDate: string | null, endDate: string }, fact: { id: string, origin: FactOrigin } | null, inputs: Array<{ weight: number, figure: { id: string, metric: StandardMetric | null, value: string, unit: string, period: { id: string, label: string }, fact: { id: string } | null } }> }>, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export type CompanyMetricSeriesQueryVariables = Exact<{
  ticker: string;
  metrics: Array<StandardMetric> | StandardMetric;
  frequency: SeriesFrequency;
  ttm: boolean;
}>;


export type CompanyMetricSeriesQuery = { company: { id: string, name: string, metrics?: Array<{ id: string, metric: StandardMetric | null, value: string, unit: string, fiscalYear: number, fiscalPeriod: string, rule: MetricRule, explanation: string, period: { id: string, label: string, startDate: string | null, endDate: string }, fact: { id: string, origin: FactOrigin } | null, inputs: Array<{ weight: number, figure: { id: string, metric: StandardMetric | null, value: string, unit: string, period: { id: string, label: string }, fact: { id: string } | null } }> }>, ttmSeries?: Array<{ metric: StandardMetric | null, value: string, unit: string, rule: string, quarters: Array<{ id: string, metric: StandardMetric | null, value: string, unit: string, fiscalYear: number, fiscalPeriod: string, rule: MetricRule, explanation: string, period: { id: string, label: string, startDate: string | null, endDate: string }, fact: { id: string, origin: FactOrigin } | null, inputs: Array<{ weight: number, figure: { id: string, metric: StandardMetric | null, value: string, unit: string, period: { id: string, label: string }, fact: { id: string } | null } }> }> }> | null, listings: Array<{ ticker: string, exchange: Exchange, security: { id: string, name: string } }> } | null };

export const CompanyRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyRefFragment, unknown>;
export const DisclosureRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"knownOn"}}]}}]} as unknown as DocumentNode<DisclosureRefFragment, unknown>;
export const MoneyBitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MoneyBitsFragment, unknown>;
export const PeriodBitsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}}]} as unknown as DocumentNode<PeriodBitsFragment, unknown>;
export const FactCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}}]} as unknown as DocumentNode<FactCellFragment, unknown>;
export const MetricFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricFigureFragment, unknown>;
export const CompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Companies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"cik"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesQuery, CompaniesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Footnote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Definition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"definitionText"},"name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CompanyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"cik"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audited"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"periodOfReport"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knownOn"}},{"kind":"Field","name":{"kind":"Name","value":"knownOnBasis"}},{"kind":"Field","name":{"kind":"Name","value":"checkSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOverviewQuery, CompanyOverviewQueryVariables>;
export const DisclosureTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessionNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessionNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessionNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"periodOfReport"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"accessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureTablesQuery, DisclosureTablesQueryVariables>;
export const StatementTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"scaleExponent"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"typed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"isTotal"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"member"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isAbstract"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}}]} as unknown as DocumentNode<StatementTableQuery, StatementTableQueryVariables>;
export const TraceFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraceFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}},{"kind":"Field","name":{"kind":"Name","value":"isConvenienceTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"typed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translationOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"element"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"contextRef"}},{"kind":"Field","name":{"kind":"Name","value":"unitRef"}},{"kind":"Field","name":{"kind":"Name","value":"viewUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"footnote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"knownOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TraceFactQuery, TraceFactQueryVariables>;
export const LineItemSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineItemSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesFrequency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}},{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"isDerived"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}}]} as unknown as DocumentNode<LineItemSeriesQuery, LineItemSeriesQueryVariables>;
export const LineItemBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineItemBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isConvenienceTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"typed"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}}]} as unknown as DocumentNode<LineItemBalancesQuery, LineItemBalancesQueryVariables>;
export const KeyMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statement"},"value":{"kind":"EnumValue","value":"OPERATING_METRICS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"isAbstract"}},{"kind":"Field","name":{"kind":"Name","value":"footnotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}}]} as unknown as DocumentNode<KeyMetricsQuery, KeyMetricsQueryVariables>;
export const GovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Governance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"boardChair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"isIndependent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"honorific"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isComplete"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const CapitalReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapitalReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"dividends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrinted"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordTimePrinted"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDatePrinted"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDateQualifier"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareRepurchasePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAmountQualifier"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"printedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"printedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"printedAveragePrice"}},{"kind":"Field","name":{"kind":"Name","value":"isApproximate"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"inclusiveOfCommissions"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CapitalReturnQuery, CapitalReturnQueryVariables>;
export const OutlookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outlook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrinted"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<OutlookQuery, OutlookQueryVariables>;
export const QuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"passages"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lineItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactCell"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodBits"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isInstant"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"printed"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodBits"}}]}}]}}]} as unknown as DocumentNode<QuotesQuery, QuotesQueryVariables>;
export const StandardMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]} as unknown as DocumentNode<StandardMetricsQuery, StandardMetricsQueryVariables>;
export const CompanyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyMatchesQuery, CompanyMatchesQueryVariables>;
export const CompanyLatestMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyLatestMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyLatestMetricsQuery, CompanyLatestMetricsQueryVariables>;
export const CompanyMetricSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyMetricSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardMetric"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesFrequency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ttm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRef"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ttm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ttmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ttm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFigure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticker"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyMetricSeriesQuery, CompanyMetricSeriesQueryVariables>;