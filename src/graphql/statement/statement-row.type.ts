import { Field, Int, ObjectType } from 'type-graphql';
import { Fact } from '../fact/fact.type.js';
import { LineItem } from './line-item.type.js';

@ObjectType('StatementRow', { description: 'A row of a printed table, with its cells aligned to the table\'s columns.' })
export class StatementRow {
  @Field(() => LineItem, { description: 'The line item the row prints.' })
  lineItem!: LineItem;

  @Field(() => Int, { description: 'Indentation in the printed hierarchy, 0 for a top-level row.' })
  depth!: number;

  @Field(() => Boolean, { description: 'Whether the row is a total or subtotal of other rows, which a printed table sets apart.' })
  isTotal!: boolean;

  @Field(() => [String], { nullable: 'items', description: 'Cells exactly as the source text prints them (an OCR error included, before its recorded correction), one per column; null for an empty cell.' })
  cells!: (string | null)[];

  @Field(() => [Fact], { nullable: 'items', description: 'The fact of each cell, one per column; null for an empty cell.' })
  facts!: (Fact | null)[];
}
