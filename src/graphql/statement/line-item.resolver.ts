import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { lineItemFacts } from '../../domain/fact-index.js';
import type { Company as DomainCompany, Fact as DomainFact, Footnote as DomainFootnote, LineItem as DomainLineItem, StatementTable as DomainTable } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Fact } from '../fact/fact.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { LineItemFactsArgs } from './line-item-facts.args.js';
import { LineItem } from './line-item.type.js';
import { StatementTable } from './statement-table.type.js';

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

  @FieldResolver(() => LineItem, { nullable: true, description: 'The total this row adds into with `weight`: its parent when the parent is the sum of its children, or the total row printed after it; null when no total sums it.' })
  summedInto(@Root() item: DomainLineItem): DomainLineItem | null {
    return item.summedInto;
  }

  @FieldResolver(() => [LineItem], { description: 'Line items printed under this one, in printed order.' })
  children(@Root() item: DomainLineItem): DomainLineItem[] {
    return item.children;
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

}

