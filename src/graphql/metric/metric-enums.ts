import { registerEnumType } from 'type-graphql';
import { VOCABULARY } from '../../domain/metrics/vocabulary.js';

export enum StandardMetric {
  REVENUE = 'REVENUE',
  COST_OF_REVENUE = 'COST_OF_REVENUE',
  GROSS_PROFIT = 'GROSS_PROFIT',
  OPERATING_INCOME = 'OPERATING_INCOME',
  NET_INCOME = 'NET_INCOME',
  EPS_BASIC = 'EPS_BASIC',
  EPS_DILUTED = 'EPS_DILUTED',
  SHARES_OUTSTANDING = 'SHARES_OUTSTANDING',
  TOTAL_ASSETS = 'TOTAL_ASSETS',
  TOTAL_LIABILITIES = 'TOTAL_LIABILITIES',
  EQUITY = 'EQUITY',
  CASH = 'CASH',
  OPERATING_CASH_FLOW = 'OPERATING_CASH_FLOW',
  CAPITAL_EXPENDITURE = 'CAPITAL_EXPENDITURE',
  FREE_CASH_FLOW = 'FREE_CASH_FLOW',
  DIVIDENDS_PER_SHARE = 'DIVIDENDS_PER_SHARE',
}

registerEnumType(StandardMetric, {
  name: 'StandardMetric',
  description: 'The standard metrics: one vocabulary across companies, each mapped from the concepts filers use (`Query.standardMetrics` lists them with their concepts and rules).',
  valuesConfig: Object.fromEntries(VOCABULARY.map((d) => [d.key, { description: `${d.label}: ${d.description}${d.concepts.length ? ` Concepts, in order: ${d.concepts.join(', ')}.` : ''}` }])),
});

export enum MetricNature {
  FLOW = 'FLOW',
  BALANCE = 'BALANCE',
}

registerEnumType(MetricNature, {
  name: 'MetricNature',
  description: 'Whether a metric is measured over a period or at an instant.',
  valuesConfig: {
    FLOW: { description: 'Measured over a period (revenue, cash flow); a money flow adds up across quarters and has a TTM.' },
    BALANCE: { description: 'Measured at an instant (assets, cash); never added across periods, no TTM.' },
  },
});

export enum MetricMeasure {
  MONEY = 'MONEY',
  PER_SHARE = 'PER_SHARE',
  SHARES = 'SHARES',
}

registerEnumType(MetricMeasure, {
  name: 'MetricMeasure',
  description: 'What a metric\'s values are measured in.',
  valuesConfig: {
    MONEY: { description: 'A currency, as reported (never converted).' },
    PER_SHARE: { description: 'A currency per share ("USD/shares").' },
    SHARES: { description: 'A number of shares.' },
  },
});

export enum MetricRule {
  REPORTED = 'REPORTED',
  COMPUTED = 'COMPUTED',
}

registerEnumType(MetricRule, {
  name: 'MetricRule',
  description: 'How a standard figure was obtained.',
  valuesConfig: {
    REPORTED: { description: 'Taken from the fact of the concept the company reported for the period most recently (ties: the vocabulary\'s order), totals only, its latest report; a quarter nobody printed is the derived quarter.' },
    COMPUTED: { description: 'Computed from other metrics of the same period and currency by the metric\'s formula (`inputs`).' },
  },
});
