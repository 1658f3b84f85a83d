/** A figure's values over time, one per period, ready to plot. */
import type { Fact, Period } from '../model.js';
import type { Timeline } from './figures.js';
import { precisionOf } from './report-identity.js';

export type SeriesFrequency = 'QUARTERLY' | 'ANNUAL';

export interface SeriesPoint {
  period: Period;
  fact: Fact;
  value: string;
  isDerived: boolean;
}

const QUARTERS: ReadonlySet<string> = new Set(['Q1', 'Q2', 'Q3', 'Q4']);

/**
 * What is known now of each fiscal quarter or year among `facts` (`Timeline.latest`: the
 * latest report, or the quarter derived from the latest reports, the more precise of the
 * two), oldest period first. Convenience translations are left out: a series is in the
 * currency the company reports in, and for the whole company (no dimensions).
 */
export function seriesOf(timeline: Timeline, facts: readonly Fact[], frequency: SeriesFrequency, unit?: string | null): SeriesPoint[] {
  const wanted = (p: Period) => (frequency === 'ANNUAL' ? p.fiscalPeriod === 'FY' : p.fiscalPeriod !== null && QUARTERS.has(p.fiscalPeriod));
  const byPeriod = new Map<Period, Fact>();
  for (const fact of timeline.latest(facts)) {
    if (!wanted(fact.period) || fact.translationOf || fact.dimensions.length > 0 || (unit && fact.unit !== unit)) continue;
    // Without `unit`, a period reported in two units shows the more precise.
    const other = byPeriod.get(fact.period);
    if (!other || precisionOf(fact) > precisionOf(other)) byPeriod.set(fact.period, fact);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.period.endDate.localeCompare(b.period.endDate))
    .map((fact) => ({ period: fact.period, fact, value: fact.value, isDerived: fact.origin === 'DERIVED' }));
}
