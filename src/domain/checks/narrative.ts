import { sourceColumn, sourceExcerpt, sourceTable } from '../fact-source.js';
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import type { Fact } from '../model.js';
import { recordCheck } from './check-builder.js';

/** Half a unit of a fact's last printed digit: how far its rounding may move it. */
export function halfUnit(fact: Pick<Fact, 'decimals'>): D {
  return new D(10).pow(-fact.decimals).div(2);
}

/**
 * A figure stated in a sentence agrees with the same figure elsewhere: with the table cell
 * (NARRATIVE), or, for a period no table prints, with the figure derived from the tables
 * (DERIVED: the prior quarter as six months − three months). Both are rounded, so they
 * may differ by half a unit of each one's last digit (and of each input of a derivation).
 */
export function checkNarrative(graph: Graph): void {
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      for (const fact of disclosure.facts) {
        if (sourceTable(fact.source) || fact.origin !== 'PRINTED') continue;
        const others = graph.factsAt(fact.lineItem, fact.period, fact.unit, disclosure).filter((f) => f !== fact && sourceTable(f.source));
        const table = others.find((f) => f.origin === 'PRINTED');
        const derived = others.find((f) => f.origin === 'DERIVED');
        const other = table ?? derived;
        if (!other) continue;
        const inputs = other.origin === 'DERIVED' ? other.derivedFrom : [other];
        const tolerance = inputs.reduce((t, f) => t.plus(halfUnit(f)), halfUnit(fact));
        recordCheck(graph, disclosure, {
          kind: table ? 'NARRATIVE' : 'DERIVED',
          name: table
            ? `"${fact.printed}" for ${fact.lineItem.label} (${fact.period.label}) agrees with the table`
            : `"${fact.printed}" for ${fact.lineItem.label} (${fact.period.label}) agrees with ${sourceExcerpt(other.source)}`,
          expected: other.value,
          actual: fact.value,
          tolerance: tolerance.toFixed(),
          passed: new D(other.value).minus(fact.value).abs().lte(tolerance),
          detail: table
            ? `table cell ${table.printed} (${sourceColumn(table.source)?.label}); the sentence rounds it`
            : `derived ${other.value} = ${other.derivedFrom.map((f) => f.value).join(' − ')}; the sentence rounds it`,
          subject: fact,
          inputs: other.origin === 'DERIVED' ? [other, ...other.derivedFrom] : [other],
        });
      }
    }
  }
}
