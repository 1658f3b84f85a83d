import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { LineItem } from '../statement/line-item.type.js';
import { FormulaRole } from './formula-kind.enum.js';

@ObjectType('FormulaInput', { description: 'A line item a formula is computed from, with its place and weight.' })
export class FormulaInput {
  @Field(() => LineItem, { description: 'The input line item; its facts for a period are the inputs for that period.' })
  lineItem!: LineItem;

  @Field(() => FormulaRole, { description: 'Where the input enters the formula.' })
  role!: FormulaRole;

  @Field(() => DecimalScalar, { description: 'Multiplier of the input, e.g. "1", "-1", "0.5".' })
  weight!: string;
}
