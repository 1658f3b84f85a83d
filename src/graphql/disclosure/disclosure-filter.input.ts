import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { FORM_PATTERN, IsNotBefore } from '../validation/validators.js';
import { DisclosureKind } from './disclosure-kind.enum.js';

@InputType('DisclosureFilter', { description: 'Narrows a list of disclosures; every field given must hold.' })
export class DisclosureFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only disclosures published on or after this date.' })
  @IsOptional()
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only disclosures published on or before this date. Must not be before `dateFrom`.' })
  @IsOptional()
  @IsNotBefore('dateFrom')
  dateTo?: string | null;

  @Field(() => DisclosureKind, { nullable: true, description: 'Only disclosures of this kind.' })
  @IsOptional()
  @IsEnum(DisclosureKind)
  kind?: DisclosureKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only SEC filings of this form, as SEC writes it (case-sensitive): "10-K", "10-Q", "20-F", "10-K/A". A form no disclosure has is refused with BAD_USER_INPUT.',
  })
  @IsOptional()
  @Matches(FORM_PATTERN, { message: 'must be an SEC form type as SEC writes it, such as "10-K", "10-Q" or "10-K/A"' })
  form?: string | null;
}
