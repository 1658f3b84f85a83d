/**
 * `/export/comparison.csv|.xlsx?tickers=QFIN,AAPL&metrics=REVENUE,NET_INCOME&frequency=QUARTERLY`:
 * standard metrics of 1 to 6 companies, one row per company, metric and fiscal period (or TTM
 * window), each value exact in its own currency as reported (never converted), traced to its
 * fact or rule. The explorer's compare view links it with the same parameters.
 */
import { ExportRequestError, type ExportKind } from './export-kinds.js';

/** At most this many companies, as in the explorer's compare view. */
export const MAX_COMPARED = 6;

const SLOTS = Array.from({ length: MAX_COMPARED }, (_, i) => i);

const FIGURE = 'metric fiscalYear fiscalPeriod value unit rule explanation period { label startDate endDate } fact { id }';

/** One operation for any number of companies up to six: a slot per company, the unused ones skipped. */
const COMPARISON_QUERY = `query ExportComparison(${SLOTS.map((i) => `$t${i}: String!, $use${i}: Boolean!`).join(', ')}, $metrics: [StandardMetric!]!, $frequency: SeriesFrequency!, $ttm: Boolean!, $asOf: Date) {
  ${SLOTS.map((i) => `c${i}: company(ticker: $t${i}) @include(if: $use${i}) { ...Compared }`).join('\n  ')}
}
fragment Compared on Company {
  name
  listings { ticker }
  metrics(metrics: $metrics, frequency: $frequency, asOf: $asOf) @skip(if: $ttm) { ${FIGURE} }
  ttmSeries(metrics: $metrics, asOf: $asOf) @include(if: $ttm) { metric value unit rule quarters { fiscalYear fiscalPeriod period { label startDate endDate } } }
}`;

const FREQUENCIES = ['QUARTERLY', 'ANNUAL', 'TTM'] as const;

const list = (p: URLSearchParams, name: string) =>
  (p.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const comparisonExport: ExportKind = {
  params: {
    tickers: { required: true, description: `1 to ${MAX_COMPARED} tickers separated by commas, e.g. QFIN,AAPL` },
    metrics: { required: true, description: 'standard metrics separated by commas, e.g. REVENUE,NET_INCOME (Query.standardMetrics lists them)' },
    frequency: { required: false, description: 'QUARTERLY (default), ANNUAL or TTM (trailing twelve months at each quarter)' },
    asOf: { required: false, description: 'as known on this date, e.g. 2024-08-31 (default: everything known)' },
  },
  query: COMPARISON_QUERY,
  variables(p) {
    const tickers = list(p, 'tickers');
    if (tickers.length < 1 || tickers.length > MAX_COMPARED) throw new ExportRequestError(`Parameter \`tickers\` names ${tickers.length} companies: give 1 to ${MAX_COMPARED}, separated by commas.`, 400, 'BAD_USER_INPUT');
    const frequency = (p.get('frequency') ?? 'QUARTERLY').toUpperCase();
    if (!(FREQUENCIES as readonly string[]).includes(frequency)) throw new ExportRequestError(`Parameter \`frequency\` must be one of ${FREQUENCIES.join(', ')}.`, 400, 'BAD_USER_INPUT');
    const slots = Object.fromEntries(SLOTS.flatMap((i) => [[`t${i}`, tickers[i] ?? ''], [`use${i}`, i < tickers.length]]));
    return { ...slots, metrics: list(p, 'metrics').map((m) => m.toUpperCase()), frequency: frequency === 'TTM' ? 'QUARTERLY' : frequency, ttm: frequency === 'TTM', asOf: p.get('asOf') || null };
  },
  table(data, p) {
    const tickers = list(p, 'tickers');
    const frequency = (p.get('frequency') ?? 'QUARTERLY').toUpperCase();
    const rows: (string | null)[][] = [];
    const names: string[] = [];
    tickers.forEach((ticker, i) => {
      const company = data[`c${i}`];
      if (!company) throw new ExportRequestError(`No company is listed under ticker "${ticker.toUpperCase()}".`, 404, 'NOT_FOUND');
      names.push(company.name);
      const shown = ticker.toUpperCase();
      if (frequency === 'TTM') {
        for (const w of company.ttmSeries ?? []) {
          const [first, last] = [w.quarters[0], w.quarters[3]];
          rows.push([company.name, shown, w.metric, String(last.fiscalYear), `TTM to ${last.fiscalPeriod}`, `TTM to ${last.period.label}`, first.period.startDate, last.period.endDate, w.value, w.unit, 'COMPUTED', w.rule, w.quarters.map((q: any) => `${q.fiscalPeriod} ${q.fiscalYear}`).join(' + ')]);
        }
      } else {
        for (const f of company.metrics ?? []) rows.push([company.name, shown, f.metric, String(f.fiscalYear), f.fiscalPeriod, f.period.label, f.period.startDate, f.period.endDate, f.value, f.unit, f.rule, f.explanation, f.fact?.id ?? null]);
      }
    });
    const units = [...new Set(rows.map((r) => r[9]))];
    const unit = units.length === 1 ? `${units[0]}; ` : 'currency as reported in Unit, never converted; ';
    const header = ['Company', 'Ticker', 'Metric', 'Fiscal year', 'Fiscal period', 'Period', 'Start', 'End', `Value (${unit}exact, in units, not thousands)`, 'Unit', 'Rule', 'Explanation', frequency === 'TTM' ? 'Quarters' : 'Fact ID'];
    const metrics = list(p, 'metrics').map((m) => m.toUpperCase());
    const title = `Comparison — ${names.join(', ')} — ${metrics.join(', ')} — ${frequency.toLowerCase()}`;
    return { name: slug(`comparison ${tickers.join(' ')} ${metrics.join(' ')} ${frequency}`).slice(0, 120), title, header, rows, valueColumns: [8] };
  },
};
