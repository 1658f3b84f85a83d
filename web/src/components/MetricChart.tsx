import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisScale, missingBetween, monthYear, timeOf } from '../chart-scale.js';
import { exactValue } from '../format.js';

/** One value of a line: exact, at its period's end date. */
export interface MetricPoint {
  endDate: string;
  /** The company's own period, e.g. "Q3 2023" or "TTM to Q3 2023". */
  label: string;
  value: string;
  derived: boolean;
}

export interface MetricLine {
  name: string;
  color: string;
  points: MetricPoint[];
}

/** A drawn point: y null breaks the line (a missing period). */
interface Drawn {
  t: number;
  y: number | null;
  point: MetricPoint | null;
}

const INK = '#2b2f36';
const DERIVED = '#8a4b00';

/**
 * Standard figures over time, drawn the way the series chart draws a line item: each value at
 * its period's end date on a time axis (a missing period leaves a gap), a value axis labelled
 * with the unit and scale, straight segments (or bars for one flow), derived points hollow,
 * exact values in the tooltip. Every line shares one unit: figures in another currency get
 * their own chart, never a converted one.
 */
export function MetricChart({ lines, unit, annual, bars, description }: { lines: MetricLine[]; unit: string; annual: boolean; bars: boolean; description: string }) {
  const drawnLines = lines.map((line) => {
    const drawn: Drawn[] = [];
    line.points.forEach((p, i) => {
      const prev = line.points[i - 1];
      if (prev && missingBetween(prev.endDate, p.endDate, annual) > 0) drawn.push({ t: (timeOf(prev.endDate) + timeOf(p.endDate)) / 2, y: null, point: null });
      drawn.push({ t: timeOf(p.endDate), y: Number(p.value), point: p });
    });
    return { ...line, drawn };
  });
  const all = drawnLines.flatMap((l) => l.drawn);
  const ys = all.flatMap((d) => (d.y === null ? [] : [d.y]));
  if (ys.length === 0) return null;
  const { divisor, word } = axisScale(ys);
  const unitLabel = `${unit.replace('/shares', ' per share')}${word ? `, ${word}` : ''}`;
  const ts = all.map((d) => d.t);
  const [min, max] = [Math.min(...ts), Math.max(...ts)];
  const pad = Math.max((max - min) * 0.06, 40 * 86_400_000);
  const single = drawnLines.length === 1 ? drawnLines[0] : null;
  const barSize = Math.max(6, Math.min(22, 220 / ((max - min) / (annual ? 365 : 91) / 86_400_000 + 1)));
  return (
    <div className="chart-box" role="img" aria-label={`${description} Value axis: ${unitLabel}.`}>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={single?.drawn} margin={{ top: 8, right: 12, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={[min - pad, max + pad]} tickFormatter={monthYear} tick={{ fontSize: 11, fill: INK }} tickCount={5} allowDuplicatedCategory={false} />
          <YAxis
            width={62}
            tick={{ fontSize: 11, fill: INK }}
            tickFormatter={(v: number) => (v / divisor).toLocaleString('en-US', { maximumFractionDigits: 2 })}
            domain={bars ? [(low: number) => Math.min(0, low), 'auto'] : ['auto', 'auto']}
            label={{ value: unitLabel, angle: -90, position: 'insideLeft', style: { fontSize: 11, fill: INK, textAnchor: 'middle' } }}
          />
          <Tooltip
            labelFormatter={() => ''}
            formatter={(_v, name, item) => {
              const p = (item.payload as Drawn).point;
              return p ? [`${p.label}: ${exactValue(p.value, unit)}${p.derived ? ' (derived)' : ''}`, String(name)] : ['', ''];
            }}
          />
          {single && bars ? (
            <Bar dataKey="y" name={single.name} barSize={barSize} isAnimationActive={false}>
              {single.drawn.map((d, i) => (
                <Cell key={i} fill={d.point?.derived ? '#fff' : single.color} stroke={d.point?.derived ? DERIVED : single.color} strokeWidth={d.point?.derived ? 2 : 0} strokeDasharray={d.point?.derived ? '3 2' : undefined} data-period={d.point?.label} />
              ))}
            </Bar>
          ) : (
            drawnLines.map((line) => (
              <Line
                key={line.name}
                data={line.drawn}
                dataKey="y"
                name={line.name}
                type="linear"
                stroke={line.color}
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
                dot={(props: { cx?: number; cy?: number; index?: number; payload?: Drawn }) => (
                  <circle key={props.index} cx={props.cx} cy={props.cy} r={props.payload?.y == null ? 0 : 3} fill={props.payload?.point?.derived ? '#fff' : line.color} stroke={line.color} strokeWidth={2} data-period={props.payload?.point?.label} />
                )}
              />
            ))
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
