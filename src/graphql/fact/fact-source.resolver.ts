import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { FactSource as DomainSource } from '../../domain/model.js';
import { FactSourceKind } from './fact-source-kind.enum.js';
import { FactSource } from './fact-source.type.js';

@Resolver(() => FactSource)
export class FactSourceResolver {
  @FieldResolver(() => FactSourceKind, { description: 'Whether the fact comes from a table cell, a sentence, or is derived from other facts.' })
  kind(@Root() source: DomainSource): FactSourceKind {
    // A printed cell has its column; a sentence has its section; a derivation has neither.
    if (source.column) return FactSourceKind.TABLE_CELL;
    if (source.section !== null) return FactSourceKind.NARRATIVE;
    return FactSourceKind.DERIVED;
  }
}
