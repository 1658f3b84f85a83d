import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TICKER_PATTERN } from '../validation/validators.js';
import { SearchResultType } from './search-result.union.js';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: 'Words to find, e.g. "delinquency" or "capital-light": every word must occur (whole words, any case, any order; punctuation separates words), and the last may be the start of a word ("delinq").',
  })
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain at least one word' })
  query!: string;

  @Field(() => [SearchResultType], { nullable: true, description: 'Only these kinds of results; all kinds when omitted or empty.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(SearchResultType, { each: true })
  types?: SearchResultType[] | null;

  @Field(() => String, { nullable: true, description: 'Only results of the company listed under this ticker ("QFIN", "3660"); every company when omitted.' })
  @IsOptional()
  @IsString()
  @Matches(TICKER_PATTERN, { message: 'must be a ticker symbol of 1 to 10 letters, digits or dots, such as "QFIN" or "3660"' })
  ticker?: string | null;
}
