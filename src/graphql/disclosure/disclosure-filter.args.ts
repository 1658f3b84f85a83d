import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../pagination/order-direction.enum.js';
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

export enum DisclosureOrderField {
  DATE = 'DATE',
}

registerEnumType(DisclosureOrderField, {
  name: 'DisclosureOrderField',
  description: 'What disclosures can be ordered by.',
  valuesConfig: { DATE: { description: 'Date of publication, then slug for disclosures of the same date.' } },
});

@InputType('DisclosureOrder', { description: 'How to order disclosures.' })
export class DisclosureOrder {
  @Field(() => DisclosureOrderField, { description: 'The field to order by.' })
  @IsEnum(DisclosureOrderField)
  field!: DisclosureOrderField;

  @Field(() => OrderDirection, { description: 'The direction.' })
  @IsEnum(OrderDirection)
  direction!: OrderDirection;
}

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
