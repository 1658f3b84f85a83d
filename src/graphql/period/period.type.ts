import { conforms } from '../conforms.js';
import type { Period as DomainPeriod } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Period', { implements: Node, description: 'When a fact applies: an instant (a balance at the end of a day) or a duration from a start date to an end date, both inclusive.' })
export class Period {
  @Field(() => DateScalar, { nullable: true, description: 'First day of a duration; null for an instant.' })
  startDate!: string | null;

  @Field(() => DateScalar, { description: 'Last day of a duration, or the day of an instant.' })
  endDate!: string;

  @Field(() => Int, { description: 'Fiscal year the period ends in, by the company\'s fiscal calendar.' })
  fiscalYear!: number;

  @Field(() => String, { nullable: true, description: 'Fiscal span: "Q1"–"Q4", "6M", "9M", "FY"; null for an instant or an irregular span.' })
  fiscalPeriod!: string | null;

  @Field(() => String, { description: 'Short label, e.g. "Q2 2024", "6M 2024", "Jun 30, 2024".' })
  label!: string;
}

conforms<Period, DomainPeriod>();
