import { sourceColumn, sourceTable } from '../fact-source.js';
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import { groupBy } from '../group-by.js';
import { recordCheck } from './check-builder.js';

/** A figure printed in several statements (net income in operations and comprehensive income) is the same everywhere. */
export function checkConcepts(graph: Graph): void {
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      const shared = disclosure.facts.filter((fact) => fact.lineItem.sameFigureAs && sourceTable(fact.source));
      const groups = groupBy(shared, (fact) => `${fact.lineItem.sameFigureAs}|${fact.period.id}|${fact.unit}`);
      for (const [key, facts] of groups) {
        const [first, ...rest] = facts;
        for (const fact of rest) {
          if (fact.lineItem === first.lineItem) continue;
          recordCheck(graph, disclosure, {
            kind: 'SAME_CONCEPT',
            name: `${fact.lineItem.label} in ${sourceTable(fact.source)!.title} equals ${first.lineItem.label} in ${sourceTable(first.source)!.title} (${sourceColumn(fact.source)?.label ?? fact.period.label})`,
            expected: first.value,
            actual: fact.value,
            tolerance: '0',
            passed: new D(first.value).eq(fact.value),
            detail: `both print the concept "${key.split('|')[0]}"`,
            subject: fact,
            inputs: [first],
          });
        }
      }
    }
  }
}
