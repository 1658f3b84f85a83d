import { Field, ObjectType } from 'type-graphql';
import type { Fact as DomainFact, Period as DomainPeriod } from '../../domain/model.js';
import { Fact } from '../fact/fact.type.js';
import { Period } from '../period/period.type.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('SeriesPoint', { description: 'One value of a series: the latest report of a figure for one period, or the quarter derived from its latest reports.' })
export class SeriesPoint {
  @Field(() => DecimalScalar, { description: 'The exact value (the fact\'s value).' })
  value!: string;

  @Field(() => Period, { description: 'The fiscal quarter or year.' })
  period!: DomainPeriod;

  @Field(() => Fact, { description: 'The fact behind the value: its disclosure, source and, when derived, its inputs.' })
  fact!: DomainFact;

  @Field(() => Boolean, { description: 'Whether the value is derived (e.g. Q4 = fiscal year − nine months) rather than printed.' })
  isDerived!: boolean;
}
