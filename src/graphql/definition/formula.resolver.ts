import { FieldResolver, Resolver, Root, Ctx } from 'type-graphql';
import type { Formula as DomainFormula, LineItem, Check as DomainCheck } from '../../domain/model.js';
import { describe } from '../../domain/checks/formulas.js';
import { FormulaRole } from './formula-kind.enum.js';
import { FormulaInput } from './formula-input.type.js';
import { Formula } from './formula.type.js';
import { formulaEvaluations } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';
import { graphOf, type Context } from '../context.js';

interface Input {
  lineItem: LineItem;
  role: FormulaRole;
  weight: string;
}

@Resolver(() => Formula)
export class FormulaResolver {
  @FieldResolver(() => String, { description: 'The formula in words, e.g. "(Non-GAAP Income from operations) ÷ (Total net revenue)".' })
  expression(@Root() formula: DomainFormula): string {
    return formula.kind === 'SUM' ? describe(formula.numerator) : `(${describe(formula.numerator)}) ÷ (${describe(formula.denominator)})`;
  }

  @FieldResolver(() => [FormulaInput], { description: 'The line items the formula is computed from, numerator before denominator.' })
  inputs(@Root() formula: DomainFormula): Input[] {
    const numeratorRole = formula.kind === 'SUM' ? FormulaRole.TERM : FormulaRole.NUMERATOR;
    return [
      ...formula.numerator.map((t) => ({ ...t, role: numeratorRole })),
      ...formula.denominator.map((t) => ({ ...t, role: FormulaRole.DENOMINATOR })),
    ];
  }

  @FieldResolver(() => [Check], { description: 'Every value the disclosure reports for the measure, recomputed from the inputs for the same period at load (FORMULA checks): `expected` is the computed value, `actual` the reported one, `subject` the reported fact and `inputs` the input facts used.' })
  evaluations(@Root() formula: DomainFormula, @Ctx() ctx: Context): DomainCheck[] {
    return formulaEvaluations(graphOf(ctx, formula.numerator[0].lineItem.company), formula);
  }
}
