import { conforms } from '../conforms.js';
import type { Listing as DomainListing } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Exchange } from './company-enums.js';
import { Security } from './security.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Listing', { description: 'A security of the company traded on an exchange under a ticker, over a span of time: a ticker may have named another company before (see `Query.company(asOf:)`).' })
export class Listing {
  @Field(() => String, { description: 'Ticker symbol on the exchange, e.g. "QFIN" or "3660".' })
  ticker!: string;

  @Field(() => Exchange, { description: 'The exchange.' })
  exchange!: Exchange;

  @Field(() => Security, { description: 'The security listed.' })
  security!: Security;

  @Field(() => DateScalar, { nullable: true, description: 'The earliest day the listing is known from: the filing date of the first loaded filing whose cover states it; null when unknown (curated listings).' })
  listedFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day a filing stated the listing, when a later filing of the company no longer does (the ticker was dropped or changed); null while current.' })
  listedUntil!: string | null;
}

conforms<Listing, DomainListing>();
