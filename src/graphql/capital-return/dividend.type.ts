import { conforms } from '../conforms.js';
import type { Dividend as DomainDividend } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DividendFrequency } from './capital-return-enums.js';
import { DividendEntitlement } from './dividend-entitlement.type.js';
import { ShareRegistrar } from './share-registrar.type.js';

@ObjectType('Dividend', { implements: Node, description: 'A dividend a disclosure declares, with the amount per security, the record and payment dates.' })
export class Dividend {
  @Field(() => DividendFrequency, { description: 'What kind of dividend, e.g. SEMI_ANNUAL.' })
  frequency!: DividendFrequency;

  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "the first half of 2024".' })
  periodPrinted!: string | null;

  @Field(() => String, { description: 'Who approved it, as printed.' })
  approvedBy!: string;

  @Field(() => String, { nullable: true, description: 'The policy the dividend follows, as the disclosure refers to it (its terms are not necessarily printed).' })
  policy!: string | null;

  @Field(() => [DividendEntitlement], { description: 'Amount and dates for each security.' })
  entitlements!: DividendEntitlement[];

  @Field(() => ShareRegistrar, { nullable: true, description: 'Where share transfers must be lodged to qualify, and by when; null when not stated.' })
  registrar!: ShareRegistrar | null;

  @Field(() => String, { description: 'The source text declaring the dividend, verbatim.' })
  excerpt!: string;
}

conforms<Dividend, DomainDividend>();
