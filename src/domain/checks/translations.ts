import { sourceColumn, sourceTable } from '../fact-source.js';
import { D, roundTo } from '../decimal.js';
import type { Graph, IdentityTerm } from '../graph.js';
import type { LineItem } from '../model.js';
import { recordCheck } from './check-builder.js';

/**
 * Every convenience translation equals the translated amount ÷ the stated rate, rounded to
 * the printed precision.
 * - A component amount must match to the unit.
 * - A printed total is footed from its translated components (the TABLE_TOTAL check holds
 *   that exactly), so it may differ from a direct translation by their rounding: half a
 *   unit per component, plus half a unit for its own.
 * - Per-share and per-ADS amounts may differ by one unit in the last place: issuers compute
 *   them from unrounded totals, and per-ADS as a multiple of the rounded per-share figure.
 */
export function checkTranslations(graph: Graph): void {
  const sums = new Map<LineItem, IdentityTerm[]>();
  // A figure printed as a plain row in one statement may be a total in another (net
  // income in the reconciliation and in the statement of operations): its concept links them.
  const sumsByConcept = new Map<string, IdentityTerm[]>();
  for (const identity of graph.identities) {
    if (identity.kind !== 'TABLE_TOTAL') continue;
    const { lineItem } = identity.left;
    sums.set(lineItem, identity.right);
    if (lineItem.sameFigureAs) sumsByConcept.set(`${lineItem.company.id}|${lineItem.sameFigureAs}`, identity.right);
  }
  const components = (item: LineItem): number => {
    const terms = sums.get(item) ?? (item.sameFigureAs ? sumsByConcept.get(`${item.company.id}|${item.sameFigureAs}`) : undefined);
    return terms ? terms.reduce((n, t) => n + components(t.lineItem), 0) : 1;
  };

  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      const ct = disclosure.convenienceTranslation;
      if (!ct) continue;
      for (const fact of disclosure.facts) {
        const from = fact.translationOf;
        if (!from) continue;
        const exact = new D(from.value).div(ct.rate);
        const expected = roundTo(exact, fact.decimals);
        const unit = new D(10).pow(-fact.decimals);
        const perUnit = fact.unit.includes('/');
        const n = perUnit ? 1 : components(fact.lineItem);
        const declared = fact.lineItem.translationTolerance;
        const prose = !sourceTable(fact.source);
        const tolerance = declared ? unit.times(declared.units) : perUnit || prose ? unit : n > 1 ? unit.times(Math.ceil((n + 1) / 2)) : new D(0);
        const why = declared
          ? declared.note
          : prose
          ? 'a figure in prose translates the exact amount, not the rounded RMB figure beside it, so one unit of its last digit is allowed'
          : perUnit
          ? 'per-unit amounts are computed by the issuer from unrounded totals, so one unit in the last place is allowed'
          : n > 1
            ? `a total of ${n} translated components, footed in ${fact.unit}: their rounding is allowed`
            : 'a component: exact to the unit';
        recordCheck(graph, disclosure, {
          kind: 'CONVENIENCE_TRANSLATION',
          name: `${fact.lineItem.label} (${sourceColumn(fact.source)?.label ?? fact.period.label}) = ${from.unit} amount ÷ ${ct.rate}`,
          expected: expected.toFixed(Math.max(0, fact.decimals)),
          actual: fact.value,
          tolerance: tolerance.toFixed(),
          passed: expected.minus(fact.value).abs().lte(tolerance),
          detail: `${from.value} ÷ ${ct.rate} = ${exact.toDecimalPlaces(6).toFixed()}, rounded to ${fact.decimals >= 0 ? `${fact.decimals} decimal places` : `the nearest ${unit.toFixed()}`}; ${why}`,
          subject: fact,
          inputs: [from],
        });
      }
    }
  }
}
