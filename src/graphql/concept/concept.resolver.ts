import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seriesOf, type SeriesPoint as DomainSeriesPoint } from '../../domain/time/series.js';
import { graphOf, sourceOf, type Context } from '../context.js';
import { AsOfArgs } from '../time/as-of.args.js';
import { SeriesFrequency } from '../time/series-frequency.enum.js';
import { SeriesPoint } from '../time/series-point.type.js';
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
import { ConceptLabel } from './concept-label.type.js';
import { Concept } from './concept.type.js';
import { TextFactConnection } from '../text-fact/text-fact-connection.type.js';
import type { TextFact as DomainTextFact } from '../../domain/model.js';
import { assertKnownUnit } from '../validation/known-values.js';

@Resolver(() => Concept)
export class ConceptResolver {
  @FieldResolver(() => TextFactConnection, { description: 'The concept\'s text facts in every filing (a text block\'s note, a cover\'s text), oldest filing first.' })
  textFacts(@Root() concept: DomainConcept, @Args(() => ConnectionArgs) args: ConnectionArgs): Connection<DomainTextFact> {
    return paginate(concept.textFacts, args, { connection: 'Concept.textFacts', owner: concept.id, filter: {} });
  }

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

  @FieldResolver(() => FactConnection, {
    nullable: true,
    description: 'Every fact of the concept, across disclosures, periods, units and dimensions: newest disclosure first, then as each disclosure reports them. Filter by period, fiscal period, unit, origin, statement or dimensions. Null only with an error (a refused argument), which then leaves the concept\'s other fields answered.',
  })
  facts(
    @Root() concept: DomainConcept,
    @Args(() => AsOfArgs) { asOf }: AsOfArgs,
    @Args(() => FactFilterArgs) { filter }: FactFilterArgs,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Connection<DomainFact> {
    assertKnownUnit(sourceOf(ctx).known(), filter?.unit, 'filter.unit');
    const facts = conceptFacts(concept).query(filter ?? {});
    return paginate(asOf ? graphOf(ctx, concept.company).timeline.asOf(facts, asOf) : facts, args, { connection: 'Concept.facts', owner: concept.id, filter: { filter, asOf } });
  }

  @FieldResolver(() => [SeriesPoint], {
    nullable: true,
    description:
      'The concept\'s values over time for the whole company (no dimensions), ready to plot: one per fiscal quarter or year, each the latest report of its figure, with the quarters nobody printed derived across filings (Q4 = FY − 9M, Q3 = 9M − 6M, Q2 = 6M − Q1) and marked. Oldest period first; convenience translations left out. Null only with an error (an unknown unit).',
  })
  series(
    @Root() concept: DomainConcept,
    @Arg('frequency', () => SeriesFrequency, { description: 'Quarters or years.' }) frequency: SeriesFrequency,
    @Arg('unit', () => String, { nullable: true, description: 'Only values in this unit, e.g. "USD"; by default every unit the concept is reported in.' }) unit: string | null,
    @Ctx() ctx: Context,
  ): DomainSeriesPoint[] {
    assertKnownUnit(sourceOf(ctx).known(), unit, 'unit');
    return seriesOf(graphOf(ctx, concept.company).timeline, conceptFacts(concept).all, frequency, unit);
  }
}
