import { sourceTable } from '../fact-source.js';
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import type { Fact, FormulaTerm } from '../model.js';
import { unitFor } from '../units.js';
import { recordCheck } from './check-builder.js';
import { halfUnit } from './narrative.js';

interface Interval {
  value: D;
  /** How far rounding of the inputs may move the value. */
  error: D;
}

/**
 * Every reported value of a measure with a formula is recomputed from its inputs for the
 * same period (most precise input facts; amounts in the reported value's currency) and
 * compared within half a unit of its last digit plus what the inputs' own rounding allows.
 */
export function checkFormulas(graph: Graph): void {
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      for (const definition of disclosure.definitions) {
        const formula = definition.formula;
        if (!formula) continue;
        for (const reported of definition.lineItem.facts) {
          if (reported.disclosure !== disclosure || reported.origin !== 'PRINTED') continue;
          const currency = /^[A-Z]{3}/.exec(reported.unit)?.[0] ?? disclosure.reportingCurrency;
          const inputs: Fact[] = [];
          const missing: string[] = [];
          const sum = (terms: FormulaTerm[]): Interval => {
            let value = new D(0);
            let error = new D(0);
            for (const t of terms) {
              const unit = unitFor(t.lineItem.measure, currency, t.lineItem.countUnit);
              const fact = unit ? graph.primaryFact(t.lineItem, reported.period, unit, disclosure) : undefined;
              if (!fact) {
                missing.push(t.lineItem.label);
                continue;
              }
              inputs.push(fact);
              value = value.plus(new D(t.weight).times(fact.value));
              error = error.plus(new D(t.weight).abs().times(halfUnit(fact)));
            }
            return { value, error };
          };
          const top = sum(formula.numerator);
          const bottom = formula.kind === 'RATIO' ? sum(formula.denominator) : null;
          if (missing.length > 0) continue; // the formula does not apply to this period or currency
          let computed: Interval = top;
          if (bottom) {
            const value = top.value.div(bottom.value);
            // |Δ(a/b)| ≤ (|Δa| + |a/b|·|Δb|) / (|b| − |Δb|)
            const error = top.error.plus(value.abs().times(bottom.error)).div(bottom.value.abs().minus(bottom.error));
            computed = { value, error };
          }
          const tolerance = formula.tolerance ? new D(formula.tolerance) : halfUnit(reported).plus(computed.error);
          const expression = formula.kind === 'SUM' ? describe(formula.numerator) : `(${describe(formula.numerator)}) ÷ (${describe(formula.denominator)})`;
          recordCheck(graph, disclosure, {
            kind: 'FORMULA',
            name: `${definition.lineItem.label} = ${expression} (${reported.period.label}, ${reported.unit}${sourceTable(reported.source) ? '' : ', as stated in prose'})`,
            expected: computed.value.toDecimalPlaces(Math.max(reported.decimals + 4, 0)).toFixed(),
            actual: reported.value,
            tolerance: tolerance.toDecimalPlaces(Math.max(reported.decimals + 4, 0), D.ROUND_UP).toFixed(),
            passed: computed.value.minus(reported.value).abs().lte(tolerance),
            detail: formula.toleranceNote ?? 'the reported value rounds the computed one; the inputs\' rounding is allowed for',
            subject: reported,
            inputs,
          });
        }
      }
    }
  }
}

export function describe(terms: FormulaTerm[]): string {
  return terms
    .map((t, i) => {
      const negative = t.weight.startsWith('-');
      const w = t.weight.replace(/^-/, '');
      const text = `${w === '1' ? '' : `${w} × `}${t.lineItem.label}`;
      return i === 0 ? `${negative ? '−' : ''}${text}` : `${negative ? ' − ' : ' + '}${text}`;
    })
    .join('');
}
