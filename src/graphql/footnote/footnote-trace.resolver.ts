import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, Footnote as DomainFootnote } from '../../domain/model.js';
import { definitionsIn } from '../../domain/narrative/trace-index.js';
import { Definition } from '../definition/definition.type.js';
import { Footnote } from './footnote.type.js';

@Resolver(() => Footnote)
export class FootnoteTraceResolver {
  @FieldResolver(() => [Definition], { description: 'The definitions of line items this note states (a note may also only qualify a figure, e.g. by giving its breakdown).' })
  definitions(@Root() footnote: DomainFootnote): readonly DomainDefinition[] {
    return definitionsIn(footnote);
  }
}
