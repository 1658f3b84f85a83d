import { conforms } from '../conforms.js';
import type { ShareRepurchaseProgram as DomainShareRepurchaseProgram } from '../../domain/governance/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Security } from '../company/security.type.js';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { Money } from '../values/money.type.js';
import { AuthorizationQualifier } from './capital-return-enums.js';

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

@ObjectType('ShareRepurchaseProgram', { implements: Node, description: 'A share repurchase (buyback) program: its authorization, term and reported progress.' })
export class ShareRepurchaseProgram {
  @Field(() => DateScalar, { description: 'The date the board approved the program.' })
  approvalDate!: string;

  @Field(() => String, { description: 'Who approved it, as printed.' })
  approvedBy!: string;

  @Field(() => [Security], { description: 'The securities the program may repurchase.' })
  securities!: Security[];

  @Field(() => Money, { description: 'The authorized amount, e.g. 350000000 USD.' })
  authorizedAmount!: Money;

  @Field(() => AuthorizationQualifier, { description: 'Whether the authorized amount is a ceiling ("up to").' })
  authorizedAmountQualifier!: AuthorizationQualifier;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  startDate!: string;

  @Field(() => Int, { description: 'Length of the term in months, e.g. 12.' })
  termMonths!: number;

  @Field(() => DateScalar, { description: 'Last day of the term, derived from `startDate` and `termMonths` (a 12-month period from April 1, 2024 ends on March 31, 2025).' })
  endDate!: string;

  @Field(() => String, { description: 'The source text announcing the program, verbatim.' })
  excerpt!: string;
}

conforms<ShareRepurchaseProgram, DomainShareRepurchaseProgram>();
