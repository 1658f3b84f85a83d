import { Field, ObjectType } from 'type-graphql';
import type { Definition as DomainDefinition, Formula as DomainFormula, FormulaTerm } from '../../domain/model.js';
import { FormulaRole } from './formula-enums.js';

/** A formula with the definition it belongs to, so its evaluations can be found. */
export interface FormulaRoot {
  definition: DomainDefinition;
  formula: DomainFormula;
}

/** An input of a formula with its role. */
export interface FormulaInputRoot {
  term: FormulaTerm;
  role: FormulaRole;
}

@ObjectType('Formula', { description: 'A measure as a computation on other line items. Every value the disclosure reports for the measure is recomputed from the inputs at load (FORMULA checks, see `evaluations`).' })
export class Formula {}

@ObjectType('FormulaInput', { description: 'A line item a formula is computed from, with its role and weight.' })
export class FormulaInput {
  @Field(() => FormulaRole, { description: 'Whether the input is added, subtracted, or part of the numerator or denominator.' })
  role!: FormulaRole;
}
