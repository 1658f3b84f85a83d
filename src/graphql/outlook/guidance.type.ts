import { conforms } from '../conforms.js';
import type { Guidance as DomainGuidance } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Correction } from '../fact/correction.type.js';
import { Node } from '../node/node.interface.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { Money } from '../values/money.type.js';

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

@ObjectType('Guidance', { implements: Node, description: 'A range a company guides a measure to for a coming period (its business outlook).' })
export class Guidance {
  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "the third quarter of 2024".' })
  periodPrinted!: string | null;

  @Field(() => String, { description: 'The measure as the source names it, e.g. "non-GAAP net income".' })
  metric!: string;

  @Field(() => Money, { description: 'Low end of the range.' })
  low!: Money;

  @Field(() => Money, { description: 'High end of the range.' })
  high!: Money;

  @Field(() => [Correction], { description: 'OCR errors corrected in the range, e.g. "RMBL1.65 billion" read as "RMB1.65 billion", with why.' })
  corrections!: Correction[];

  @Field(() => GuidanceGrowth, { nullable: true, description: 'The growth the range represents, when printed.' })
  growth!: GuidanceGrowth | null;

  @Field(() => String, { nullable: true, description: 'The disclosure\'s own qualification of its outlook, verbatim.' })
  caveat!: string | null;

  @Field(() => String, { description: 'The source text giving the guidance, verbatim (as printed, errors included).' })
  excerpt!: string;
}

conforms<Guidance, DomainGuidance>();
