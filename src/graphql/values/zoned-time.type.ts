import { conforms } from '../conforms.js';
import type { ZonedTime as DomainZonedTime } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('ZonedTime', { description: 'A time as the source prints it: the local date and time in its time zone, and the instant it is.' })
export class ZonedTime {
  @Field(() => String, { description: 'Local date and time as printed, ISO 8601 without offset, e.g. "2024-08-13T20:30".' })
  local!: string;

  @Field(() => String, { description: 'IANA time zone of the local time, e.g. "America/New_York" for "U.S. Eastern Time".' })
  timeZone!: string;

  @Field(() => String, { description: 'The same instant in UTC, ISO 8601, e.g. "2024-08-14T00:30:00Z".' })
  utc!: string;

  @Field(() => String, { description: 'The words of the source, e.g. "8:30 PM U.S. Eastern Time on Tuesday, August 13, 2024".' })
  printed!: string;
}

conforms<ZonedTime, DomainZonedTime>();
