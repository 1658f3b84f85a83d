/**
 * Trailing twelve months as known on a date: the four latest fiscal quarters filed by then,
 * each at its latest value filed by then (a quarter nobody printed is the quarter derived
 * from the cumulative reports known then, with its inputs), added up. Only flows in a
 * currency have one: balances are measured at an instant and per-share amounts and share
 * counts do not add across quarters.
 */
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import type { Company, Concept } from '../model.js';
import { toDay } from '../time/fiscal-calendar.js';
import { isCurrency } from '../time/report-identity.js';
import { metricFigures, reportedFigures, type StandardFigure } from './metrics.js';
import { metricDefinition, type StandardMetricKey } from './vocabulary.js';

/** After this many days without a newer quarter, a TTM is stale: two quarters and a filing deadline have passed. */
export const STALE_AFTER_DAYS = 183;

export interface TrailingTwelveMonths {
  /** The metric's key; null for a concept's TTM. */
  metric: StandardMetricKey | null;
  value: string;
  unit: string;
  asOf: string;
  /** The four quarters, oldest first. */
  quarters: StandardFigure[];
  /** Whether the last quarter ended more than STALE_AFTER_DAYS before `asOf`. */
  isStale: boolean;
  rule: string;
}

/** Why no TTM can be given: a balance, or a measure that does not add up. */
export class NotAFlowError extends Error {}

export function ttmOfConcept(graph: Graph, company: Company, concept: Concept, asOf: string): TrailingTwelveMonths | null {
  if (concept.periodType === 'INSTANT') throw new NotAFlowError(`${concept.name} is a balance (measured at an instant): it has no trailing twelve months`);
  const quarters = [...reportedFigures(graph, company, { nature: 'FLOW', measure: 'MONEY', concepts: [concept.name], metric: null }, 'QUARTERLY', asOf, null).values()];
  if (quarters.length === 0 && concept.lineItems.some((item) => item.facts.some((f) => !isCurrency(f.unit)))) {
    throw new NotAFlowError(`${concept.name} is not measured in a currency: per-share amounts, share counts and ratios do not add up across quarters`);
  }
  return trailing(quarters, asOf, concept.name);
}

export function ttmOfMetric(graph: Graph, company: Company, key: StandardMetricKey, asOf: string): TrailingTwelveMonths | null {
  const definition = metricDefinition(key);
  if (definition.nature === 'BALANCE') throw new NotAFlowError(`${definition.label} is a balance (measured at an instant): it has no trailing twelve months`);
  if (definition.measure !== 'MONEY') throw new NotAFlowError(`${definition.label} is not measured in a currency: per-share amounts and share counts do not add up across quarters`);
  return trailing(metricFigures(graph, company, key, 'QUARTERLY', asOf), asOf, definition.label);
}

/** The position of a fiscal quarter in an endless sequence of quarters. */
const ordinal = (q: StandardFigure) => q.fiscalYear * 4 + Number(q.fiscalPeriod.slice(1));

/**
 * The four latest quarters, if they are consecutive fiscal quarters (by the fiscal calendar,
 * not exact dates: filers leave a day out now and then), in one currency. Stale when the last
 * quarter ended more than STALE_AFTER_DAYS before `asOf`; a window of a series that a newer
 * quarter (`next`) followed is judged on the day that quarter ended instead: it was the
 * latest TTM until then, and stale only if no newer quarter came within STALE_AFTER_DAYS.
 */
function trailing(figures: StandardFigure[], asOf: string, what: string, next: StandardFigure | null = null): TrailingTwelveMonths | null {
  const sorted = [...figures].sort((a, b) => a.period.endDate.localeCompare(b.period.endDate));
  const quarters = sorted.slice(-4);
  if (quarters.length < 4) return null;
  for (let i = 1; i < 4; i++) if (ordinal(quarters[i]) !== ordinal(quarters[i - 1]) + 1 || quarters[i].unit !== quarters[0].unit) return null;
  const value = quarters.reduce((sum, q) => sum.plus(q.value), new D(0));
  const last = quarters[3].period.endDate;
  const judgedOn = next && next.period.endDate < asOf ? next.period.endDate : asOf;
  const staleRule = next
    ? `stale when the next quarter (${next.fiscalPeriod} ${next.fiscalYear}, ended ${next.period.endDate}) ended more than ${STALE_AFTER_DAYS} days after the last`
    : `stale when the last quarter ended more than ${STALE_AFTER_DAYS} days before ${asOf}`;
  return {
    metric: quarters[0].metric?.key ?? null,
    value: value.toFixed(),
    unit: quarters[0].unit,
    asOf,
    quarters,
    isStale: toDay(judgedOn) - toDay(last) > STALE_AFTER_DAYS,
    rule: `${what}: sum of the four latest fiscal quarters filed by ${asOf} (${quarters.map((q) => `${q.fiscalPeriod} ${q.fiscalYear}`).join(', ')}), each at its latest value filed by then; a quarter nobody printed is derived from the cumulative reports known then; ${staleRule}`,
  };
}

/**
 * A money-flow metric's trailing twelve months at the end of every fiscal quarter where four
 * consecutive quarters are known (as known on `asOf`, now when null), oldest first: one
 * rolling window per quarter and currency, each with its four quarters, for charts and
 * comparisons. `stampedAsOf` is the date each window says it is as known on. Each window is
 * judged stale on its own date: the end of the quarter that followed it (the newest: on
 * `stampedAsOf`, as `ttm` judges it), so a window is stale only where the company went more
 * than STALE_AFTER_DAYS without a newer quarter.
 */
export function ttmSeriesOfMetric(graph: Graph, company: Company, key: StandardMetricKey, asOf: string | null, stampedAsOf: string): TrailingTwelveMonths[] {
  const definition = metricDefinition(key);
  if (definition.nature === 'BALANCE') throw new NotAFlowError(`${definition.label} is a balance (measured at an instant): it has no trailing twelve months`);
  if (definition.measure !== 'MONEY') throw new NotAFlowError(`${definition.label} is not measured in a currency: per-share amounts and share counts do not add up across quarters`);
  const byUnit = new Map<string, StandardFigure[]>();
  for (const figure of metricFigures(graph, company, key, 'QUARTERLY', asOf)) {
    const list = byUnit.get(figure.unit);
    if (list) list.push(figure);
    else byUnit.set(figure.unit, [figure]);
  }
  const out: TrailingTwelveMonths[] = [];
  for (const unsorted of byUnit.values()) {
    const figures = unsorted.sort((a, b) => a.period.endDate.localeCompare(b.period.endDate));
    for (let i = 3; i < figures.length; i++) {
      const window = trailing(figures.slice(i - 3, i + 1), stampedAsOf, definition.label, figures[i + 1] ?? null);
      if (window) out.push(window);
    }
  }
  return out.sort((a, b) => a.quarters[3].period.endDate.localeCompare(b.quarters[3].period.endDate) || a.unit.localeCompare(b.unit));
}
