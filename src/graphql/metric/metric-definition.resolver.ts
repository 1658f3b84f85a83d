import { Query, Resolver } from 'type-graphql';
import { VOCABULARY } from '../../domain/metrics/vocabulary.js';
import { MetricMeasure, MetricNature, StandardMetric } from './metric-enums.js';
import { MetricDefinition } from './metric-definition.type.js';

@Resolver(() => MetricDefinition)
export class MetricDefinitionResolver {
  @Query(() => [MetricDefinition], { description: 'The standard metrics\' vocabulary: each metric with its concepts in order and its formula. Fixed and small, so a plain list.' })
  standardMetrics(): MetricDefinition[] {
    return VOCABULARY.map((d) => ({
      metric: StandardMetric[d.key],
      label: d.label,
      description: d.description,
      nature: MetricNature[d.nature],
      measure: MetricMeasure[d.measure],
      concepts: [...d.concepts],
      formula: d.formula ? d.formula.map((t, i) => `${i === 0 ? '' : t.weight < 0 ? ' − ' : ' + '}${t.metric}`).join('') : null,
    }));
  }
}
