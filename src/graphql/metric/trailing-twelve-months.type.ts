import { Field, ObjectType } from 'type-graphql';
import type { StandardFigure as DomainStandardFigure } from '../../domain/metrics/metrics.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { StandardMetric } from './metric-enums.js';
import { StandardFigure } from './standard-figure.type.js';

@ObjectType('TrailingTwelveMonths', { description: 'A flow\'s trailing twelve months as known on a date: the sum of the four latest fiscal quarters filed by then, each at its latest value filed by then.' })
export class TrailingTwelveMonths {
  @Field(() => StandardMetric, { nullable: true, description: 'The standard metric; null for a TTM of a concept.' })
  metric!: StandardMetric | null;

  @Field(() => DecimalScalar, { description: 'The exact sum of the four quarters.' })
  value!: string;

  @Field(() => String, { description: 'The currency, as reported.' })
  unit!: string;

  @Field(() => DateScalar, { description: 'The date it is as known on.' })
  asOf!: string;

  @Field(() => [StandardFigure], { description: 'The four quarters, oldest first: each with its fact (a derived quarter with its inputs in `fact.derivedFrom`).' })
  quarters!: DomainStandardFigure[];

  @Field(() => Boolean, { description: 'Whether the last quarter ended more than 183 days before `asOf` (a newer quarter should have been filed by then). In `ttmSeries`, a window that a newer quarter followed is judged on the day that quarter ended: stale only if it ended more than 183 days after this window\'s last.' })
  isStale!: boolean;

  @Field(() => String, { description: 'How it was computed, in words, naming the quarters.' })
  rule!: string;
}
