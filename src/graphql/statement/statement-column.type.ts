import { Field, ID, ObjectType } from 'type-graphql';
import { Period } from '../period/period.type.js';

@ObjectType('StatementColumn', { description: 'A column of a printed table: one period in one currency.' })
export class StatementColumn {
  @Field(() => ID, { description: 'Globally unique, opaque identifier of this column (of this column of this table: normalized caches must not merge the columns of different tables).' })
  id!: string;

  @Field(() => String, { description: 'Identifier unique within the table, e.g. "usd-3m-2024".' })
  key!: string;

  @Field(() => String, { description: 'Heading in words, e.g. "Three months ended Jun 30, 2024, RMB".' })
  label!: string;

  @Field(() => Period, { description: 'The period the column reports.' })
  period!: Period;

  @Field(() => String, { description: 'Currency of the column\'s amounts (ISO 4217).' })
  currency!: string;
}
