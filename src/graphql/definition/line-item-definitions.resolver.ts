import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, LineItem as DomainLineItem } from '../../domain/model.js';
import { LineItem } from '../statement/line-item.type.js';
import { Definition } from './definition.type.js';

@Resolver(() => LineItem)
export class LineItemDefinitionsResolver {
  @FieldResolver(() => [Definition], { description: 'What defines the line item (a footnote, a section of the release) and its formula, oldest disclosure first.' })
  definitions(@Root() item: DomainLineItem): DomainDefinition[] {
    return item.definitions;
  }
}
