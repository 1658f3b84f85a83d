import { Field, ObjectType } from 'type-graphql';
import { MetricMeasure, MetricNature, StandardMetric } from './metric-enums.js';

@ObjectType('MetricDefinition', { description: 'A standard metric of the vocabulary: the concepts it is read from, in order, and its formula.' })
export class MetricDefinition {
  @Field(() => StandardMetric, { description: 'The metric.' })
  metric!: StandardMetric;

  @Field(() => String, { description: 'Its name, e.g. "Free cash flow".' })
  label!: string;

  @Field(() => String, { description: 'What it measures and how it is chosen.' })
  description!: string;

  @Field(() => MetricNature, { description: 'Flow (over a period) or balance (at an instant).' })
  nature!: MetricNature;

  @Field(() => MetricMeasure, { description: 'Money, money per share, or shares.' })
  measure!: MetricMeasure;

  @Field(() => [String], { description: 'Concepts it is read from, in order of preference (the order breaks ties between concepts reported in the same filing).' })
  concepts!: string[];

  @Field(() => String, { nullable: true, description: 'Its formula over other metrics ("OPERATING_CASH_FLOW − CAPITAL_EXPENDITURE"): always applied when it has no concepts, else only where none is reported; null when it has none.' })
  formula!: string | null;
}
