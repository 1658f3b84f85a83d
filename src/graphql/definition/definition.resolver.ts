import { FieldResolver, Resolver, Root } from 'type-graphql';
import { describe } from '../../domain/checks/formulas.js';
import type { Check as DomainCheck, Definition as DomainDefinition, Disclosure as DomainDisclosure, Footnote as DomainFootnote, LineItem as DomainLineItem } from '../../domain/model.js';
import { formulaEvaluations } from '../../domain/narrative/trace-index.js';
import { Check } from '../check/check.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { Footnote } from '../footnote/footnote.type.js';
import { DecimalScalar } from '../scalars/decimal.scalar.js';
import { LineItem } from '../statement/line-item.type.js';
import { Definition } from './definition.type.js';
import { FormulaKind, FormulaRole } from './formula-enums.js';
import { Formula, FormulaInput, type FormulaInputRoot, type FormulaRoot } from './formula.type.js';

@Resolver(() => Definition)
export class DefinitionResolver {
  @FieldResolver(() => LineItem, { description: 'The line item defined.' })
  lineItem(@Root() definition: DomainDefinition): DomainLineItem {
    return definition.lineItem;
  }

  @FieldResolver(() => Disclosure, { description: 'The disclosure that states the definition.' })
  disclosure(@Root() definition: DomainDefinition): DomainDisclosure {
    return definition.disclosure;
  }

  @FieldResolver(() => Footnote, { nullable: true, description: 'The numbered note that states the definition; null when a section states it, or nothing does.' })
  footnote(@Root() definition: DomainDefinition): DomainFootnote | null {
    return definition.footnote;
  }

  @FieldResolver(() => Formula, { nullable: true, description: 'How the measure is computed from other line items; null when it is not a formula of the disclosure\'s figures (e.g. a delinquency rate computed from loan data the release does not print).' })
  formula(@Root() definition: DomainDefinition): FormulaRoot | null {
    return definition.formula ? { definition, formula: definition.formula } : null;
  }
}

@Resolver(() => Formula)
export class FormulaResolver {
  @FieldResolver(() => FormulaKind, { description: 'A weighted sum, or a ratio of two sums.' })
  kind(@Root() { formula }: FormulaRoot): FormulaKind {
    return formula.kind as FormulaKind;
  }

  @FieldResolver(() => String, { description: 'The formula in words, e.g. "Non-GAAP operating margin = (Non-GAAP Income from operations) ÷ (Total net revenue)".' })
  expression(@Root() { definition, formula }: FormulaRoot): string {
    const right = formula.kind === 'SUM' ? describe(formula.numerator) : `(${describe(formula.numerator)}) ÷ (${describe(formula.denominator)})`;
    return `${definition.lineItem.label} = ${right}`;
  }

  @FieldResolver(() => [FormulaInput], { description: 'The input line items in formula order: a sum\'s terms, or a ratio\'s numerator terms then its denominator terms.' })
  inputs(@Root() { formula }: FormulaRoot): FormulaInputRoot[] {
    const sign = (w: string) => (w.startsWith('-') ? FormulaRole.SUBTRAHEND : FormulaRole.ADDEND);
    if (formula.kind === 'SUM') return formula.numerator.map((term) => ({ term, role: sign(term.weight) }));
    return [
      ...formula.numerator.map((term) => ({ term, role: FormulaRole.NUMERATOR })),
      ...formula.denominator.map((term) => ({ term, role: FormulaRole.DENOMINATOR })),
    ];
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Largest difference from a reported value that still passes, in the measure\'s full units, when the default (half a unit of the reported value\'s last printed digit, plus the inputs\' rounding) does not apply; null for the default.' })
  tolerance(@Root() { formula }: FormulaRoot): string | null {
    return formula.tolerance;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why `tolerance` differs from the default; null for the default.' })
  toleranceNote(@Root() { formula }: FormulaRoot): string | null {
    return formula.toleranceNote;
  }

  @FieldResolver(() => [Check], { description: 'Every value the disclosure reports for the measure, recomputed from the inputs for the same period at load: `expected` is the computed value, `actual` the reported one, `subject` the reported fact and `inputs` the input facts used.' })
  evaluations(@Root() { definition }: FormulaRoot): DomainCheck[] {
    return formulaEvaluations(definition);
  }
}

@Resolver(() => FormulaInput)
export class FormulaInputResolver {
  @FieldResolver(() => LineItem, { description: 'The input line item; its facts for the same period are the formula\'s inputs.' })
  lineItem(@Root() { term }: FormulaInputRoot): DomainLineItem {
    return term.lineItem;
  }

  @FieldResolver(() => DecimalScalar, { description: 'The multiplier of the input, signed: "1", "-1", "0.5".' })
  weight(@Root() { term }: FormulaInputRoot): string {
    return term.weight;
  }
}
