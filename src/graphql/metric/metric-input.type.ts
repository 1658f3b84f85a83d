import { Field, Int, ObjectType } from 'type-graphql';
import type { StandardFigure as DomainStandardFigure } from '../../domain/metrics/metrics.js';
import { StandardFigure } from './standard-figure.type.js';

@ObjectType('MetricInput', { description: 'One input of a computed standard figure, with its weight in the formula.' })
export class MetricInput {
  @Field(() => Int, { description: '+1 added, −1 subtracted.' })
  weight!: number;

  @Field(() => StandardFigure, { description: 'The input figure, itself traced to its fact and concept.' })
  figure!: DomainStandardFigure;
}
