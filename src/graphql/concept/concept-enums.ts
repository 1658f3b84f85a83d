import { registerEnumType } from 'type-graphql';

/** GraphQL names equal the domain values. */
export enum LabelRole {
  STANDARD = 'STANDARD',
  TERSE = 'TERSE',
  VERBOSE = 'VERBOSE',
  TOTAL = 'TOTAL',
  NEGATED = 'NEGATED',
  NEGATED_TERSE = 'NEGATED_TERSE',
  NEGATED_TOTAL = 'NEGATED_TOTAL',
  NEGATED_NET = 'NEGATED_NET',
  NEGATED_PERIOD_START = 'NEGATED_PERIOD_START',
  NEGATED_PERIOD_END = 'NEGATED_PERIOD_END',
  NET = 'NET',
  PERIOD_START = 'PERIOD_START',
  PERIOD_END = 'PERIOD_END',
  DOCUMENTATION = 'DOCUMENTATION',
  OTHER = 'OTHER',
}

registerEnumType(LabelRole, {
  name: 'LabelRole',
  description: 'The role of a concept\'s label, as XBRL label linkbases assign them.',
  valuesConfig: {
    STANDARD: { description: 'The standard label (`label`).' },
    TERSE: { description: 'A shorter label (`terseLabel`).' },
    VERBOSE: { description: 'A longer, unambiguous label (`verboseLabel`).' },
    TOTAL: { description: 'The label of the concept printed as a total (`totalLabel`).' },
    NEGATED: { description: 'The label of a row printed with its sign flipped (`negatedLabel`, and the legacy `http://xbrl.us/us-gaap/role/label/negated`).' },
    NEGATED_TERSE: { description: 'A terse label printed with the sign flipped (`negatedTerseLabel`).' },
    NEGATED_TOTAL: { description: 'A total label printed with the sign flipped (`negatedTotalLabel`).' },
    NEGATED_NET: { description: 'A net label printed with the sign flipped (`negatedNetLabel`).' },
    NEGATED_PERIOD_START: { description: 'A period start label printed with the sign flipped (`negatedPeriodStartLabel`).' },
    NEGATED_PERIOD_END: { description: 'A period end label printed with the sign flipped (`negatedPeriodEndLabel`).' },
    NET: { description: 'The label of a net amount (`netLabel`).' },
    PERIOD_START: { description: 'The label of a balance printed at the start of a period (`periodStartLabel`).' },
    PERIOD_END: { description: 'The label of a balance printed at the end of a period (`periodEndLabel`).' },
    DOCUMENTATION: { description: 'The definition of the concept in words (`documentation`).' },
    OTHER: { description: 'Any other role; `roleName` gives it.' },
  },
});

export enum PeriodType {
  INSTANT = 'INSTANT',
  DURATION = 'DURATION',
}

registerEnumType(PeriodType, {
  name: 'PeriodType',
  description: 'Whether a concept is measured at an instant (a balance) or over a duration (a flow).',
  valuesConfig: {
    INSTANT: { description: 'At an instant, e.g. total assets.' },
    DURATION: { description: 'Over a duration, e.g. revenues.' },
  },
});

export enum Balance {
  DEBIT = 'DEBIT',
  CREDIT = 'CREDIT',
}

registerEnumType(Balance, {
  name: 'Balance',
  description: 'The side of the ledger a positive value of a monetary concept is on.',
  valuesConfig: {
    DEBIT: { description: 'Debit: assets, expenses.' },
    CREDIT: { description: 'Credit: liabilities, equity, revenues.' },
  },
});
