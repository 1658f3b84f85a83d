import { conforms } from '../conforms.js';
import type { Guidance as DomainGuidance } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Correction } from '../fact/correction.type.js';
import { Node } from '../node/node.interface.js';
import { Money } from '../values/money.type.js';
import { GuidanceGrowth } from './guidance-growth.type.js';

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
