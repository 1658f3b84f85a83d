import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { yearOverYear, type FigureRatio as DomainRatio, type StandardFigure as DomainStandardFigure } from '../../domain/metrics/metrics.js';
import type { Company as DomainCompany, Concept as DomainConcept, Fact as DomainFact, Period as DomainPeriod } from '../../domain/model.js';
import { Company } from '../company/company.type.js';
import { Concept } from '../concept/concept.type.js';
import { Fact } from '../fact/fact.type.js';
import { Period } from '../period/period.type.js';
import { FigureRatio } from './figure-ratio.type.js';
import { StandardMetric } from './metric-enums.js';
import { MetricInput } from './metric-input.type.js';
import { StandardFigure } from './standard-figure.type.js';

@Resolver(() => StandardFigure)
export class StandardFigureResolver {
  @FieldResolver(() => ID, { description: 'Unique for the company, metric, fiscal period, unit and as-of date.' })
  id(@Root() f: DomainStandardFigure): string {
    return `${f.company.id}|${f.metric?.key ?? f.concept?.name}|${f.fiscalYear}${f.fiscalPeriod}|${f.unit}|${f.asOf ?? 'latest'}`;
  }

  @FieldResolver(() => StandardMetric, { nullable: true, description: 'The standard metric; null for a concept\'s own quarter in a TTM of a concept.' })
  metric(@Root() f: DomainStandardFigure): StandardMetric | null {
    return f.metric ? StandardMetric[f.metric.key] : null;
  }

  @FieldResolver(() => Company, { description: 'The company.' })
  company(@Root() f: DomainStandardFigure): DomainCompany {
    return f.company;
  }

  @FieldResolver(() => Period, { description: 'The company\'s own period: the fiscal quarter or year (for a balance, the instant).' })
  period(@Root() f: DomainStandardFigure): DomainPeriod {
    return f.period;
  }

  @FieldResolver(() => Fact, { nullable: true, description: 'The fact taken (its disclosure, source, revisions; a derived quarter with its inputs); null when computed.' })
  fact(@Root() f: DomainStandardFigure): DomainFact | null {
    return f.fact;
  }

  @FieldResolver(() => Concept, { nullable: true, description: 'The concept the fact reports (with its definition); null when computed.' })
  concept(@Root() f: DomainStandardFigure): DomainConcept | null {
    return f.concept;
  }

  @FieldResolver(() => [MetricInput], { description: 'For a computed figure: its inputs with their weights; empty when reported.' })
  inputs(@Root() f: DomainStandardFigure): { weight: number; figure: DomainStandardFigure }[] {
    return f.inputs;
  }

  @FieldResolver(() => FigureRatio, { nullable: true, description: 'Growth over the same fiscal period a year earlier (this ÷ that − 1), with both figures; null when that period is not known in the same unit.' })
  yearOverYear(@Root() f: DomainStandardFigure): DomainRatio | null {
    return f.previousYear ? yearOverYear(f, f.previousYear) : null;
  }
}
