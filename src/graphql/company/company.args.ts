import { IsString, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TICKER_PATTERN } from '../validation/validators.js';

@ArgsType()
export class CompanyArgs {
  @Field(() => String, { description: 'Ticker symbol, e.g. "QFIN" or "3660": 1 to 10 letters, digits or dots.' })
  @IsString()
  @Matches(TICKER_PATTERN, { message: 'must be a ticker symbol of 1 to 10 letters, digits or dots, such as "QFIN" or "3660"' })
  ticker!: string;
}
