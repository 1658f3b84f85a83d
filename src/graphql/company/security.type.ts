import { conforms } from '../conforms.js';
import type { Security as DomainSecurity } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { SecurityKind } from './company-enums.js';

@ObjectType('Security', { implements: Node, description: 'A class of securities the company has issued.' })
export class Security {
  @Field(() => String, { description: 'Name, e.g. "American depositary shares".' })
  name!: string;

  @Field(() => SecurityKind, { description: 'Kind of security.' })
  kind!: SecurityKind;

  @Field(() => String, { nullable: true, description: 'Share class, e.g. "A"; null when not classed.' })
  shareClass!: string | null;

  @Field(() => Security, { nullable: true, description: 'For a depositary share: the security it represents.' })
  underlying!: Security | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'For a depositary share: units of `underlying` one unit represents, e.g. "2" (1 ADS = 2 Class A ordinary shares).' })
  underlyingPerUnit!: string | null;
}

conforms<Security, DomainSecurity>();
