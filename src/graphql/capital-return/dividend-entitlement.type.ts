import { conforms } from '../conforms.js';
import type { DividendEntitlement as DomainDividendEntitlement } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Security } from '../company/security.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Money } from '../values/money.type.js';
import { PaymentDateQualifier } from './capital-return-enums.js';

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

conforms<DividendEntitlement, DomainDividendEntitlement>();
