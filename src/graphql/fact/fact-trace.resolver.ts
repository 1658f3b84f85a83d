import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Check as DomainCheck, Fact as DomainFact } from '../../domain/model.js';
import { checksOf } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';
import { Fact } from './fact.type.js';

/** How a figure was verified. */
@Resolver(() => Fact)
export class FactTraceResolver {
  @FieldResolver(() => [Check], { description: 'The load-time checks about this fact (it is their subject): its match with the source text, the table totals and identities it closes, its translation, the table cell or derivation a sentence agrees with, the formula it is recomputed from, a percent change claimed for it.' })
  checks(@Root() fact: DomainFact): readonly DomainCheck[] {
    return checksOf(fact);
  }
}
