import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DisclosureFilter } from './disclosure-filter.input.js';
import { DisclosureOrder } from './disclosure-order.input.js';

@ArgsType()
export class DisclosureListArgs {
  @Field(() => DisclosureFilter, { nullable: true, description: 'Only disclosures matching every field given.' })
  @IsOptional()
  @ValidateNested()
  filter?: DisclosureFilter | null;

  @Field(() => DisclosureOrder, { nullable: true, description: 'The order of the list; newest first (DATE, DESC) when omitted.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: DisclosureOrder | null;
}
