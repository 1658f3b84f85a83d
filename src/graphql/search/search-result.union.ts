import { createUnionType } from 'type-graphql';
import type { Searchable as SearchHit } from '../../domain/search/search-index.js';
import { Definition } from '../definition/definition.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItem } from '../statement/line-item.type.js';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Something `search` finds: a line item, a footnote or a definition.',
  types: () => [LineItem, Footnote, Definition] as const,
  resolveType: (hit) => (hit as unknown as SearchHit).type,
});
