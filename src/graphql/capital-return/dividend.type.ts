import { conforms } from '../conforms.js';
import type { Dividend as DomainDividend } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Security } from '../company/security.type.js';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Money } from '../values/money.type.js';
import { ZonedTime } from '../values/zoned-time.type.js';
import { DividendFrequency, PaymentDateQualifier } from './capital-return-enums.js';

@ObjectType('DividendEntitlement', { description: 'What holders of one security receive from a dividend, and when.' })
export class DividendEntitlement {
  @Field(() => Security, { description: 'The security, e.g. Class A ordinary shares or ADSs.' })
  security!: Security;

  @Field(() => Money, { description: 'Amount per unit of the security, e.g. 0.60 USD per ADS.' })
  amount!: Money;

  @Field(() => String, { description: 'The amount as printed, e.g. "US$0.60".' })
  printedAmount!: string;

  @Field(() => DateScalar, { description: 'Holders of record at the close of business on this date receive the dividend.' })
  recordDate!: string;

  @Field(() => String, { description: 'IANA time zone of the record date\'s close of business, e.g. "Asia/Hong_Kong" for Hong Kong Time.' })
  recordTimeZone!: string;

  @Field(() => String, { description: 'The record date as printed.' })
  recordTimePrinted!: string;

  @Field(() => DateScalar, { description: 'The payment date; see `paymentDateQualifier` for how firm it is.' })
  paymentDate!: string;

  @Field(() => PaymentDateQualifier, { description: 'Whether the payment is expected on the date or around it.' })
  paymentDateQualifier!: PaymentDateQualifier;

  @Field(() => String, { description: 'The payment date as printed, e.g. "around November 1, 2024".' })
  paymentDatePrinted!: string;
}

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
