import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Disclosure as DomainDisclosure, Footnote as DomainFootnote, LineItem as DomainLineItem } from '../../domain/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { LineItem } from '../statement/line-item.type.js';
import { Footnote } from './footnote.type.js';

@Resolver(() => Footnote)
export class FootnoteResolver {
  @FieldResolver(() => Disclosure, { description: 'The disclosure the note belongs to.' })
  disclosure(@Root() footnote: DomainFootnote): DomainDisclosure {
    return footnote.disclosure;
  }

  @FieldResolver(() => [LineItem], { description: 'The line items the note defines or qualifies.' })
  lineItems(@Root() footnote: DomainFootnote): DomainLineItem[] {
    return footnote.lineItems;
  }
}
