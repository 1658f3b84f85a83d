import { Field, ObjectType } from 'type-graphql';
import type { StandardFigure as DomainStandardFigure } from '../../domain/metrics/metrics.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { StandardFigure } from './standard-figure.type.js';

@ObjectType('FigureRatio', { description: 'A ratio of two standard figures (a margin, or year-over-year growth), with both inputs and the rule.' })
export class FigureRatio {
  @Field(() => DecimalScalar, { nullable: true, description: 'As a fraction, rounded to 6 decimal places ("0.462100" is 46.21 %); null when the denominator is zero (for growth: not positive).' })
  value!: string | null;

  @Field(() => String, { description: 'How it is computed, in words.' })
  rule!: string;

  @Field(() => StandardFigure, { description: 'The numerator (for growth: the later figure).' })
  numerator!: DomainStandardFigure;

  @Field(() => StandardFigure, { description: 'The denominator (for a margin: revenue of the same period; for growth: the figure a year earlier).' })
  denominator!: DomainStandardFigure;
}
