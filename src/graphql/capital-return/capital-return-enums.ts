import { registerEnumType } from 'type-graphql';

export enum DividendFrequency {
  ANNUAL = 'ANNUAL',
  SEMI_ANNUAL = 'SEMI_ANNUAL',
  QUARTERLY = 'QUARTERLY',
  SPECIAL = 'SPECIAL',
}

registerEnumType(DividendFrequency, {
  name: 'DividendFrequency',
  description: 'How often a dividend of the kind is paid.',
  valuesConfig: {
    ANNUAL: { description: 'Once a year.' },
    SEMI_ANNUAL: { description: 'Twice a year, e.g. for the first half of a year.' },
    QUARTERLY: { description: 'Every quarter.' },
    SPECIAL: { description: 'A one-off dividend.' },
  },
});

export enum PaymentDateQualifier {
  EXPECTED = 'EXPECTED',
  EXPECTED_AROUND = 'EXPECTED_AROUND',
}

registerEnumType(PaymentDateQualifier, {
  name: 'PaymentDateQualifier',
  description: 'How firmly the source gives a payment date.',
  valuesConfig: {
    EXPECTED: { description: 'Expected on the date ("expected to be on October 29, 2024").' },
    EXPECTED_AROUND: { description: 'Expected on or around the date ("around November 1, 2024"): the exact day may differ.' },
  },
});

export enum AuthorizationQualifier {
  UP_TO = 'UP_TO',
  EXACTLY = 'EXACTLY',
}

registerEnumType(AuthorizationQualifier, {
  name: 'AuthorizationQualifier',
  description: 'How an authorized amount bounds a program.',
  valuesConfig: {
    UP_TO: { description: 'A ceiling: "up to US$350 million".' },
    EXACTLY: { description: 'A fixed amount.' },
  },
});
