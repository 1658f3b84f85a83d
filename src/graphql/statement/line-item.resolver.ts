import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { lineItemFacts } from '../../domain/fact-index.js';
import type { Concept as DomainConcept, Company as DomainCompany, Fact as DomainFact, Footnote as DomainFootnote, LineItem as DomainLineItem, StatementTable as DomainTable, Definition as DomainDefinition } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Concept } from '../concept/concept.type.js';
import { Fact } from '../fact/fact.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItemFactsArgs } from './line-item-facts.args.js';
import { LineItem } from './line-item.type.js';
import { StatementTable } from './statement-table.type.js';
import { Definition } from '../definition/definition.type.js';

@Resolver(() => LineItem)
export class LineItemResolver {
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
    description: 'Every value stated for this line item, across periods, units and disclosures, in the order the source prints them. A plain list: a line item has a bounded number of facts per disclosure.',
  })
  facts(@Root() item: DomainLineItem, @Args(() => LineItemFactsArgs) { filter, unit }: LineItemFactsArgs): readonly DomainFact[] {
    if (!filter && unit == null) return item.facts;
    if (unit != null && filter?.unit != null && unit !== filter.unit) return [];
    return lineItemFacts(item).query({ ...filter, unit: unit ?? filter?.unit });
  }

  @FieldResolver(() => [Definition], { description: 'What defines the line item (a footnote, a section of the release) and its formula, oldest disclosure first.' })
  definitions(@Root() item: DomainLineItem): DomainDefinition[] {
    return item.definitions;
  }
}
