import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CompanyLatestMetricsDocument, CompanyMetricSeriesDocument, StandardMetricsDocument, type StandardMetric } from '../generated/graphql.js';
import { missingBetween, timeOf } from '../chart-scale.js';
import { exactValue } from '../format.js';
import { fromFigure, LazyMetricChart, LINE_COLORS, type ShownFigure } from '../metric-figures.js';
import { paths, useTracedFact } from '../routes.js';
import { FigureInputs } from './FigureInputs.js';
import { FigureValue } from './FigureValue.js';

/** Eight fiscal quarters back from the latest (a quarter is about 91.3 days; half a quarter of slack). */
const EIGHT_QUARTERS_MS = (7 * 91.31 + 45) * 86_400_000;

/**
 * What a company page opens on: the latest figure of each standard metric (formatted, with
 * unit and period, each traceable), and the chosen metric's last eight fiscal quarters on a
 * time axis (`?metric=` keeps the choice in the URL).
 */
export function CompanyMetrics({ ticker, name }: { ticker: string; name: string }) {
  const [params, setParams] = useSearchParams();
  const { open } = useTracedFact();
  const [inputsOf, setInputsOf] = useState<ShownFigure | null>(null);
  const vocabulary = useQuery(StandardMetricsDocument);
  const latest = useQuery(CompanyLatestMetricsDocument, { variables: { ticker } });
  const definitions = vocabulary.data?.standardMetrics ?? [];
  const figures = (latest.data?.company?.latestMetrics ?? []).map(fromFigure);
  const available = [...new Set(figures.map((f) => f.metric))];
  const wanted = params.get('metric');
  const metric = wanted && available.includes(wanted) ? wanted : (available.find((m) => m === 'REVENUE') ?? available[0] ?? null);
  const definition = definitions.find((d) => d.metric === metric);
  const series = useQuery(CompanyMetricSeriesDocument, { variables: { ticker, metrics: metric ? [metric as StandardMetric] : [], frequency: 'QUARTERLY', ttm: false }, skip: !metric });
  const labelOf = (m: string) => definitions.find((d) => d.metric === m)?.label ?? m;

  let body;
  if (latest.error || vocabulary.error) body = <p className="status error" role="alert">The standard metrics could not be loaded: {(latest.error ?? vocabulary.error)!.message}</p>;
  else if (!latest.data || !vocabulary.data) body = <p className="status" role="status">Loading standard metrics…</p>;
  else if (figures.length === 0) body = <p className="muted">No standard metric is reported in {name}’s loaded disclosures.</p>;
  else {
    const points = (series.data?.company?.metrics ?? []).map(fromFigure);
    const lastEnd = points.length ? timeOf(points[points.length - 1].endDate) : 0;
    const recent = points.filter((p) => lastEnd - timeOf(p.endDate) <= EIGHT_QUARTERS_MS);
    const units = [...new Set(recent.map((p) => p.unit))];
    body = (
      <>
        <ul className="metric-cards">
          {figures.map((f) => (
            <li key={f.key} className={f.metric === metric ? 'chosen' : undefined}>
              <span className="metric-name">{labelOf(f.metric)}</span>
              <FigureValue
                figure={f}
                what={`${labelOf(f.metric)}, ${f.label}`}
                className="link metric-value"
                periodClassName="metric-period"
                onOpen={open}
                onInputs={(g) => setInputsOf(inputsOf?.key === g.key ? null : g)}
              />
              {f.metric !== metric && (
                <button type="button" className="link chart-this" onClick={() => setParams((p) => new URLSearchParams({ ...Object.fromEntries(p), metric: f.metric }))} aria-label={`Chart ${labelOf(f.metric)}`}>
                  Chart
                </button>
              )}
            </li>
          ))}
        </ul>
        {inputsOf && <FigureInputs figure={inputsOf} what={`${labelOf(inputsOf.metric)}, ${inputsOf.label}`} onOpen={open} onClose={() => setInputsOf(null)} />}
        <figure className="chart" data-testid="metric-chart">
          <figcaption>
            <h3 id="metric-chart-title">
              {definition?.label ?? metric}: the last eight fiscal quarters{units.length ? `, ${units.join(', ')}` : ''}
            </h3>
          </figcaption>
          {series.error ? (
            <p className="status error" role="alert">
              The series could not be loaded: {series.error.message}
            </p>
          ) : !series.data ? (
            <p className="status" role="status">
              Loading the series…
            </p>
          ) : recent.length === 0 ? (
            <p className="muted">No quarterly figure of {definition?.label ?? metric} (only fiscal years are reported).</p>
          ) : (
            units.map((unit) => {
              const own = recent.filter((p) => p.unit === unit);
              const gaps = own.flatMap((p, i) => {
                const missing = i > 0 ? missingBetween(own[i - 1].endDate, p.endDate, false) : 0;
                return missing > 0 ? [`${missing} ${missing === 1 ? 'quarter' : 'quarters'} between ${own[i - 1].label} and ${p.label}`] : [];
              });
              return (
                <div key={unit}>
                  <LazyMetricChart
                    lines={[{ name, color: LINE_COLORS[0], points: own.map((p) => ({ endDate: p.endDate, label: p.label, value: p.value, derived: p.derived })) }]}
                    unit={unit}
                    annual={false}
                    bars={definition?.nature !== 'BALANCE'}
                    description={`${definition?.label ?? metric} of ${name}, ${own.length} fiscal quarters from ${own[0].label} to ${own[own.length - 1].label}, on a time axis (a missing quarter leaves a gap); the values are listed below.`}
                  />
                  {gaps.length > 0 && (
                    <p className="gaps" data-testid="chart-gaps">
                      No figure for {gaps.join('; ')} in the loaded disclosures: the gap is left empty.
                    </p>
                  )}
                  <ul className="series">
                    {own.map((p) => (
                      <li key={p.key}>
                        {p.label}
                        {p.derived && <span className="derived-mark"> (derived)</span>}:{' '}
                        {p.factId ? (
                          <button type="button" className="link" onClick={() => open(p.factId!)}>
                            {exactValue(p.value, p.unit)}
                          </button>
                        ) : (
                          <button type="button" className="link" onClick={() => setInputsOf(p)} aria-label={`${exactValue(p.value, p.unit)}, computed: show its inputs`}>
                            {exactValue(p.value, p.unit)}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })
          )}
        </figure>
      </>
    );
  }
  return (
    <section aria-labelledby="standard-metrics-title" className="standard-metrics">
      <h2 id="standard-metrics-title">Standard metrics</h2>
      <p className="muted">
        The latest figure of each standard metric, in the currency reported (never converted); click a figure to trace it. <Link to={paths.compare([ticker], metric ? [metric] : [])}>Compare {name} with other companies</Link>
      </p>
      {body}
    </section>
  );
}
