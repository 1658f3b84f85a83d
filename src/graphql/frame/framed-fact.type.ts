import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Company as DomainCompany, Fact as DomainFact, Period as DomainPeriod } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Fact } from '../fact/fact.type.js';
import { Period } from '../period/period.type.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('FramedFact', { description: 'One company\'s fact in a frame: the fact of the concept and unit that best fits the calendar period by SEC\'s frames rule.' })
export class FramedFact {
  @Field(() => ID, { description: 'Unique for the frame and company: "<frame>|<concept>|<unit>|<fact id>".' })
  id!: string;

  @Field(() => DecimalScalar, { description: 'The exact value, in the frame\'s unit (never converted).' })
  value!: string;

  @Field(() => String, { description: 'The unit, e.g. "USD".' })
  unit!: string;

  @Field(() => String, { description: 'The calendar period, as SEC names it ("CY2023Q3").' })
  frame!: string;

  @Field(() => Company, { description: 'The company that reported it.' })
  company!: DomainCompany;

  @Field(() => Fact, { description: 'The fact: its disclosure, source, revisions and definition.' })
  fact!: DomainFact;

  @Field(() => Period, { description: 'The company\'s own period the fact covers (its fiscal quarter or year, or the instant).' })
  period!: DomainPeriod;

  @Field(() => Int, { description: 'Days between the end of the fact\'s period and the end of the calendar period: how closely it fits (SEC\'s first criterion).' })
  distanceDays!: number;

  @Field(() => String, { description: 'The rule that picked this fact, in words.' })
  rule!: string;
}
