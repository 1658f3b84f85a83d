import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { FactFilter } from './fact-filter.input.js';

/**
 * `filter: FactFilter` as an argument. Wrapping the input in an args class lets
 * class-validator report nested fields by their full path ("filter.periodTo").
 */
@ArgsType()
export class FactFilterArgs {
  @Field(() => FactFilter, { nullable: true, description: 'Only facts matching every field given.' })
  @IsOptional()
  @ValidateNested()
  filter?: FactFilter | null;
}
