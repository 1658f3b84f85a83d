import { conforms } from '../conforms.js';
import type { Column as DomainColumn } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Dimension } from '../fact/dimension.type.js';
import { Period } from '../period/period.type.js';

@ObjectType('StatementColumn', { description: 'A column of a printed table: one period in one currency.' })
export class StatementColumn {
  // `id` (global) and `key` (within the table) are resolved by StatementColumnResolver.
  @Field(() => String, { description: 'Heading in words, e.g. "Three months ended Jun 30, 2024, RMB".' })
  label!: string;

  @Field(() => Period, { nullable: true, description: 'The period the column reports; null in a table whose row groups carry the period (an equity statement: one column per component, "Total" first, one group of rows per period).' })
  period!: Period | null;

  @Field(() => [Dimension], { description: 'The members the column is restricted to (a segment, a region, an equity component); empty for the whole company.' })
  dimensions!: Dimension[];

  @Field(() => String, { description: 'Currency of the column\'s amounts (ISO 4217).' })
  currency!: string;
}

conforms<StatementColumn, DomainColumn>();
