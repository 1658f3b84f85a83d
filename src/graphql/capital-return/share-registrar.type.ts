import { conforms } from '../conforms.js';
import type { Dividend as DomainDividend } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { ZonedTime } from '../values/zoned-time.type.js';

@ObjectType('ShareRegistrar', { description: 'The share registrar that must receive share transfers for holders to qualify.' })
export class ShareRegistrar {
  @Field(() => String, { description: 'Name, e.g. "Computershare Hong Kong Investor Services Limited".' })
  name!: string;

  @Field(() => String, { description: 'Its role as printed, e.g. "Hong Kong branch share registrar".' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Address as printed.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'What must be lodged, as printed.' })
  requirement!: string | null;

  @Field(() => ZonedTime, { description: 'The deadline for lodging transfers, in its time zone.' })
  deadline!: ZonedTime;
}

conforms<ShareRegistrar, NonNullable<DomainDividend['registrar']>>();
