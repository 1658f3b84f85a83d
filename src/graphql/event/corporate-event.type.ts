import { conforms } from '../conforms.js';
import type { CorporateEvent as DomainCorporateEvent } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ZonedTime } from '../values/zoned-time.type.js';
import { CorporateEventKind } from './event-kind.enum.js';

@ObjectType('CorporateEvent', { implements: Node, description: 'An event a disclosure is or announces: the earnings release itself, the earnings call.' })
export class CorporateEvent {
  @Field(() => CorporateEventKind, { description: 'What kind of event.' })
  kind!: CorporateEventKind;

  @Field(() => String, { description: 'What the event is.' })
  title!: string;

  @Field(() => DateScalar, { description: 'Local date where the event is held (for a call printed in several zones, the date of the first printed time).' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Where, as printed (e.g. the dateline "Shanghai"); null when not printed.' })
  location!: string | null;

  @Field(() => [ZonedTime], { description: 'The start time in each time zone the source prints it, all the same instant; empty when no time is printed.' })
  startsAt!: ZonedTime[];

  @Field(() => String, { description: 'The source text stating the event, verbatim.' })
  excerpt!: string;
}

conforms<CorporateEvent, DomainCorporateEvent>();
