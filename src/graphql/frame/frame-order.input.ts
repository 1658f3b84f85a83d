import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrderDirection } from '../pagination/order-direction.enum.js';
import { FrameOrderField } from './frame-order-field.enum.js';

@InputType('FrameOrder', { description: 'How to order the companies of a frame.' })
export class FrameOrder {
  @Field(() => FrameOrderField, { description: 'The field to order by.' })
  @IsEnum(FrameOrderField)
  field!: FrameOrderField;

  @Field(() => OrderDirection, { description: 'The direction.' })
  @IsEnum(OrderDirection)
  direction!: OrderDirection;
}
