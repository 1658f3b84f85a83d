import { registerEnumType } from 'type-graphql';

export enum FormulaKind {
  SUM = 'SUM',
  RATIO = 'RATIO',
}

registerEnumType(FormulaKind, {
  name: 'FormulaKind',
  description: 'The shape of a formula.',
  valuesConfig: {
    SUM: { description: 'A weighted sum of input line items, e.g. non-GAAP net income = net income + share-based compensation expenses.' },
    RATIO: { description: 'A sum of numerator inputs divided by a sum of denominator inputs, e.g. non-GAAP operating margin = non-GAAP income from operations ÷ total net revenue.' },
  },
});

export enum FormulaRole {
  ADDEND = 'ADDEND',
  SUBTRAHEND = 'SUBTRAHEND',
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
}

registerEnumType(FormulaRole, {
  name: 'FormulaRole',
  description: 'The part an input line item plays in a formula.',
  valuesConfig: {
    ADDEND: { description: 'Added, with its weight, in a sum.' },
    SUBTRAHEND: { description: 'Subtracted in a sum (its weight is negative).' },
    NUMERATOR: { description: 'Part of the numerator of a ratio.' },
    DENOMINATOR: { description: 'Part of the denominator of a ratio.' },
  },
});
