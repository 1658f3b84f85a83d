import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { FactQuery } from '../../domain/fact-index.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Statement } from '../statement/statement.enum.js';
import { FISCAL_PERIOD_PATTERN, IsNotBefore, UNIT_PATTERN } from '../validation/validators.js';
import { DimensionFilter } from './dimension-filter.input.js';
import { FactOrigin } from './fact-origin.enum.js';

@InputType('FactFilter', { description: 'Narrows a list of facts; every field given must hold. Omitted fields do not filter.' })
export class FactFilter implements FactQuery {
  @Field(() => DateScalar, { nullable: true, description: 'Only facts whose period starts on or after this date (an instant: falls on or after it).' })
  @IsOptional()
  periodFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only facts whose period ends on or before this date. Must not be before `periodFrom`.' })
  @IsOptional()
  @IsNotBefore('periodFrom')
  periodTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only facts whose period ends in this fiscal year, by the company\'s fiscal calendar.' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'must be a year from 1900 to 2200' })
  @Max(2200, { message: 'must be a year from 1900 to 2200' })
  fiscalYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Only facts for this fiscal span: "Q1"–"Q4", "6M", "9M" or "FY".' })
  @IsOptional()
  @Matches(FISCAL_PERIOD_PATTERN, { message: 'must be a fiscal span such as "Q2", "6M" or "FY"' })
  fiscalPeriod?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only balances at an instant; false: only amounts over a duration.' })
  @IsOptional()
  @IsBoolean()
  instant?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only facts in this unit, written as the facts carry it (SEC\'s spelling, case-sensitive): "USD", "CNY", "USD/shares", "USD/ADS", "shares", "pure". A unit no fact has ("usd") is refused with BAD_USER_INPUT.',
  })
  @IsOptional()
  @Matches(UNIT_PATTERN, { message: 'must be a unit such as "CNY", "USD/ADS" or "shares"' })
  unit?: string | null;

  @Field(() => FactOrigin, { nullable: true, description: 'Only printed facts, or only derived ones.' })
  @IsOptional()
  @IsEnum(FactOrigin)
  origin?: FactOrigin | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only convenience translations (e.g. the USD columns); false: only amounts as reported.' })
  @IsOptional()
  @IsBoolean()
  isConvenienceTranslation?: boolean | null;

  @Field(() => Statement, { nullable: true, description: 'Only facts of line items of this statement.' })
  @IsOptional()
  @IsEnum(Statement)
  statement?: Statement | null;

  @Field(() => [DimensionFilter], {
    nullable: true,
    description: 'Only facts whose dimensions are exactly these axis/member pairs, in any order: `[]` for totals only (facts with no dimension, e.g. a company\'s net sales rather than one segment\'s), `[{ axis: "srt:ProductOrServiceAxis", member: "us-gaap:ProductMember" }]` for one member\'s figures (not those that also break it down by another axis).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  dimensions?: DimensionFilter[] | null;
}
