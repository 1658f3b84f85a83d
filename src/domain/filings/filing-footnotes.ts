import type { XbrlFiling } from '../../xbrl/xbrl-filing.js';
import type { Graph } from '../graph.js';
import type { Disclosure, Footnote } from '../model.js';
import type { BuiltFacts } from './filing-facts.js';
import { appended } from '../shared-empty.js';

/**
 * A filing's XBRL footnotes (`link:footnoteLink`) as the disclosure's numbered footnotes,
 * in document order, each attached to its facts (`Fact.footnotes`) and their line items,
 * as the curated release's footnotes are to its figures.
 */
export function buildFilingFootnotes(graph: Graph, disclosure: Disclosure, filing: XbrlFiling, built: BuiltFacts): void {
  for (const x of filing.footnotes ?? []) {
    const facts = [...new Set(x.facts.map((f) => built.factOf.get(f)).filter((f) => f !== undefined))];
    const footnote: Footnote = graph.add({
      type: 'Footnote',
      id: `${disclosure.id}/footnote/${disclosure.footnotes.length + 1}`,
      disclosure,
      number: disclosure.footnotes.length + 1,
      text: x.text,
      corrections: [],
      lineItems: [...new Set(facts.map((f) => f.lineItem))],
    });
    disclosure.footnotes.push(footnote);
    for (const fact of facts) fact.footnotes = appended(fact.footnotes, footnote);
    for (const lineItem of footnote.lineItems) if (!lineItem.footnotes.includes(footnote)) lineItem.footnotes = appended(lineItem.footnotes, footnote);
  }
}
