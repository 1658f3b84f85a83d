import type { Fact, LineItem } from '../model.js';
import type { Timeline } from '../time/figures.js';

/**
 * The one figure that stands for a line item in a list (a search result): of its latest
 * period, the total (no dimensions) in the reporting currency (no convenience translation),
 * at its latest report, the primary fact; printed before derived, then the shortest period
 * (the quarter before the six months ending the same day). Null when it has no such fact.
 */
export function latestFactOf(item: LineItem, timeline: Timeline): Fact | null {
  let best: Fact | null = null;
  for (const fact of item.facts) {
    if (!fact.isPrimary || fact.dimensions.length > 0 || fact.translationOf || !timeline.isLatest(fact)) continue;
    if (!best || compare(fact, best) < 0) best = fact;
  }
  return best;
}

const days = (f: Fact) => (f.period.startDate ? Date.parse(f.period.endDate) - Date.parse(f.period.startDate) : 0);

function compare(a: Fact, b: Fact): number {
  return (
    b.period.endDate.localeCompare(a.period.endDate) ||
    (a.origin === b.origin ? 0 : a.origin === 'PRINTED' ? -1 : 1) ||
    days(a) - days(b) ||
    b.disclosure.date.localeCompare(a.disclosure.date)
  );
}

/**
 * The label the newest table printing the line item gives its row ("Net sales" for Apple's
 * `us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax`); its own label when no
 * table prints it.
 */
export function printedLabelOf(item: LineItem): string {
  let best: { label: string; date: string } | null = null;
  for (const table of item.tables) {
    const row = table.rows.find((r) => r.lineItem === item);
    if (row && (!best || table.disclosure.date > best.date)) best = { label: row.label, date: table.disclosure.date };
  }
  return best?.label ?? item.label;
}
