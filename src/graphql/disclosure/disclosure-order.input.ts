import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrderDirection } from '../pagination/order-direction.enum.js';
import { DisclosureOrderField } from './disclosure-order-field.enum.js';

@InputType('DisclosureOrder', { description: 'How to order disclosures.' })
export class DisclosureOrder {
  @Field(() => DisclosureOrderField, { description: 'The field to order by.' })
  @IsEnum(DisclosureOrderField)
  field!: DisclosureOrderField;

  @Field(() => OrderDirection, { description: 'The direction.' })
  @IsEnum(OrderDirection)
  direction!: OrderDirection;
}
