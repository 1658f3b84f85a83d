import { Field, ObjectType } from 'type-graphql';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { StatementColumn } from '../statement/statement-column.type.js';
import { StatementTable } from '../statement/statement-table.type.js';

@ObjectType('FactSource', { description: 'Where in its disclosure a fact is stated.' })
export class FactSource {
  @Field(() => Disclosure, { description: 'The disclosure that states the fact.' })
  disclosure!: Disclosure;

  @Field(() => StatementTable, { nullable: true, description: 'The table that prints it; null for a fact stated in prose or derived.' })
  table!: StatementTable | null;

  @Field(() => StatementColumn, { nullable: true, description: 'The table column that prints it; null outside a table.' })
  column!: StatementColumn | null;

  @Field(() => String, { description: 'The row or sentence as printed in the source text (OCR errors included, as the source prints them); for a derived fact, how it was derived, e.g. "Six months ended Jun 30, 2024 − Three months ended Jun 30, 2024".' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'For a fact stated in prose: the heading of the section whose sentence states it, e.g. "Second Quarter 2024 Financial Results"; null for a table cell or a derived fact.' })
  section!: string | null;
}
