import { conforms } from '../conforms.js';
import type { LineItem as DomainLineItem } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { Measure, Statement } from './statement.enum.js';

@ObjectType('LineItem', { implements: Node, description: 'A row of a company\'s statements or a metric it reports: what a figure is a figure of. The same line item collects facts across periods and disclosures.' })
export class LineItem {
  @Field(() => String, { description: 'Identifier unique within the company and statement, e.g. "total-net-revenue"; for a filing\'s line item, its concept\'s name ("us-gaap:Revenues").' })
  key!: string;

  @Field(() => String, { description: 'Label verbatim from the source, e.g. "Total net revenue", "Basic" or "Add: Share-based compensation expenses".' })
  label!: string;

  @Field(() => String, {
    description: 'The label without operator prefixes ("Add:", "Less:") or a heading\'s closing colon, for search and display: "Share-based compensation expenses", "Current assets". Several line items may share a name; `qualifiedLabel` tells them apart.',
  })
  name!: string;

  @Field(() => Statement, { description: 'The statement or table the line item belongs to.' })
  statement!: Statement;

  @Field(() => Int, { description: 'Position in the printed statement, from 1, depth-first.' })
  order!: number;

  @Field(() => Boolean, { description: 'Whether this is a heading that carries no values of its own (e.g. "Current assets:").' })
  isAbstract!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'How the row combines into the total that sums it (`summedInto`), as the checks use it: 1 added, -1 subtracted. Values are stored as printed (operating costs positive), so Income from operations = Total net revenue × 1 + Total operating costs and expenses × -1. Null when no total sums the row (a top-level row, a heading, a metric). For a filing\'s line item (one per company and concept): from the calculation linkbase of the company\'s latest filing, where the concept is a calculation child of exactly one parent with one weight across all its roles; null otherwise (a concept several totals sum, e.g. in different statements; each statement row\'s `calculationWeight` and `sumsInto` then say how it adds up in its own table).',
  })
  weight!: number | null;

  @Field(() => Measure, { description: 'What the line item measures.' })
  measure!: Measure;

  @Field(() => String, { nullable: true, description: 'Shared by curated line items that print the same figure in different statements (e.g. "net-income"); null when it has no twin.' })
  sameFigureAs!: string | null;
}

conforms<LineItem, DomainLineItem>();
