import { conforms } from '../conforms.js';
import type { ShareRepurchaseProgram as DomainShareRepurchaseProgram } from '../../domain/governance/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Security } from '../company/security.type.js';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Money } from '../values/money.type.js';
import { AuthorizationQualifier } from './capital-return-enums.js';

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
