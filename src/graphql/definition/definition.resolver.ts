import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, Disclosure as DomainDisclosure, Footnote as DomainFootnote, Formula as DomainFormula, LineItem as DomainLineItem } from '../../domain/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItem } from '../statement/line-item.type.js';
import { Definition } from './definition.type.js';
import { Formula } from './formula.type.js';

@Resolver(() => Definition)
export class DefinitionResolver {
  @FieldResolver(() => LineItem, { description: 'The line item defined.' })
  lineItem(@Root() definition: DomainDefinition): DomainLineItem {
    return definition.lineItem;
  }

  @FieldResolver(() => Footnote, { nullable: true, description: 'The footnote that states the definition; null when a section does.' })
  footnote(@Root() definition: DomainDefinition): DomainFootnote | null {
    return definition.footnote;
  }

  @FieldResolver(() => Formula, { nullable: true, description: 'How the measure is computed from other line items; null when it is not a formula.' })
  formula(@Root() definition: DomainDefinition): DomainFormula | null {
    return definition.formula;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that defines the measure.' })
  disclosure(@Root() definition: DomainDefinition): DomainDisclosure {
    return definition.disclosure;
  }
}
