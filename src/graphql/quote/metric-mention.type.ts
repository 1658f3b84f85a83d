import { conforms } from '../conforms.js';
import type { MetricMention as DomainMetricMention } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { FigureQualifier } from './figure-qualifier.enum.js';

@ObjectType('MetricMention', { description: 'A figure a quote cites, with its exact value and, where the statements print it, the line item and facts it refers to.' })
export class MetricMention {
  @Field(() => String, { description: 'The words of the quote stating the figure, verbatim, e.g. "Total net revenue was RMB4.16 billion".' })
  printed!: string;

  @Field(() => DecimalScalar, { description: 'The figure as stated, exact in full units: "4160000000" for RMB4.16 billion, "0.048" for 4.8%.' })
  value!: string;

  @Field(() => String, { description: 'Unit of `value`: a currency ("CNY"), or "pure" for a ratio.' })
  unit!: string;

  @Field(() => FigureQualifier, { nullable: true, description: 'How the speaker qualifies the figure ("approximately", "nearly"); null when stated flat.' })
  qualifier!: FigureQualifier | null;

  @Field(() => String, { nullable: true, description: 'How the figure was read, e.g. what a loosely named total includes.' })
  note!: string | null;
}

conforms<MetricMention, DomainMetricMention>();
