import { registerEnumType } from 'type-graphql';

/** GraphQL names equal the domain values. */
export enum Statement {
  INCOME_STATEMENT = 'INCOME_STATEMENT',
  COMPREHENSIVE_INCOME = 'COMPREHENSIVE_INCOME',
  BALANCE_SHEET = 'BALANCE_SHEET',
  CASH_FLOW = 'CASH_FLOW',
  NON_GAAP_RECONCILIATION = 'NON_GAAP_RECONCILIATION',
  OPERATING_METRICS = 'OPERATING_METRICS',
  EQUITY = 'EQUITY',
  PARENTHETICAL = 'PARENTHETICAL',
  COVER = 'COVER',
  NOTES = 'NOTES',
  POLICIES = 'POLICIES',
  TABLES = 'TABLES',
  DETAILS = 'DETAILS',
  OTHER = 'OTHER',
}

registerEnumType(Statement, {
  name: 'Statement',
  description: 'The statement or table a line item belongs to.',
  valuesConfig: {
    INCOME_STATEMENT: { description: 'Statement of operations (income statement).' },
    COMPREHENSIVE_INCOME: { description: 'Statement of comprehensive income.' },
    BALANCE_SHEET: { description: 'Balance sheet (statement of financial position).' },
    CASH_FLOW: { description: 'Statement of cash flows.' },
    NON_GAAP_RECONCILIATION: { description: 'Reconciliation of GAAP and non-GAAP results.' },
    OPERATING_METRICS: { description: 'Key operating metrics stated outside the financial statements.' },
    EQUITY: { description: 'Statement of shareholders\' equity.' },
    PARENTHETICAL: { description: 'The parenthetical figures of a statement (par values, shares authorized, …).' },
    COVER: { description: 'A filing\'s cover page (document and entity information).' },
    NOTES: { description: 'A note to the financial statements, as text.' },
    POLICIES: { description: 'The accounting policies of a note.' },
    TABLES: { description: 'The tables of a note, as text.' },
    DETAILS: { description: 'The figures of a note, in detail.' },
    OTHER: { description: 'Any other table of a filing.' },
  },
});

/** GraphQL names map to the domain's lowercase measure names. */
export enum Measure {
  MONETARY = 'monetary',
  PER_SHARE = 'per-share',
  PER_ADS = 'per-ads',
  SHARES = 'shares',
  ADS = 'ads',
  PERCENT = 'percent',
  COUNT = 'count',
  MONTHS = 'months',
}

registerEnumType(Measure, {
  name: 'Measure',
  description: 'What a line item measures; with the column currency it fixes the unit of its facts.',
  valuesConfig: {
    MONETARY: { description: 'An amount of money; unit is the currency code, e.g. `CNY`.' },
    PER_SHARE: { description: 'Money per ordinary share; unit e.g. `CNY/shares` (as XBRL names it).' },
    PER_ADS: { description: 'Money per American depositary share; unit e.g. `USD/ADS`.' },
    SHARES: { description: 'A number of shares; unit `shares`.' },
    ADS: { description: 'A number of American depositary shares; unit `ADS`.' },
    PERCENT: { description: 'A ratio, printed as a percent and served as a fraction; unit `pure` ("0.413" for 41.3%).' },
    COUNT: { description: 'A count of things; unit is their noun, e.g. `users`.' },
    MONTHS: { description: 'A length of time in months; unit `months`.' },
  },
});
