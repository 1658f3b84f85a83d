/**
 * The standard metrics: a small vocabulary that names what analysts compare across
 * companies, each mapped from the concepts filers use for it, in order of preference
 * (the order only breaks ties; see metrics.ts for the rules). A curated concept mapped to
 * a `us-gaap` name (data/companies/<company>/concepts.yaml) answers under that name, so the
 * curated release joins the same metrics. Adding a concept here is data, not code.
 */

export type StandardMetricKey =
  | 'REVENUE'
  | 'COST_OF_REVENUE'
  | 'GROSS_PROFIT'
  | 'OPERATING_INCOME'
  | 'NET_INCOME'
  | 'EPS_BASIC'
  | 'EPS_DILUTED'
  | 'SHARES_OUTSTANDING'
  | 'TOTAL_ASSETS'
  | 'TOTAL_LIABILITIES'
  | 'EQUITY'
  | 'CASH'
  | 'OPERATING_CASH_FLOW'
  | 'CAPITAL_EXPENDITURE'
  | 'FREE_CASH_FLOW'
  | 'DIVIDENDS_PER_SHARE';

/** A flow is measured over a period and adds up across quarters; a balance is measured at an instant and never does. */
export type MetricNature = 'FLOW' | 'BALANCE';

/** What a metric's values are measured in: a currency, a currency per share, or a count of shares. */
export type MetricMeasure = 'MONEY' | 'PER_SHARE' | 'SHARES';

export interface MetricTerm {
  metric: StandardMetricKey;
  /** +1 or −1. */
  weight: 1 | -1;
}

export interface MetricDefinition {
  key: StandardMetricKey;
  label: string;
  description: string;
  nature: MetricNature;
  measure: MetricMeasure;
  /** Concepts in order of preference; empty for a metric only ever computed. */
  concepts: readonly string[];
  /** How to compute the metric from others: always (no concept) or where no concept is reported for the period. */
  formula: readonly MetricTerm[] | null;
  /** When a company's own (extension) concept counts for the metric (extensions.ts); null: never. */
  extension: ExtensionRule | null;
}

/**
 * What a company's own concept must show, in its own filing, to count for a metric: its
 * statement row adds into one of `sumsInto` with `weight` by that filing's calculation
 * linkbase, and its standard label matches `label` and not `notLabel`.
 */
export interface ExtensionRule {
  sumsInto: readonly string[];
  weight: 1 | -1;
  label: RegExp;
  notLabel: RegExp | null;
  /** What a matching label says, in words (for the figure's explanation). */
  says: string;
}

/**
 * Capital expenditure: a payment for property, plant or equipment (with or without
 * intangibles and software, like us-gaap:PaymentsToAcquireProductiveAssets) subtracted in
 * net cash used in investing activities. Not a business, securities, leases, a net of
 * proceeds or sales, or principal repaid.
 */
const CAPEX_EXTENSION: ExtensionRule = {
  sumsInto: ['us-gaap:NetCashProvidedByUsedInInvestingActivities', 'us-gaap:NetCashProvidedByUsedInInvestingActivitiesContinuingOperations'],
  weight: -1,
  label: /^(?:(?:purchases?|payments?|acquisitions?|additions?)\b.*\b(?:property|plant|equipment)\b|capital expenditures?\b)/i,
  notLabel: /\b(?:business(?:es)?|subsidiar(?:y|ies)|securities|investments?|leases?|leased|proceeds|sales?|disposals?|principal|financ\w*|held for sale)\b/i,
  says: 'payments for property and equipment',
};

/**
 * An extension rule's verdicts for a company, as data: for each metric with an extension
 * rule, the accepted concepts in the rule's order, each with its accepting filings (by
 * disclosure id) and the reason. Derived from the company's whole graph (the rule reads its
 * statements' rows and calculation links: extensions.ts), stored with its concept slices
 * (src/store/metric-extensions.ts), and given to a slice (`Graph.extensionVerdicts`), which
 * holds no statements.
 */
export type ExtensionVerdicts = Partial<Record<StandardMetricKey, { concept: string; filings: [disclosureId: string, why: string][] }[]>>;

const m = (key: StandardMetricKey, label: string, nature: MetricNature, measure: MetricMeasure, concepts: string[], description: string, formula: MetricTerm[] | null = null, extension: ExtensionRule | null = null): MetricDefinition => ({
  key,
  label,
  description,
  nature,
  measure,
  concepts,
  formula,
  extension,
});

export const VOCABULARY: readonly MetricDefinition[] = [
  m('REVENUE', 'Revenue', 'FLOW', 'MONEY', ['us-gaap:Revenues', 'us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax', 'us-gaap:SalesRevenueNet', 'us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax', 'us-gaap:SalesRevenueGoodsNet', 'us-gaap:SalesRevenueServicesNet', 'ifrs-full:Revenue'], 'Total revenue (net sales) of the period.'),
  m('COST_OF_REVENUE', 'Cost of revenue', 'FLOW', 'MONEY', ['us-gaap:CostOfRevenue', 'us-gaap:CostOfGoodsAndServicesSold', 'us-gaap:CostOfGoodsSold', 'us-gaap:CostOfServices', 'ifrs-full:CostOfSales'], 'Cost of the goods and services sold.'),
  m('GROSS_PROFIT', 'Gross profit', 'FLOW', 'MONEY', ['us-gaap:GrossProfit', 'ifrs-full:GrossProfit'], 'Revenue less cost of revenue: as reported, else computed.', [
    { metric: 'REVENUE', weight: 1 },
    { metric: 'COST_OF_REVENUE', weight: -1 },
  ]),
  m('OPERATING_INCOME', 'Operating income', 'FLOW', 'MONEY', ['us-gaap:OperatingIncomeLoss', 'ifrs-full:ProfitLossFromOperatingActivities'], 'Income (loss) from operations.'),
  m('NET_INCOME', 'Net income', 'FLOW', 'MONEY', ['us-gaap:NetIncomeLoss', 'us-gaap:ProfitLoss', 'us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic', 'ifrs-full:ProfitLossAttributableToOwnersOfParent', 'ifrs-full:ProfitLoss'], 'Net income (loss) attributable to the parent, else including non-controlling interests.'),
  m('EPS_BASIC', 'EPS, basic', 'FLOW', 'PER_SHARE', ['us-gaap:EarningsPerShareBasic', 'us-gaap:EarningsPerShareBasicAndDiluted', 'ifrs-full:BasicEarningsLossPerShare'], 'Basic earnings (loss) per share, as reported (per-share amounts never add up across quarters).'),
  m('EPS_DILUTED', 'EPS, diluted', 'FLOW', 'PER_SHARE', ['us-gaap:EarningsPerShareDiluted', 'us-gaap:EarningsPerShareBasicAndDiluted', 'ifrs-full:DilutedEarningsLossPerShare'], 'Diluted earnings (loss) per share, as reported.'),
  m('SHARES_OUTSTANDING', 'Shares outstanding', 'BALANCE', 'SHARES', ['us-gaap:CommonStockSharesOutstanding', 'dei:EntityCommonStockSharesOutstanding'], 'Common shares outstanding at the balance sheet date, else as the cover states them.'),
  m('TOTAL_ASSETS', 'Total assets', 'BALANCE', 'MONEY', ['us-gaap:Assets', 'ifrs-full:Assets'], 'Total assets at the balance sheet date.'),
  m('TOTAL_LIABILITIES', 'Total liabilities', 'BALANCE', 'MONEY', ['us-gaap:Liabilities', 'ifrs-full:Liabilities'], 'Total liabilities at the balance sheet date.'),
  m('EQUITY', 'Shareholders\' equity', 'BALANCE', 'MONEY', ['us-gaap:StockholdersEquity', 'us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest', 'ifrs-full:EquityAttributableToOwnersOfParent', 'ifrs-full:Equity'], 'Equity attributable to the parent, else total equity.'),
  m('CASH', 'Cash and cash equivalents', 'BALANCE', 'MONEY', ['us-gaap:CashAndCashEquivalentsAtCarryingValue', 'us-gaap:Cash', 'ifrs-full:CashAndCashEquivalents'], 'Cash and cash equivalents at the balance sheet date (restricted cash excluded).'),
  m('OPERATING_CASH_FLOW', 'Operating cash flow', 'FLOW', 'MONEY', ['us-gaap:NetCashProvidedByUsedInOperatingActivities', 'us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations', 'ifrs-full:CashFlowsFromUsedInOperatingActivities'], 'Net cash provided by (used in) operating activities.'),
  m('CAPITAL_EXPENDITURE', 'Capital expenditure', 'FLOW', 'MONEY', ['us-gaap:PaymentsToAcquirePropertyPlantAndEquipment', 'us-gaap:PaymentsToAcquireProductiveAssets', 'ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities'], 'Payments for property, plant and equipment (a positive amount paid).', null, CAPEX_EXTENSION),
  m('FREE_CASH_FLOW', 'Free cash flow', 'FLOW', 'MONEY', [], 'Operating cash flow less capital expenditure; always computed.', [
    { metric: 'OPERATING_CASH_FLOW', weight: 1 },
    { metric: 'CAPITAL_EXPENDITURE', weight: -1 },
  ]),
  m('DIVIDENDS_PER_SHARE', 'Dividends per share', 'FLOW', 'PER_SHARE', ['us-gaap:CommonStockDividendsPerShareDeclared', 'us-gaap:CommonStockDividendsPerShareCashPaid'], 'Dividends declared per common share, else paid.'),
];

const BY_KEY = new Map(VOCABULARY.map((d) => [d.key, d]));

export function metricDefinition(key: StandardMetricKey): MetricDefinition {
  return BY_KEY.get(key)!;
}

/**
 * What a metric's figures are read from: the concepts of the metric and of its formula's
 * inputs (free cash flow: operating cash flow's and capital expenditure's), and whether an
 * extension rule also weighs the company's own concepts (then its verdicts are needed too).
 */
export function metricReads(key: StandardMetricKey): { concepts: string[]; extensions: boolean } {
  const definition = metricDefinition(key);
  const concepts = [...definition.concepts];
  let extensions = definition.extension !== null;
  for (const term of definition.formula ?? []) {
    const input = metricReads(term.metric);
    concepts.push(...input.concepts);
    extensions ||= input.extensions;
  }
  return { concepts: [...new Set(concepts)], extensions };
}
