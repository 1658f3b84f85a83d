import { conforms } from '../conforms.js';
import type { ConvenienceTranslation as DomainConvenienceTranslation } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';

@ObjectType('ConvenienceTranslation', { description: 'The exchange rate at which a disclosure translates amounts into another currency solely for the reader\'s convenience.' })
export class ConvenienceTranslation {
  @Field(() => String, { description: 'Currency translated from (ISO 4217), e.g. "CNY".' })
  from!: string;

  @Field(() => String, { description: 'Currency translated to (ISO 4217), e.g. "USD".' })
  to!: string;

  @Field(() => DecimalScalar, { description: 'Units of `from` per one unit of `to`, e.g. "7.2672".' })
  rate!: string;

  @Field(() => DateScalar, { description: 'Date of the rate.' })
  asOf!: string;

  @Field(() => String, { description: 'The sentence of the source that states the rate.' })
  excerpt!: string;
}

conforms<ConvenienceTranslation, DomainConvenienceTranslation>();
