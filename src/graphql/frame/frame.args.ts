import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { UNIT_PATTERN } from '../validation/validators.js';
import { FrameOrder } from './frame-order.input.js';

/** SEC's calendar period names: CY2023, CY2023Q3, CY2023Q3I. */
export const FRAME_PATTERN = /^\s*CY\d{4}(Q[1-4]I?)?\s*$/i;

@ArgsType()
export class FrameArgs {
  @Field(() => String, { description: 'Qualified concept name, e.g. "us-gaap:Revenues". A curated concept mapped to this `us-gaap` name answers for its company.' })
  @IsString()
  @MaxLength(200)
  @Matches(/^\s*[A-Za-z][\w.-]*:[A-Za-z_][\w.-]*\s*$/, { message: 'must be a qualified concept name such as "us-gaap:Revenues"' })
  concept!: string;

  @Field(() => String, { description: 'The calendar period as SEC names it: "CY2023" (a calendar year), "CY2023Q3" (a calendar quarter), "CY2023Q3I" (the instant that ends the quarter, for balances).' })
  @IsString()
  @Matches(FRAME_PATTERN, { message: 'must be a calendar period as SEC names it: "CY2023", "CY2023Q3" or "CY2023Q3I"' })
  period!: string;

  @Field(() => String, { description: 'Unit as facts carry it: "USD", "USD/shares" (SEC\'s "USD-per-shares" is read the same), "shares", "pure".' })
  @IsString()
  @Matches(UNIT_PATTERN, { message: 'must be a unit such as "USD", "USD/shares" or "shares"' })
  unit!: string;

  @Field(() => FrameOrder, { nullable: true, description: 'Order of the companies (default: by company name, ascending).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: FrameOrder | null;
}
