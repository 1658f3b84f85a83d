import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Concept as DomainConcept, Dimension as DomainDimension, Disclosure as DomainDisclosure, Period as DomainPeriod, TextFact as DomainTextFact } from '../../domain/model.js';
import { Concept } from '../concept/concept.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Dimension } from '../fact/dimension.type.js';
import { Period } from '../period/period.type.js';
import { unpackText } from '../../domain/packed-text.js';
import { TextFact } from './text-fact.type.js';

@Resolver(() => TextFact)
export class TextFactResolver {
  @FieldResolver(() => String, { description: 'The value as filed (whitespace trimmed); a text block keeps its XHTML markup, to be shown sandboxed.' })
  value(@Root() fact: DomainTextFact): string {
    return unpackText(fact.value);
  }

  @FieldResolver(() => Concept, { description: 'What the text is: its concept (`us-gaap:RevenueFromContractWithCustomerTextBlock`, `dei:EntityRegistrantName`).' })
  concept(@Root() fact: DomainTextFact): DomainConcept {
    return fact.concept;
  }

  @FieldResolver(() => Disclosure, { description: 'The filing that states it.' })
  disclosure(@Root() fact: DomainTextFact): DomainDisclosure {
    return fact.disclosure;
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The period of its context; null for a context of no period (`forever`).' })
  period(@Root() fact: DomainTextFact): DomainPeriod | null {
    return fact.period;
  }

  @FieldResolver(() => [Dimension], { description: 'The axes and members of its context; empty for the whole company.' })
  dimensions(@Root() fact: DomainTextFact): readonly DomainDimension[] {
    return fact.dimensions;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The element\'s id in the instance document, where the text is in the source; null when it has none.' })
  elementId(@Root() fact: DomainTextFact): string | null {
    return fact.source.elementId;
  }
}
