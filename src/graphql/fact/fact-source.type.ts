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

  @Field(() => String, { description: 'The row or sentence as printed in the source text; for a derived fact, how it was derived.' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'For a figure stated in a sentence: the heading of its section, e.g. "Second Quarter 2024 Financial Results".' })
  section!: string | null;
}
