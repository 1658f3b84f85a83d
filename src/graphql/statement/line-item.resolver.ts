import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seriesOf, type SeriesPoint as DomainSeriesPoint } from '../../domain/time/series.js';
import { graphOf, sourceOf, type Context } from '../context.js';
import { AsOfArgs } from '../time/as-of.args.js';
import { SeriesFrequency } from '../time/series-frequency.enum.js';
import { SeriesPoint } from '../time/series-point.type.js';
import { lineItemFacts } from '../../domain/fact-index.js';
import { latestFactOf, printedLabelOf } from '../../domain/search/latest-fact.js';
import { assertKnownUnit } from '../validation/known-values.js';
import type { Concept as DomainConcept, Company as DomainCompany, Fact as DomainFact, Footnote as DomainFootnote, LineItem as DomainLineItem, StatementTable as DomainTable, Definition as DomainDefinition } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Concept } from '../concept/concept.type.js';
import { Fact } from '../fact/fact.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItemFactsArgs } from './line-item-facts.args.js';
import { LineItem } from './line-item.type.js';
import { StatementTable } from './statement-table.type.js';
import { Definition } from '../definition/definition.type.js';
import type { StatementTable as DomainNoteTable } from '../../domain/model.js';

@Resolver(() => LineItem)
export class LineItemResolver {
  @FieldResolver(() => [StatementTable], { description: 'For a filing\'s line item: the notes that detail it (the NOTES tables whose tables and details print it), each with its text block (`textFacts`): the way from a figure to its note. Empty for a curated line item.' })
  notes(@Root() lineItem: DomainLineItem): DomainNoteTable[] {
    return lineItem.notes;
  }

  @FieldResolver(() => String, { description: 'The label with its headings, e.g. "Net income per ordinary share attributable to ordinary shareholders of Qifu Technology, Inc. › Basic".' })
  qualifiedLabel(@Root() item: DomainLineItem): string {
    const labels: string[] = [];
    for (let p: DomainLineItem | null = item; p; p = p.parent) labels.unshift(p.label);
    return labels.join(' › ');
  }

  @FieldResolver(() => LineItem, { nullable: true, description: 'The line item this one is printed under; null at the top of a statement.' })
  parent(@Root() item: DomainLineItem): DomainLineItem | null {
    return item.parent;
  }

  @FieldResolver(() => LineItem, { nullable: true, description: 'The total this row adds into with `weight`: its parent when the parent is the sum of its children, or the total row printed after it; for a filing\'s line item, the one calculation parent of its concept in the company\'s latest filing. Null when no total sums it, or, for a filing, when several do (see `weight`).' })
  summedInto(@Root() item: DomainLineItem): DomainLineItem | null {
    return item.summedInto;
  }

  @FieldResolver(() => [LineItem], { description: 'Line items printed under this one, in printed order.' })
  children(@Root() item: DomainLineItem): DomainLineItem[] {
    return item.children;
  }

  @FieldResolver(() => Concept, { description: 'What the line item measures: for a filing, the XBRL concept it reports; for a curated row, its concept (shared by the rows that print the same figure).' })
  concept(@Root() item: DomainLineItem): DomainConcept {
    return item.concept;
  }

  @FieldResolver(() => Company, { description: 'The company whose line item this is.' })
  company(@Root() item: DomainLineItem): DomainCompany {
    return item.company;
  }

  @FieldResolver(() => [StatementTable], { description: 'The printed tables that carry this line item, oldest disclosure first.' })
  tables(@Root() item: DomainLineItem): DomainTable[] {
    return item.tables;
  }

  @FieldResolver(() => [Footnote], { description: 'The numbered notes that define or qualify this line item.' })
  footnotes(@Root() item: DomainLineItem): DomainFootnote[] {
    return item.footnotes;
  }

  @FieldResolver(() => [Fact], {
    nullable: true,
    description: 'Every value stated for this line item, across periods, units and disclosures, in the order the source prints them. A plain list: a line item has a bounded number of facts per disclosure. Null only with an error (a refused argument), which then leaves the line item\'s other fields, and the list it is in, answered.',
  })
  facts(
    @Root() item: DomainLineItem,
    @Args(() => LineItemFactsArgs) { filter, unit }: LineItemFactsArgs,
    @Args(() => AsOfArgs) { asOf }: AsOfArgs,
    @Ctx() ctx: Context,
  ): readonly DomainFact[] {
    let facts: readonly DomainFact[];
    if (!filter && unit == null) facts = item.facts;
    else {
      assertKnownUnit(sourceOf(ctx).known(), unit, 'unit');
      assertKnownUnit(sourceOf(ctx).known(), filter?.unit, 'filter.unit');
      facts = unit != null && filter?.unit != null && unit !== filter.unit ? [] : lineItemFacts(item).query({ ...filter, unit: unit ?? filter?.unit });
    }
    return asOf ? graphOf(ctx, item.company).timeline.asOf(facts, asOf) : facts;
  }

  @FieldResolver(() => String, { description: 'The label the newest table printing the line item gives its row ("Net sales" for Apple\'s `us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax`, whose `label` is the taxonomy\'s standard label); `label` when no table prints it.' })
  printedLabel(@Root() item: DomainLineItem): string {
    return printedLabelOf(item);
  }

  @FieldResolver(() => Fact, {
    nullable: true,
    description:
      'The one figure that stands for the line item in a list (a search result) without fetching all its facts: of its latest period, the total (no dimensions) in the reporting currency (no convenience translation), at its latest report; printed before derived, then the shortest period ending that day (the quarter before the six months). Null for a heading or a line item without such a fact.',
  })
  latestFact(@Root() item: DomainLineItem, @Ctx() ctx: Context): DomainFact | null {
    return latestFactOf(item, graphOf(ctx, item.company).timeline);
  }

  @FieldResolver(() => [SeriesPoint], {
    nullable: true,
    description:
      'The line item\'s values over time, ready to plot: one per fiscal quarter or year, each the latest report of its figure, with the quarters nobody printed derived (Q4 = FY − 9M, Q3 = 9M − 6M, Q2 = 6M − Q1) and marked. Oldest period first; convenience translations left out. Null only with an error (an unknown unit).',
  })
  series(
    @Root() item: DomainLineItem,
    @Arg('frequency', () => SeriesFrequency, { description: 'Quarters or years.' }) frequency: SeriesFrequency,
    @Arg('unit', () => String, { nullable: true, description: 'Only values in this unit, e.g. "USD"; by default every unit the figure is reported in.' }) unit: string | null,
    @Ctx() ctx: Context,
  ): DomainSeriesPoint[] {
    assertKnownUnit(sourceOf(ctx).known(), unit, 'unit');
    return seriesOf(graphOf(ctx, item.company).timeline, item.facts, frequency, unit);
  }

  @FieldResolver(() => [Definition], { description: 'What defines the line item (a footnote, a section of the release) and its formula, oldest disclosure first.' })
  definitions(@Root() item: DomainLineItem): DomainDefinition[] {
    return item.definitions;
  }
}
