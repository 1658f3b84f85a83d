import { registerEnumType } from 'type-graphql';

export enum FormulaKind {
  SUM = 'SUM',
  RATIO = 'RATIO',
}

registerEnumType(FormulaKind, {
  name: 'FormulaKind',
  description: 'The shape of a formula.',
  valuesConfig: {
    SUM: { description: 'A weighted sum of the inputs, e.g. net income + share-based compensation.' },
    RATIO: { description: 'The sum of the NUMERATOR inputs divided by the sum of the DENOMINATOR inputs, e.g. a margin.' },
  },
});

export enum FormulaRole {
  TERM = 'TERM',
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
}

registerEnumType(FormulaRole, {
  name: 'FormulaRole',
  description: 'The place of an input in a formula.',
  valuesConfig: {
    TERM: { description: 'A term of a sum.' },
    NUMERATOR: { description: 'A term of a ratio\'s numerator.' },
    DENOMINATOR: { description: 'A term of a ratio\'s denominator.' },
  },
});
