import { registerEnumType } from 'type-graphql';

export enum FactSourceKind {
  TABLE_CELL = 'TABLE_CELL',
  NARRATIVE = 'NARRATIVE',
  DERIVED = 'DERIVED',
}

registerEnumType(FactSourceKind, {
  name: 'FactSourceKind',
  description: 'What kind of place in a disclosure a fact comes from.',
  valuesConfig: {
    TABLE_CELL: { description: 'A cell of a printed table: `table`, `column` and the row as `excerpt`.' },
    NARRATIVE: { description: 'A sentence of the text (highlights, results, commentary, a footnote): `section` and the sentence as `excerpt`.' },
    DERIVED: { description: 'Computed from printed facts (e.g. the first quarter as six months − three months): `Fact.derivedFrom` lists them and `excerpt` says how.' },
  },
});
