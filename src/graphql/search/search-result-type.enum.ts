import { registerEnumType } from 'type-graphql';

/** GraphQL names for the domain's type names. */
export enum SearchResultType {
  LINE_ITEM = 'LineItem',
  DEFINITION = 'Definition',
  FOOTNOTE = 'Footnote',
}

registerEnumType(SearchResultType, {
  name: 'SearchResultType',
  description: 'A kind of object search can find.',
  valuesConfig: {
    LINE_ITEM: { description: 'Line items, matched on their label and, with less weight, the headings they are printed under.' },
    DEFINITION: { description: 'Definitions, matched on their text (or basis) and the label of the line item they define.' },
    FOOTNOTE: { description: 'Footnotes, matched on their text.' },
  },
});
