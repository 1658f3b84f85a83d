import { conforms } from '../conforms.js';
import type { LineItem as DomainLineItem } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { Measure, Statement } from './statement.enum.js';

@ObjectType('LineItem', { implements: Node, description: 'A row of a company\'s statements or a metric it reports: what a figure is a figure of. The same line item collects facts across periods and disclosures.' })
export class LineItem {
  @Field(() => String, { description: 'Identifier unique within the company and statement, e.g. "total-net-revenue"; for a filing\'s line item, its concept\'s name ("us-gaap:Revenues").' })
  key!: string;

  @Field(() => String, { description: 'Label verbatim from the source, e.g. "Total net revenue" or "Basic".' })
  label!: string;

  @Field(() => Statement, { description: 'The statement or table the line item belongs to.' })
  statement!: Statement;

  @Field(() => Int, { description: 'Position in the printed statement, from 1, depth-first.' })
  order!: number;

  @Field(() => Boolean, { description: 'Whether this is a heading that carries no values of its own (e.g. "Current assets:").' })
  isAbstract!: boolean;

  @Field(() => Measure, { description: 'What the line item measures.' })
  measure!: Measure;

  @Field(() => String, { nullable: true, description: 'Shared by curated line items that print the same figure in different statements (e.g. "net-income"); null when it has no twin.' })
  sameFigureAs!: string | null;
}

conforms<LineItem, DomainLineItem>();
