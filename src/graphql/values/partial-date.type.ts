import { conforms } from '../conforms.js';
import type { PartialDate as DomainPartialDate } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { DatePrecision } from './date-precision.enum.js';

@ObjectType('PartialDate', { description: 'A date as precise as the source gives it: a year, a month or a day. Nothing more precise is invented.' })
export class PartialDate {
  @Field(() => String, { description: 'The date to its precision: "2000", "2023-01" or "2024-08-13".' })
  value!: string;

  @Field(() => DatePrecision, { description: 'Whether the source gives the year, the month or the day.' })
  precision!: DatePrecision;

  @Field(() => DateScalar, { description: 'First calendar day the date can be, e.g. "2023-01-01" for January 2023.' })
  earliest!: string;

  @Field(() => DateScalar, { description: 'Last calendar day the date can be, e.g. "2023-01-31" for January 2023.' })
  latest!: string;
}

conforms<PartialDate, DomainPartialDate>();
