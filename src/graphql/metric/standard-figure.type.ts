import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { MetricRule } from './metric-enums.js';

@ObjectType('StandardFigure', { description: 'A company\'s value of a standard metric (or, in a TTM of a concept, of that concept) for one fiscal quarter or year, traced to the fact and concept it came from, or to its inputs.' })
export class StandardFigure {
  @Field(() => DecimalScalar, { description: 'The exact value, in `unit`.' })
  value!: string;

  @Field(() => String, { description: 'The unit as reported ("USD", "CNY", "USD/shares", "shares"): currencies are never converted.' })
  unit!: string;

  @Field(() => Int, { description: 'The company\'s fiscal year.' })
  fiscalYear!: number;

  @Field(() => String, { description: '"FY" or "Q1"…"Q4" (for a balance: the fiscal period its date closes).' })
  fiscalPeriod!: string;

  @Field(() => MetricRule, { description: 'Reported (from a fact) or computed (from other metrics).' })
  rule!: MetricRule;

  @Field(() => String, { description: 'How the figure was chosen or computed, in words: the concept and why, or the formula.' })
  explanation!: string;

  @Field(() => DateScalar, { description: 'When it became known: the filing date of the latest report it rests on.' })
  knownOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date it is as known on; null for what is known now.' })
  asOf!: string | null;
}
