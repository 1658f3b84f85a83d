import { D } from '../decimal.js';
import type { Graph, Identity, IdentityTerm } from '../graph.js';
import type { Column, Fact, Period } from '../model.js';
import { dayBefore, periodId } from '../period.js';
import { unitFor } from '../units.js';
import { recordCheck, within } from './check-builder.js';

/** The period a term reads in a column: the column's own, or an instant at its start or end. */
function periodOf(graph: Graph, term: IdentityTerm, column: Column): Period | undefined {
  const at = term.at ?? term.lineItem.at;
  const p = column.period;
  if (!p) return undefined;
  if (!at || !p.startDate) return p;
  const date = at === 'start' ? dayBefore(p.startDate) : p.endDate;
  return graph.period(periodId(p.company, null, date)) as Period | undefined;
}

function factOf(graph: Graph, identity: Identity, term: IdentityTerm, column: Column): Fact | undefined {
  const period = periodOf(graph, term, column);
  const unit = unitFor(term.lineItem.measure, column.currency, term.lineItem.countUnit);
  if (!period || !unit) return undefined;
  return graph.primaryFact(term.lineItem, period, unit, identity.disclosure);
}

function describeTerm(term: IdentityTerm): string {
  const weight = term.weight.replace(/^-/, '');
  return `${weight === '1' ? '' : `${weight} × `}${term.lineItem.label}`;
}

/** Evaluates every sum and identity the tables declare, once per column. */
export function checkIdentities(graph: Graph): void {
  for (const identity of graph.identities) {
    for (const column of identity.columns) {
      const subject = factOf(graph, identity, identity.left, column);
      if (!subject && !identity.columnsExplicit) continue;
      const inputs: Fact[] = [];
      const missing: string[] = [];
      let expected = new D(0);
      for (const term of identity.right) {
        const fact = factOf(graph, identity, term, column);
        if (!fact) missing.push(term.lineItem.label);
        else {
          inputs.push(fact);
          expected = expected.plus(new D(term.weight).times(fact.value));
        }
      }
      const formula = identity.right.map((t, i) => `${i === 0 ? (t.weight.startsWith('-') ? '−' : '') : t.weight.startsWith('-') ? ' − ' : ' + '}${describeTerm(t)}`).join('');
      const ok = Boolean(subject) && missing.length === 0;
      recordCheck(graph, identity.disclosure, {
        kind: identity.kind,
        name: `${identity.name} (${column.label})`,
        expected: ok ? expected.toFixed() : '',
        actual: subject?.value ?? '',
        tolerance: identity.tolerance,
        passed: ok && within(expected, new D(subject!.value), identity.tolerance),
        detail: !subject
          ? `no value for ${identity.left.lineItem.label} in ${column.label}`
          : missing.length > 0
            ? `no value for ${missing.join(', ')} in ${column.label}`
            : `${identity.left.lineItem.label} = ${formula}`,
        subject: subject ?? null,
        inputs,
      });
    }
  }
}
