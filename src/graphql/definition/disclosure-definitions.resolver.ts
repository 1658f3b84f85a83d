import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Definition as DomainDefinition, Disclosure as DomainDisclosure } from '../../domain/model.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Definition } from './definition.type.js';

@Resolver(() => Disclosure)
export class DisclosureDefinitionsResolver {
  @FieldResolver(() => [Definition], { description: 'The definitions the disclosure states (footnotes and sections such as "Use of Non-GAAP Financial Measures Statement"), in curation order. A plain list: a disclosure defines a bounded number of measures.' })
  definitions(@Root() disclosure: DomainDisclosure): DomainDefinition[] {
    return disclosure.definitions;
  }
}
