import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import { unitFor } from '../units.js';
import { recordCheck } from './check-builder.js';
import { halfUnit } from './narrative.js';

/**
 * The percent changes sentences claim ("an increase of 12.2% from 220.6 million") equal
 * (new − old) ÷ old, from the most precise facts, within half a unit of the claim's last
 * digit plus what the facts' own rounding allows.
 */
export function checkChanges(graph: Graph): void {
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      for (const change of disclosure.changes) {
        const item = change.lineItem;
        const currency = disclosure.reportingCurrency;
        const unit = unitFor(item.measure, currency, item.countUnit)!;
        const from = graph.primaryFact(item, change.from, unit, disclosure);
        const to = graph.primaryFact(item, change.to, unit, disclosure);
        const ok = Boolean(from && to);
        let expected = new D(0);
        let tolerance = halfUnit({ decimals: change.decimals });
        if (from && to) {
          const [a, b] = [new D(from.value), new D(to.value)];
          expected = b.minus(a).div(a);
          const [da, db] = [halfUnit(from), halfUnit(to)];
          // Largest change the rounded inputs allow, either way.
          const hi = b.plus(db).div(a.minus(da)).minus(1);
          const lo = b.minus(db).div(a.plus(da)).minus(1);
          tolerance = tolerance.plus(D.max(hi.minus(expected), expected.minus(lo)));
        }
        recordCheck(graph, disclosure, {
          kind: 'PERCENT_CHANGE',
          name: `${item.label}: "${change.printed}" from ${change.from.label} to ${change.to.label}`,
          expected: ok ? expected.toDecimalPlaces(6).toFixed() : '',
          actual: change.claimed,
          tolerance: tolerance.toDecimalPlaces(6, D.ROUND_UP).toFixed(),
          passed: ok && expected.minus(change.claimed).abs().lte(tolerance),
          detail: ok ? `(${to!.value} − ${from!.value}) ÷ ${from!.value}` : `no ${unit} value of ${item.label} for ${!from ? change.from.label : change.to.label}`,
          subject: to ?? null,
          inputs: from ? [from] : [],
        });
      }
    }
  }
}
