/** Helpers of the compare view and the company page's standard metrics: aligning periods, labels, the lazy chart. */
import { Suspense } from 'react';
import { ErrorBoundary, retryableLazy } from './components/ErrorBoundary.js';
import type { MetricChart as MetricChartType } from './components/MetricChart.js';
import type { MetricFigureFragment, SeriesFrequency } from './generated/graphql.js';

export type Frequency = SeriesFrequency | 'TTM';

/** A figure as the views show it: a standard figure, or a TTM window with its quarters as inputs. */
export interface ShownFigure {
  key: string;
  metric: string;
  value: string;
  unit: string;
  /** The company's own period: "Q3 2023", "FY 2023", "TTM to Q3 2023". */
  label: string;
  startDate: string | null;
  endDate: string;
  /** The fact to trace; null for a computed figure or a TTM (their inputs are shown instead). */
  factId: string | null;
  derived: boolean;
  explanation: string;
  inputs: { weight: number; label: string; value: string; unit: string; factId: string | null; metric: string | null }[];
}

export const fiscalLabel = (f: { fiscalYear: number; fiscalPeriod: string }) => `${f.fiscalPeriod} ${f.fiscalYear}`;

export function fromFigure(f: MetricFigureFragment): ShownFigure {
  return {
    key: f.id,
    metric: f.metric ?? '',
    value: f.value,
    unit: f.unit,
    label: `${fiscalLabel(f)}${f.period.startDate === null && f.fiscalPeriod !== 'FY' ? ` (${f.period.label})` : ''}`,
    startDate: f.period.startDate ?? null,
    endDate: f.period.endDate,
    factId: f.fact?.id ?? null,
    derived: f.fact?.origin === 'DERIVED',
    explanation: f.explanation,
    inputs: f.inputs.map((i) => ({ weight: i.weight, label: i.figure.period.label, value: i.figure.value, unit: i.figure.unit, factId: i.figure.fact?.id ?? null, metric: i.figure.metric ?? null })),
  };
}

export function fromTtm(w: { metric?: string | null; value: string; unit: string; rule: string; quarters: readonly MetricFigureFragment[] }): ShownFigure {
  const last = w.quarters[w.quarters.length - 1];
  return {
    key: `ttm|${w.metric}|${w.unit}|${last.id}`,
    metric: w.metric ?? '',
    value: w.value,
    unit: w.unit,
    label: `TTM to ${fiscalLabel(last)}`,
    startDate: w.quarters[0].period.startDate ?? null,
    endDate: last.period.endDate,
    factId: null,
    derived: false,
    explanation: w.rule,
    inputs: w.quarters.map((q) => ({ weight: 1, label: `${fiscalLabel(q)}${q.fact?.origin === 'DERIVED' ? ' (derived)' : ''}`, value: q.value, unit: q.unit, factId: q.fact?.id ?? null, metric: q.metric ?? null })),
  };
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The calendar period a company's fiscal period is compared in, as SEC's frames place facts:
 * a quarter (or a TTM window) by the calendar quarter end nearest its end date (Apple's Q3
 * 2023, ending Jul 1, 2023, beside Qifu's Q2 2023, ending Jun 30); a year by the calendar
 * year holding its midpoint (NVIDIA's fiscal 2024, Feb 2023 – Jan 2024, is 2023).
 */
export function calendarSlot(f: Pick<ShownFigure, 'startDate' | 'endDate'>, annual: boolean): { key: string; label: string } {
  const end = Date.parse(`${f.endDate}T00:00:00Z`);
  if (annual) {
    const start = f.startDate ? Date.parse(`${f.startDate}T00:00:00Z`) : end - 364 * DAY;
    const year = new Date((start + end) / 2).getUTCFullYear();
    return { key: `${year}`, label: `Calendar ${year}` };
  }
  // The quarter ends around `end`: of the last day of the quarter before and of this one, the nearer.
  const d = new Date(end);
  let best = 0;
  let bestDistance = Infinity;
  for (const offset of [-1, 0, 1]) {
    const q = Math.floor(d.getUTCMonth() / 3) + offset;
    const qEnd = Date.UTC(d.getUTCFullYear(), q * 3 + 3, 0);
    const distance = Math.abs(qEnd - end);
    if (distance < bestDistance) [best, bestDistance] = [qEnd, distance];
  }
  const e = new Date(best);
  const quarter = Math.floor(e.getUTCMonth() / 3) + 1;
  return { key: `${e.getUTCFullYear()}-Q${quarter}`, label: `Q${quarter} ${e.getUTCFullYear()} (to ${MONTHS[e.getUTCMonth()]} ${e.getUTCDate()})` };
}

type ChartProps = Parameters<typeof MetricChartType>[0];

// recharts loads only when a chart is shown; a chunk that fails to arrive offers Retry.
const chart = retryableLazy<ChartProps>(() => import('./components/MetricChart.js').then((m) => ({ default: m.MetricChart })));

/** The metric chart, loaded lazily inside an error boundary. */
export function LazyMetricChart(props: ChartProps) {
  const Chart = chart.get();
  return (
    <ErrorBoundary what="chart" onRetry={chart.reset}>
      <Suspense fallback={<p className="muted">Loading chart…</p>}>
        <Chart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Colours of the companies' lines, in order (each at least 3:1 against white). */
export const LINE_COLORS = ['#0b5cad', '#a4161a', '#17692f', '#6a3d9a', '#8a4b00', '#1b1f24'];
