import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, LineItem as DomainLineItem } from '../../domain/model.js';
import { LineItem } from '../statement/line-item.type.js';
import { Definition } from './definition.type.js';

@Resolver(() => LineItem)
export class LineItemDefinitionsResolver {
  @FieldResolver(() => [Definition], { description: 'What defines this line item, in each disclosure that defines it: the footnote or section text, verbatim, and its formula when it is computed from other line items.' })
  definitions(@Root() item: DomainLineItem): DomainDefinition[] {
    return item.definitions;
  }
}
