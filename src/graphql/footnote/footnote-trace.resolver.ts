import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, Footnote as DomainFootnote, TextCorrection as DomainTextCorrection } from '../../domain/model.js';
import { definitionsIn } from '../../domain/narrative/trace-index.js';
import { Definition } from '../definition/definition.type.js';
import { Footnote } from './footnote.type.js';
import { TextCorrection } from './text-correction.type.js';

/** A footnote's corrections and the definitions it states. */
@Resolver(() => Footnote)
export class FootnoteTraceResolver {
  @FieldResolver(() => [TextCorrection], { description: 'OCR errors of the printed note that `text` corrects, each with what the source prints; empty when the text is as printed.' })
  corrections(@Root() footnote: DomainFootnote): DomainTextCorrection[] {
    return footnote.corrections;
  }

  @FieldResolver(() => [Definition], { description: 'The definitions of line items this note states (a note may also only qualify a figure, e.g. by giving its breakdown).' })
  definitions(@Root() footnote: DomainFootnote): readonly DomainDefinition[] {
    return definitionsIn(footnote);
  }
}
