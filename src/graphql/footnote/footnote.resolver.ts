import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Disclosure as DomainDisclosure, Footnote as DomainFootnote, LineItem as DomainLineItem, TextCorrection as DomainCorrection, Definition as DomainDefinition } from '../../domain/model.js';
import { TextCorrection } from '../definition/text-correction.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { LineItem } from '../statement/line-item.type.js';
import { Footnote } from './footnote.type.js';
import { definitionsIn } from '../../domain/narrative/trace-index.js';
import { Definition } from '../definition/definition.type.js';

@Resolver(() => Footnote)
export class FootnoteResolver {
  @FieldResolver(() => Disclosure, { description: 'The disclosure the note belongs to.' })
  disclosure(@Root() footnote: DomainFootnote): DomainDisclosure {
    return footnote.disclosure;
  }

  @FieldResolver(() => [TextCorrection], { description: 'Words of the note that OCR garbled in the source text, and how the text here reads them.' })
  corrections(@Root() footnote: DomainFootnote): DomainCorrection[] {
    return footnote.corrections;
  }

  @FieldResolver(() => [LineItem], { description: 'The line items the note defines or qualifies.' })
  lineItems(@Root() footnote: DomainFootnote): DomainLineItem[] {
    return footnote.lineItems;
  }

  @FieldResolver(() => [Definition], { description: 'The definitions of line items this note states (a note may also only qualify a figure, e.g. by giving its breakdown).' })
  definitions(@Root() footnote: DomainFootnote): readonly DomainDefinition[] {
    return definitionsIn(footnote);
  }
}
