import { IsOptional, IsString, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { TICKER_PATTERN } from '../validation/validators.js';

@ArgsType()
export class CompanyArgs {
  @Field(() => String, { description: 'Ticker symbol, e.g. "QFIN", "3660" or "AEON WS": 1 to 10 letters, digits or dots, and an optional class or instrument suffix after one space (WS, WT, U, R, PR, a class letter).' })
  @IsString()
  @Matches(TICKER_PATTERN, { message: 'must be a ticker symbol of 1 to 10 letters, digits or dots, such as "QFIN" or "3660"' })
  ticker!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the ticker is resolved on, e.g. "2015-06-30": tickers are reused, so the company listed under it then (default: the current listing).' })
  @IsOptional()
  asOf?: string | null;
}

@ArgsType()
export class CompanyByCikArgs {
  @Field(() => String, { description: 'SEC Central Index Key, with or without its leading zeros, e.g. "320193" or "0000320193".' })
  @IsString()
  @Matches(/^\d{1,10}$/, { message: 'must be a CIK of 1 to 10 digits, such as "320193"' })
  cik!: string;
}
