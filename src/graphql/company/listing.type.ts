import { conforms } from '../conforms.js';
import type { Listing as DomainListing } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Exchange } from './company-enums.js';
import { Security } from './security.type.js';

@ObjectType('Listing', { description: 'A security of the company traded on an exchange under a ticker.' })
export class Listing {
  @Field(() => String, { description: 'Ticker symbol on the exchange, e.g. "QFIN" or "3660".' })
  ticker!: string;

  @Field(() => Exchange, { description: 'The exchange.' })
  exchange!: Exchange;

  @Field(() => Security, { description: 'The security listed.' })
  security!: Security;
}

conforms<Listing, DomainListing>();
