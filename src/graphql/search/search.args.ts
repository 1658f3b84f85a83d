import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args.js';
import { TICKER_PATTERN } from '../validation/validators.js';
import { SearchResultType } from './search-result-type.enum.js';

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, {
    description: 'Words to find, e.g. "delinquency" or "capital-light": every word must occur (whole words, any case, any order; punctuation separates words, so "capital-light" and "capital light" are the same), and the last may be the start of a word ("delinq").',
  })
  @IsString()
  @MaxLength(200)
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain at least one letter or digit' })
  query!: string;

  @Field(() => [SearchResultType], { nullable: true, description: 'Only these kinds of results; all kinds when omitted or empty.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(SearchResultType, { each: true })
  types?: SearchResultType[] | null;

  @Field(() => String, { nullable: true, description: 'Only results of the company listed under this ticker ("QFIN", "3660"); every company when omitted. An unknown ticker gives no results.' })
  @IsOptional()
  @IsString()
  @Matches(TICKER_PATTERN, { message: 'must be a ticker symbol of 1 to 10 letters, digits or dots, such as "QFIN" or "3660"' })
  ticker?: string | null;
}
