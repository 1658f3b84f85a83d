import { conforms } from '../conforms.js';
import type { Guidance as DomainGuidance } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('GuidanceGrowth', { description: 'The growth a guidance range represents, as printed (the base it is measured from may not be printed).' })
export class GuidanceGrowth {
  @Field(() => String, { description: 'What the growth compares, e.g. "year-on-year".' })
  basis!: string;

  @Field(() => DecimalScalar, { description: 'Low end, as a fraction: "0.31" for 31%.' })
  low!: string;

  @Field(() => DecimalScalar, { description: 'High end, as a fraction: "0.40" for 40%.' })
  high!: string;

  @Field(() => String, { description: 'The words of the source.' })
  printed!: string;

  @Field(() => String, { nullable: true, description: 'How the range was recorded, e.g. that its base is not printed.' })
  note!: string | null;
}

conforms<GuidanceGrowth, NonNullable<DomainGuidance['growth']>>();
