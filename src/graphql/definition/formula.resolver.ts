import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Formula as DomainFormula, LineItem } from '../../domain/model.js';
import { describe } from '../../domain/checks/formulas.js';
import { FormulaRole } from './formula-kind.enum.js';
import { FormulaInput } from './formula-input.type.js';
import { Formula } from './formula.type.js';

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
}
