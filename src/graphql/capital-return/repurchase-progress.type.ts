import { conforms } from '../conforms.js';
import type { RepurchaseProgress as DomainRepurchaseProgress } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Security } from '../company/security.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { Money } from '../values/money.type.js';

@ObjectType('RepurchaseProgress', { description: 'How much of a share repurchase program has been used, as of a date a disclosure reports.' })
export class RepurchaseProgress {
  @Field(() => DateScalar, { description: 'The date the figures are as of.' })
  asOf!: string;

  @Field(() => Security, { description: 'The security repurchased, e.g. ADSs.' })
  security!: Security;

  @Field(() => DecimalScalar, { description: 'Units repurchased in aggregate, e.g. "10700000" for "approximately 10.7 million ADSs".' })
  quantity!: string;

  @Field(() => Money, { description: 'Total amount spent in aggregate.' })
  amount!: Money;

  @Field(() => Money, { description: 'Average price per unit of `security`, e.g. 19.7 USD per ADS.' })
  averagePrice!: Money;

  @Field(() => Boolean, { description: 'Whether `amount` includes commissions.' })
  inclusiveOfCommissions!: boolean;

  @Field(() => Boolean, { description: 'Whether the source gives the figures as approximate ("approximately US$211 million").' })
  isApproximate!: boolean;

  @Field(() => String, { description: 'The source text reporting the progress, verbatim.' })
  excerpt!: string;
}

conforms<RepurchaseProgress, DomainRepurchaseProgress>();
