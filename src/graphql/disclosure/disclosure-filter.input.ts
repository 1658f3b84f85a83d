import { IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { IsNotBefore } from '../validation/validators.js';
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
}
