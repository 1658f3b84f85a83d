import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { conceptFacts } from '../../domain/fact-index.js';
import type { Company as DomainCompany, Concept as DomainConcept, ConceptLabel as DomainLabel, Definition as DomainDefinition, Fact as DomainFact, LineItem as DomainLineItem } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Definition } from '../definition/definition.type.js';
import { FactConnection } from '../fact/fact-connection.type.js';
import { FactFilterArgs } from '../fact/fact-filter.args.js';
import { ConnectionArgs } from '../pagination/connection.args.js';
import type { Connection } from '../pagination/connection.type.js';
import { paginate } from '../pagination/paginate.js';
import { LineItem } from '../statement/line-item.type.js';
import { ConceptFactsArgs } from './concept-facts.args.js';
import { ConceptLabel } from './concept-label.type.js';
import { Concept } from './concept.type.js';

@Resolver(() => Concept)
export class ConceptResolver {
  @FieldResolver(() => Company, { description: 'The company whose concept this is.' })
  company(@Root() concept: DomainConcept): DomainCompany {
    return concept.company;
  }

  @FieldResolver(() => [ConceptLabel], { description: 'Every label of the concept, by role (standard, terse, total, negated, period start and end, verbose, documentation), from the latest filing that labels it.' })
  labels(@Root() concept: DomainConcept): DomainLabel[] {
    return concept.labels;
  }

  @FieldResolver(() => [Definition], { description: 'What defines the concept: for a filing\'s concept its documentation label; for a curated concept the definitions of its line items.' })
  definitions(@Root() concept: DomainConcept): DomainDefinition[] {
    return concept.definitions;
  }

  @FieldResolver(() => [LineItem], { description: 'The line items that report the concept: one for a filing\'s concept; for a curated concept, each statement row that prints the figure.' })
  lineItems(@Root() concept: DomainConcept): DomainLineItem[] {
    return concept.lineItems;
  }

  @FieldResolver(() => FactConnection, { description: 'Every fact of the concept, across disclosures, periods, units and dimensions: newest disclosure first, then as each disclosure reports them. Filter by period, fiscal period, unit, origin or statement.' })
  facts(
    @Root() concept: DomainConcept,
    @Args(() => ConceptFactsArgs) _asOf: ConceptFactsArgs,
    @Args(() => FactFilterArgs) { filter }: FactFilterArgs,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ): Connection<DomainFact> {
    return paginate(conceptFacts(concept).query(filter ?? {}), args);
  }
}
