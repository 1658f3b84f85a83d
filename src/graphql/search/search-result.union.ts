import { createUnionType, registerEnumType } from 'type-graphql';
import type { Searchable } from '../../domain/search/search-index.js';
import { Definition } from '../definition/definition.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItem } from '../statement/line-item.type.js';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What search finds: a line item (a statement row or operating metric), a definition, or a footnote.',
  types: () => [LineItem, Definition, Footnote] as const,
  resolveType: (value) => (value as unknown as Searchable).type,
});

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
    LINE_ITEM: { description: 'Line items, matched on their label and the headings they are printed under.' },
    DEFINITION: { description: 'Definitions, matched on their text (or basis) and the label of the line item they define.' },
    FOOTNOTE: { description: 'Footnotes, matched on their text.' },
  },
});
