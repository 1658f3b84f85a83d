import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { exactValue } from '../format.js';

interface SeriesFact {
  id: string;
  value: string;
  unit: string;
  printed?: string | null;
  origin: 'PRINTED' | 'DERIVED';
  /** Null when the value is exact (a filing's `INF`): the most precise. */
  decimals: number | null;
  isConvenienceTranslation?: boolean;
  period: { id: string; label: string; startDate?: string | null; endDate: string; isInstant: boolean };
}

export interface SeriesPoint {
  fact: SeriesFact;
  /** For drawing only: the exact value stays `fact.value`. */
  y: number;
}

function months(p: SeriesFact['period']): number {
  if (p.isInstant || !p.startDate) return 0;
  const [sy, sm] = p.startDate.split('-').map(Number);
  const [ey, em] = p.endDate.split('-').map(Number);
  return (ey - sy) * 12 + em - sm + 1;
}

/**
 * The line item's values over periods comparable with the traced one: same unit, same
 * span (quarters with quarters, balances with balances), one value per period (the most
 * precise: a table cell before a sentence's rounded figure; printed before derived on a
 * tie), oldest first.
 *
 * This is where the chart switches to the time issue's series query once it lands: it
 * returns one value per period and fiscal period kind, latest reports, derived quarters
 * marked; replace the body with that query's nodes and keep the SeriesPoint shape.
 */
function better(a: SeriesFact, b: SeriesFact): boolean {
  const [da, db] = [a.decimals ?? Infinity, b.decimals ?? Infinity];
  if (da !== db) return da > db;
  return a.origin === 'PRINTED' && b.origin === 'DERIVED';
}

export function useSeries(facts: readonly SeriesFact[], current: SeriesFact): SeriesPoint[] {
  const span = months(current.period);
  const byPeriod = new Map<string, SeriesFact>();
  for (const fact of facts) {
    if (fact.unit !== current.unit || Boolean(fact.isConvenienceTranslation) !== Boolean(current.isConvenienceTranslation)) continue;
    if (months(fact.period) !== span) continue;
    const held = byPeriod.get(fact.period.id);
    if (!held || fact.id === current.id || (held.id !== current.id && better(fact, held))) byPeriod.set(fact.period.id, fact);
  }
  return [...byPeriod.values()].sort((a, b) => a.period.endDate.localeCompare(b.period.endDate)).map((fact) => ({ fact, y: Number(fact.value) }));
}

/** A small line chart of the series, with the same figures as a list of buttons (keyboard and screen readers). */
export function SeriesChart({ facts, current, onOpen }: { facts: readonly SeriesFact[]; current: SeriesFact; onOpen: (id: string) => void }) {
  const points = useSeries(facts, current);
  if (points.length < 2) return <p className="muted">Only one period is reported for this figure.</p>;
  const data = points.map((p) => ({ label: p.fact.period.label, y: p.y, derived: p.fact.origin === 'DERIVED' }));
  return (
    <figure className="chart">
      <LineChart width={320} height={160} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 12 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11, fill: '#2b2f36' }} />
        <YAxis hide domain={['auto', 'auto']} />
        <Tooltip formatter={(_v, _n, item) => points[data.indexOf(item.payload)]?.fact.printed ?? exactValue(points[data.indexOf(item.payload)].fact.value, current.unit)} />
        <Line type="monotone" dataKey="y" stroke="#0b5cad" strokeWidth={2} isAnimationActive={false} dot={{ r: 3 }} />
      </LineChart>
      <figcaption>
        <ul className="series">
          {points.map((p) => (
            <li key={p.fact.id}>
              {p.fact.period.label}
              {p.fact.origin === 'DERIVED' ? ' (derived)' : ''}:{' '}
              <button type="button" className="link" aria-current={p.fact.id === current.id} onClick={() => onOpen(p.fact.id)}>
                {p.fact.printed ?? exactValue(p.fact.value, p.fact.unit)}
              </button>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
