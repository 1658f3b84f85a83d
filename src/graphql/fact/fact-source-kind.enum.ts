import { registerEnumType } from 'type-graphql';

export enum FactSourceKind {
  TABLE_CELL = 'TABLE_CELL',
  NARRATIVE = 'NARRATIVE',
  DERIVED = 'DERIVED',
  XBRL_ELEMENT = 'XBRL_ELEMENT',
  COMPANY_FACTS = 'COMPANY_FACTS',
}

registerEnumType(FactSourceKind, {
  name: 'FactSourceKind',
  description: 'Where in a disclosure a fact comes from.',
  valuesConfig: {
    TABLE_CELL: { description: 'A cell of a printed table: `table`, `column` and the row as `excerpt`.' },
    NARRATIVE: { description: 'A sentence of the text: `section` and the sentence as `excerpt`.' },
    DERIVED: { description: 'Computed from printed facts (`Fact.derivedFrom`), e.g. a first quarter as six months − second quarter.' },
    XBRL_ELEMENT: { description: 'An element of a filing\'s XBRL instance document: `element` gives the file, the element id and its line.' },
    COMPANY_FACTS: { description: 'A record of SEC\'s companyfacts (data.sec.gov/api/xbrl/companyfacts): `companyFacts` gives the accession, form, filing date and SEC\'s frame.' },
  },
});
