import { registerEnumType } from 'type-graphql';

export enum FactOrigin {
  PRINTED = 'PRINTED',
  DERIVED = 'DERIVED',
}

registerEnumType(FactOrigin, {
  name: 'FactOrigin',
  description: 'Whether the source prints a figure or the graph derives it from printed ones.',
  valuesConfig: {
    PRINTED: { description: 'Printed in the source (a table cell or a sentence).' },
    DERIVED: { description: 'Computed from printed facts, which are its inputs.' },
  },
});
