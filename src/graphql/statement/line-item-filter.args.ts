import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { Statement } from './statement.enum.js';

@ArgsType()
export class LineItemFilterArgs {
  @Field(() => Statement, { nullable: true, description: 'Only line items of this statement.' })
  @IsOptional()
  @IsEnum(Statement)
  statement?: Statement | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only line items whose label, with the headings it is printed under, contains every word given (whole words, any case, any order), e.g. "diluted ADS".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain at least one word' })
  search?: string | null;
}
