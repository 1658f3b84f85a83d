import { useQuery } from '@apollo/client/react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LineItemBalancesDocument, LineItemSeriesDocument, type SeriesFrequency } from '../generated/graphql.js';
import { exactValue } from '../format.js';
import { axisScale, missingBetween, monthYear, timeOf } from '../chart-scale.js';
import { ExportLinks } from './ExportLinks.js';

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

/** A drawn point: its period's end date on a time axis; y null marks a missing period (a gap). */
interface Drawn {
  t: number;
  y: number | null;
  derived: boolean;
  point: Point | null;
}

const INK = '#2b2f36';
const ACCENT = '#0b5cad';
const DERIVED = '#8a4b00';

/**
 * The line item over time, from the series query: one value per fiscal quarter (or year),
 * the latest report of each, oldest first, placed on a time axis by its period's end date,
 * so a missing quarter leaves a gap (and is named under the chart). A flow is drawn as bars,
 * a balance as straight segments between dates (never a smoothed curve that invents values
 * between them). Derived quarters (Q4 = FY − 9M, …) are hollow and marked "(derived)". The
 * value axis names the unit and scale; the tooltip and the list give exact values.
 */
export function SeriesChart({ lineItemId, current, onOpen }: { lineItemId: string; current: Current; onOpen: (id: string) => void }) {
  const balance = current.period.isInstant;
  const frequency: SeriesFrequency = current.period.fiscalPeriod === 'FY' ? 'ANNUAL' : 'QUARTERLY';
  const annual = frequency === 'ANNUAL';
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
  const scope = `${balance ? 'Balances at each date' : annual ? 'Fiscal years' : 'Fiscal quarters'}, ${current.unit}${current.dimensions.length ? ', the total without dimensions' : ''}`;
  if (series.length < 2) return <p className="muted">{scope}: {series.length === 0 ? 'no series for this figure.' : 'only one period is reported.'}</p>;

  // For drawing only (floats): the exact values stay strings, in the tooltip, list and trace.
  const drawn: Drawn[] = [];
  const gaps: string[] = [];
  for (const [i, p] of series.entries()) {
    const prev = series[i - 1];
    const missing = prev && !balance ? missingBetween(prev.period.endDate, p.period.endDate, annual) : 0;
    if (missing > 0) {
      gaps.push(`${missing} ${annual ? (missing === 1 ? 'year' : 'years') : missing === 1 ? 'quarter' : 'quarters'} between ${prev.period.label} and ${p.period.label}`);
      // A null point between them breaks the line; bars simply leave the space empty.
      drawn.push({ t: (timeOf(prev.period.endDate) + timeOf(p.period.endDate)) / 2, y: null, derived: false, point: null });
    }
    drawn.push({ t: timeOf(p.period.endDate), y: Number(p.value), derived: p.isDerived, point: p });
  }
  const { divisor, word } = axisScale(drawn.flatMap((d) => (d.y === null ? [] : [d.y])));
  const unitLabel = `${current.unit.replace('/shares', ' per share')}${word ? `, ${word}` : ''}`;
  const span = drawn[drawn.length - 1].t - drawn[0].t;
  const pad = span * 0.06;
  const barSize = Math.max(6, Math.min(22, 220 / (span / (annual ? 365 : 91) / 86_400_000 + 1)));
  const exportable = !balance;
  return (
    <figure className="chart" data-testid="series-chart">
      <p className="muted">
        {scope}. {balance ? 'Straight segments between the dates reported.' : 'Bars at each period’s end date.'}
        {series.some((p) => p.isDerived) ? ' Hollow marks are quarters derived from the year and nine months (or six months and a quarter).' : ''}
      </p>
      <div className="chart-box" role="img" aria-label={`Chart of ${series.length} values from ${series[0].period.label} to ${series[series.length - 1].period.label}, ${unitLabel}; the same values are listed below.`}>
        <ResponsiveContainer width="100%" height={210}>
          <ComposedChart data={drawn} margin={{ top: 8, right: 12, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={[drawn[0].t - pad, drawn[drawn.length - 1].t + pad]} tickFormatter={monthYear} tick={{ fontSize: 11, fill: INK }} tickCount={5} />
            <YAxis
              width={62}
              tick={{ fontSize: 11, fill: INK }}
              tickFormatter={(v: number) => (v / divisor).toLocaleString('en-US', { maximumFractionDigits: 2 })}
              domain={balance ? ['auto', 'auto'] : [(min: number) => Math.min(0, min), 'auto']}
              // Bars start at zero; round ticks ("25, 50, 75, 100") rather than the data's extremes.
              allowDataOverflow={false}
              label={{ value: unitLabel, angle: -90, position: 'insideLeft', style: { fontSize: 11, fill: INK, textAnchor: 'middle' }, dx: 0, dy: 0 }}
            />
            <Tooltip
              labelFormatter={(t) => drawn.find((d) => d.t === t)?.point?.period.label ?? ''}
              formatter={(_v, _n, item) => {
                const p = (item.payload as Drawn).point;
                return p ? [`${exactValue(p.value, p.fact.unit)}${p.isDerived ? ' (derived)' : ''}`, 'Exact value'] : ['', ''];
              }}
            />
            {balance ? (
              <Line
                type="linear"
                dataKey="y"
                stroke={ACCENT}
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
                dot={(props: { cx?: number; cy?: number; index?: number; payload?: Drawn }) => (
                  <circle key={props.index} cx={props.cx} cy={props.cy} r={props.payload?.y === null ? 0 : 3} fill={ACCENT} stroke={ACCENT} strokeWidth={2} />
                )}
              />
            ) : (
              <Bar dataKey="y" barSize={barSize} isAnimationActive={false}>
                {drawn.map((d, i) => (
                  <Cell key={i} fill={d.derived ? '#fff' : ACCENT} stroke={d.derived ? DERIVED : ACCENT} strokeWidth={d.derived ? 2 : 0} strokeDasharray={d.derived ? '3 2' : undefined} data-period={d.point?.period.label} />
                ))}
              </Bar>
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {gaps.length > 0 && (
        <p className="gaps" data-testid="chart-gaps">
          No figure for {gaps.join('; ')} in the loaded disclosures: the gap is left empty.
        </p>
      )}
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
        {exportable && <ExportLinks kind="series" what="this series" params={{ id: lineItemId, frequency, unit: current.unit }} />}
      </figcaption>
    </figure>
  );
}
