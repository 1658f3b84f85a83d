import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Check as DomainCheck, Formula as DomainFormula } from '../../domain/model.js';
import { formulaEvaluations } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';
import type { Context } from '../context.js';
import { Formula } from './formula.type.js';

@Resolver(() => Formula)
export class FormulaEvaluationsResolver {
  @FieldResolver(() => [Check], { description: 'Every value the disclosure reports for the measure, recomputed from the inputs for the same period at load (FORMULA checks): `expected` is the computed value, `actual` the reported one, `subject` the reported fact and `inputs` the input facts used.' })
  evaluations(@Root() formula: DomainFormula, @Ctx() { graph }: Context): DomainCheck[] {
    return formulaEvaluations(graph, formula);
  }
}
