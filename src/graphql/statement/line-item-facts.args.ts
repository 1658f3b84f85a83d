import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { FactFilterArgs } from '../fact/fact-filter.args.js';
import { UNIT_PATTERN } from '../validation/validators.js';

@ArgsType()
export class LineItemFactsArgs extends FactFilterArgs {
  @Field(() => String, { nullable: true, description: 'Only facts in this unit, e.g. "CNY", "USD/ADS" (as `filter: { unit }`).' })
  @IsOptional()
  @Matches(UNIT_PATTERN, { message: 'must be a unit such as "CNY", "USD/ADS" or "shares"' })
  unit?: string | null;
}
