import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Period as DomainPeriod } from '../../domain/model.js';
import { Period } from './period.type.js';

@Resolver(() => Period)
export class PeriodResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the period is an instant rather than a duration.' })
  isInstant(@Root() period: DomainPeriod): boolean {
    return period.startDate === null;
  }
}
