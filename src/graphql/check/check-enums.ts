import { registerEnumType } from 'type-graphql';

export enum CheckKind {
  TABLE_TOTAL = 'TABLE_TOTAL',
  IDENTITY = 'IDENTITY',
  CONVENIENCE_TRANSLATION = 'CONVENIENCE_TRANSLATION',
  SAME_CONCEPT = 'SAME_CONCEPT',
  SOURCE_TEXT = 'SOURCE_TEXT',
}

registerEnumType(CheckKind, {
  name: 'CheckKind',
  description: 'What a check asserts.',
  valuesConfig: {
    TABLE_TOTAL: { description: 'A printed total or subtotal equals the sum of its components.' },
    IDENTITY: { description: 'A declared relation between rows holds, e.g. total assets = total liabilities and equity, per-ADS = 2 × per-share.' },
    CONVENIENCE_TRANSLATION: { description: 'A translated amount equals the original ÷ the stated exchange rate, to the printed precision.' },
    SAME_CONCEPT: { description: 'A figure printed in several statements has the same value in each.' },
    SOURCE_TEXT: { description: 'A curated row is found in the source text exactly as recorded, in printed order.' },
  },
});

export enum CheckStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
}

registerEnumType(CheckStatus, {
  name: 'CheckStatus',
  description: 'The outcome of a check.',
  valuesConfig: {
    PASS: { description: 'The assertion holds within its tolerance.' },
    FAIL: { description: 'The assertion does not hold, or an input is missing.' },
  },
});
