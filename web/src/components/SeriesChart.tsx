import { useQuery } from '@apollo/client/react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { LineItemBalancesDocument, LineItemSeriesDocument, type SeriesFrequency } from '../generated/graphql.js';
import { exactValue } from '../format.js';

interface Current {
  id: string;
  unit: string;
  isConvenienceTranslation: boolean;
  dimensions: readonly unknown[];
  period: { fiscalPeriod?: string | null; isInstant: boolean };
}

/** One value of the chart: exact, with the fact it comes from. */
interface Point {
  period: { id: string; label: string; endDate: string };
  value: string;
  isDerived: boolean;
  fact: { id: string; unit: string };
}

/**
 * The line item over fiscal periods, from the series query: one value per fiscal quarter
 * (or year, for an annual figure), the latest report of each, oldest first. Quarters nobody
 * printed (Q4 = FY − 9M, …) are derived by the graph and marked here: a hollow dot and
 * "(derived)". The list under the chart gives the same figures as buttons (keyboard and
 * screen readers); each opens that figure's trace.
 */
export function SeriesChart({ lineItemId, current, onOpen }: { lineItemId: string; current: Current; onOpen: (id: string) => void }) {
  const balance = current.period.isInstant;
  const frequency: SeriesFrequency = current.period.fiscalPeriod === 'FY' ? 'ANNUAL' : 'QUARTERLY';
  const flows = useQuery(LineItemSeriesDocument, { variables: { id: lineItemId, frequency, unit: current.unit }, skip: balance });
  const balances = useQuery(LineItemBalancesDocument, { variables: { id: lineItemId, unit: current.unit }, skip: !balance });
  const { data, error } = balance ? balances : flows;
  if (error) return <p className="status error">The series could not be loaded: {error.message}</p>;
  if (!data) return <p className="muted">Loading the series…</p>;
  let series: Point[] = [];
  if (flows.data?.node?.__typename === 'LineItem' && !balance) series = flows.data.node.series ?? [];
  if (balances.data?.node?.__typename === 'LineItem' && balance) {
    // The series query covers flows by fiscal period; a balance is charted at each date from
    // the latest primary report (the total, in the traced figure's currency, no translation).
    const latest = (balances.data.node.facts ?? []).filter((f) => f.isLatest && f.isPrimary && f.dimensions.length === 0 && f.period.isInstant && f.isConvenienceTranslation === current.isConvenienceTranslation);
    const byDate = new Map(latest.map((f) => [f.period.id, f]));
    series = [...byDate.values()].sort((a, b) => a.period.endDate.localeCompare(b.period.endDate)).map((f) => ({ period: f.period, value: f.value, isDerived: false, fact: f }));
  }
  const scope = `${balance ? 'Balances at each date' : frequency === 'ANNUAL' ? 'Fiscal years' : 'Fiscal quarters'}, ${current.unit}${current.dimensions.length ? ', the total without dimensions' : ''}`;
  if (series.length < 2) return <p className="muted">{scope}: {series.length === 0 ? 'no series for this figure.' : 'only one period is reported.'}</p>;
  // For drawing only: the exact values stay strings, in the list and the trace.
  const data_ = series.map((p) => ({ label: p.period.label, y: Number(p.value), derived: p.isDerived }));
  return (
    <figure className="chart" data-testid="series-chart">
      <p className="muted">
        {scope}.{series.some((p) => p.isDerived) ? ' Hollow dots are quarters derived from the year and nine months (or six months and a quarter).' : ''}
      </p>
      <LineChart width={340} height={170} data={data_} margin={{ top: 8, right: 12, bottom: 4, left: 12 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
        <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fontSize: 11, fill: '#2b2f36' }} />
        <YAxis hide domain={['auto', 'auto']} />
        <Tooltip formatter={(_v, _n, item) => {
          const point = series[data_.indexOf(item.payload)];
          return point ? `${exactValue(point.value, current.unit)}${point.isDerived ? ' (derived)' : ''}` : '';
        }} />
        <Line
          type="monotone"
          dataKey="y"
          stroke="#0b5cad"
          strokeWidth={2}
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: { derived: boolean } }) => (
            <circle key={props.index} cx={props.cx} cy={props.cy} r={props.payload?.derived ? 4 : 3} fill={props.payload?.derived ? '#fff' : '#0b5cad'} stroke={props.payload?.derived ? '#8a4b00' : '#0b5cad'} strokeWidth={2} />
          )}
        />
      </LineChart>
      <figcaption>
        <ul className="series">
          {series.map((p) => (
            <li key={p.period.id} data-derived={p.isDerived || undefined}>
              {p.period.label}
              {p.isDerived && <span className="derived-mark"> (derived)</span>}:{' '}
              <button type="button" className="link" aria-current={p.fact.id === current.id} onClick={() => onOpen(p.fact.id)}>
                {exactValue(p.value, p.fact.unit)}
              </button>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
