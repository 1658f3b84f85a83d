import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { FactSource as DomainSource } from '../../domain/model.js';
import { FactSourceKind } from './fact-source-kind.enum.js';
import { FactSource } from './fact-source.type.js';

@Resolver(() => FactSource)
export class FactSourceResolver {
  @FieldResolver(() => FactSourceKind, { description: 'Whether the fact is a table cell, a figure in a sentence, or derived.' })
  kind(@Root() source: DomainSource): FactSourceKind {
    return source.column ? FactSourceKind.TABLE_CELL : source.table ? FactSourceKind.DERIVED : FactSourceKind.NARRATIVE;
  }
}
