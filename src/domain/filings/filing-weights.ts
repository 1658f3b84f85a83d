import type { XbrlFiling } from '../../xbrl/xbrl-filing.js';
import type { Graph } from '../graph.js';
import type { Company } from '../model.js';
import { conceptNamed, lineItemOf } from './filing-facts.js';

/**
 * Sets `weight` and `summedInto` of a company's filing line items from the calculation
 * linkbase of its latest filing, where that is unambiguous: the concept is a calculation
 * child of exactly one parent, with one weight (+1 or −1), across all the filing's roles.
 * A concept summed into different totals by different roles (or with another weight, or
 * with a fractional one), or into none, keeps null: a line item is one per company and
 * concept, so it cannot say which of several totals it adds into (each statement row does,
 * by its own role: `calculationWeight`, `sumsInto`). Curated line items (a curated concept
 * mapped to the same us-gaap name) keep their printed sums.
 */
export function linkCalculationWeights(graph: Graph, company: Company, latest: XbrlFiling): void {
  // child → its parents and weights across every role; null once it is ambiguous.
  const arcsOf = new Map<string, { parent: string; weight: number } | null>();
  for (const arc of latest.calculations) {
    const seen = arcsOf.get(arc.child);
    if (seen === undefined) arcsOf.set(arc.child, { parent: arc.parent, weight: arc.weight });
    else if (seen && (seen.parent !== arc.parent || seen.weight !== arc.weight)) arcsOf.set(arc.child, null);
  }
  for (const [child, arc] of arcsOf) {
    if (!arc || (arc.weight !== 1 && arc.weight !== -1)) continue;
    const lineItem = graph.concept(company, child)?.lineItems[0];
    if (!lineItem || lineItem.concept.name !== child || lineItem.summedInto) continue; // a curated line item keeps its printed sum
    lineItem.weight = arc.weight;
    lineItem.summedInto = lineItemOf(graph, conceptNamed(graph, company, arc.parent), 'OTHER', null);
  }
}
