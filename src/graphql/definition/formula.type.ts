import { conforms } from '../conforms.js';
import type { Formula as DomainFormula } from '../../domain/model.js';
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { FormulaKind } from './formula-kind.enum.js';
import { FormulaInput } from './formula-input.type.js';

@ObjectType('Formula', { description: 'A measure as a computation on other line items. Every reported value of the measure is recomputed from its inputs when the data loads (FORMULA checks).' })
export class Formula {
  @Field(() => FormulaKind, { description: 'A weighted sum, or a ratio of two sums.' })
  kind!: FormulaKind;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest difference from a reported value that passes, when not half a unit of its last printed digit plus the inputs\' rounding.' })
  tolerance!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the tolerance is what it is.' })
  toleranceNote!: string | null;
}

conforms<Formula, DomainFormula>();
