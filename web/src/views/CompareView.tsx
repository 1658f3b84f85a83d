import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExportLinks } from '../components/ExportLinks.js';
import { FigureInputs } from '../components/FigureInputs.js';
import { FigureValue } from '../components/FigureValue.js';
import { CompanyMatchesDocument, CompanyMetricSeriesDocument, StandardMetricsDocument, type CompanyMetricSeriesQuery, type CompanyRefFragment, type StandardMetric, type StandardMetricsQuery } from '../generated/graphql.js';
import { calendarSlot, fromFigure, fromTtm, LazyMetricChart, LINE_COLORS, type Frequency, type ShownFigure } from '../metric-figures.js';
import { paths, useTracedFact } from '../routes.js';

const MAX = 6;
const SLOTS = [0, 1, 2, 3, 4, 5] as const;
const FREQUENCIES: { value: Frequency; label: string }[] = [
  { value: 'QUARTERLY', label: 'Fiscal quarters' },
  { value: 'ANNUAL', label: 'Fiscal years' },
  { value: 'TTM', label: 'Trailing twelve months' },
];
/** Rows shown before "Show all". */
const FIRST_ROWS = 12;

type Definition = StandardMetricsQuery['standardMetrics'][number];
type Company = NonNullable<CompanyMetricSeriesQuery['company']>;

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether a metric has a trailing twelve months: money flows only. */
const hasTtm = (d: Definition) => d.nature === 'FLOW' && d.measure === 'MONEY';

/** One company's figures as asked, or its state. */
interface Column {
  ticker: string;
  company: Company | null;
  loading: boolean;
  error: string | null;
  color: string;
}

/**
 * Companies side by side through the standard metrics: 2 to 6 companies (by ticker or name,
 * matched as search matches companies), one metric or several, by fiscal quarter, fiscal
 * year or trailing twelve months; a table and a chart per metric. Each company keeps its own
 * currency (a chart per currency, never a conversion). Every cell is traceable: a reported
 * figure opens the trace, a computed one (free cash flow, a TTM) lists its inputs. The whole
 * view is in the URL (`?c=QFIN,AAPL&m=REVENUE&f=QUARTERLY`).
 */
export function CompareView() {
  const [params, setParams] = useSearchParams();
  const tickers = [...new Set(list(params.get('c')).map((t) => t.toUpperCase()))].slice(0, MAX);
  const wantedMetrics = list(params.get('m'));
  const frequency = (FREQUENCIES.find((f) => f.value === params.get('f')?.toUpperCase())?.value ?? 'QUARTERLY') as Frequency;
  const vocabulary = useQuery(StandardMetricsDocument);
  const definitions = vocabulary.data?.standardMetrics ?? [];
  const metrics = (wantedMetrics.length ? wantedMetrics : ['REVENUE']).filter((m) => !vocabulary.data || definitions.some((d) => d.metric === m)) as StandardMetric[];
  const unknownMetrics = vocabulary.data ? wantedMetrics.filter((m) => !definitions.some((d) => d.metric === m)) : [];
  const fetched = frequency === 'TTM' ? metrics.filter((m) => definitions.some((d) => d.metric === m && hasTtm(d))) : metrics;

  // One query per company, in a fixed number of slots (unused ones skipped), so the hooks are always called in the same order.
  const slots = SLOTS.map((i) =>
    useQuery(CompanyMetricSeriesDocument, {
      variables: { ticker: tickers[i] ?? '', metrics: fetched, frequency: frequency === 'ANNUAL' ? 'ANNUAL' : 'QUARTERLY', ttm: frequency === 'TTM' },
      skip: i >= tickers.length || fetched.length === 0 || !vocabulary.data,
    }),
  );
  const columns: Column[] = tickers.map((ticker, i) => ({
    ticker,
    company: slots[i].data?.company ?? null,
    loading: !slots[i].data && !slots[i].error && fetched.length > 0,
    error: slots[i].error?.message ?? null,
    color: LINE_COLORS[i],
  }));

  const update = (next: { tickers?: string[]; metrics?: string[]; frequency?: Frequency }) =>
    setParams((p) => {
      const out = new URLSearchParams(p);
      out.set('c', (next.tickers ?? tickers).join(','));
      out.set('m', (next.metrics ?? metrics).join(','));
      out.set('f', next.frequency ?? frequency);
      out.delete('fact');
      return out;
    });

  return (
    <section aria-labelledby="compare-title" className="compare">
      <p className="crumbs">
        <Link to={paths.home()}>Companies</Link> › Compare
      </p>
      <h1 id="compare-title">Compare companies</h1>
      <p className="muted">
        Standard metrics of 2 to 6 companies side by side, each figure in the currency its company reports (never converted), placed by the calendar quarter or year its fiscal period ends in. Click a figure to trace it.
      </p>
      <CompanyPicker tickers={tickers} columns={columns} onChange={(t) => update({ tickers: t })} />
      <fieldset className="choices">
        <legend>Metrics</legend>
        {vocabulary.error && <p className="status error" role="alert">The metrics could not be loaded: {vocabulary.error.message}</p>}
        {definitions.map((d) => (
          <label key={d.metric} title={d.description}>
            <input
              type="checkbox"
              checked={metrics.includes(d.metric)}
              onChange={(e) => update({ metrics: e.target.checked ? [...metrics, d.metric] : metrics.filter((m) => m !== d.metric) })}
            />{' '}
            {d.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>Periods</legend>
        {FREQUENCIES.map((f) => (
          <label key={f.value}>
            <input type="radio" name="frequency" value={f.value} checked={frequency === f.value} onChange={() => update({ frequency: f.value })} /> {f.label}
          </label>
        ))}
      </fieldset>
      {unknownMetrics.length > 0 && (
        <p className="status" role="alert">
          No such standard metric: {unknownMetrics.join(', ')}.
        </p>
      )}
      {tickers.length < 2 && <p className="status" role="status">{tickers.length === 0 ? 'Add two to six companies to compare them.' : 'Add at least one more company to compare.'}</p>}
      {tickers.length > 0 && metrics.length === 0 && vocabulary.data && <p className="status" role="status">Choose at least one metric.</p>}
      {tickers.length > 0 && vocabulary.data &&
        metrics.map((m) => {
          const definition = definitions.find((d) => d.metric === m)!;
          return <MetricComparison key={m} definition={definition} columns={columns} frequency={frequency} />;
        })}
      {tickers.length > 0 && fetched.length > 0 && (
        <ExportLinks kind="comparison" what="this comparison" params={{ tickers: tickers.join(','), metrics: fetched.join(','), frequency }} />
      )}
    </section>
  );
}

/** The companies compared, each removable, and a box to add one by ticker or name. */
function CompanyPicker({ tickers, columns, onChange }: { tickers: string[]; columns: Column[]; onChange: (tickers: string[]) => void }) {
  const client = useApolloClient();
  const [text, setText] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'searching' } | { kind: 'none'; query: string } | { kind: 'already'; name: string } | { kind: 'error'; message: string } | { kind: 'more'; matches: CompanyRefFragment[] }>({ kind: 'idle' });
  const full = tickers.length >= MAX;
  /** Adds a company; false when it is already compared. */
  const add = (company: CompanyRefFragment): boolean => {
    const ticker = company.listings[0]?.ticker;
    const known = columns.some((c) => c.company?.id === company.id) || (!!ticker && tickers.includes(ticker.toUpperCase()));
    if (ticker && !known && !full) onChange([...tickers, ticker.toUpperCase()]);
    return !known;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (!query) return;
    setState({ kind: 'searching' });
    try {
      const { data } = await client.query({ query: CompanyMatchesDocument, variables: { query } });
      const matches = (data?.companyMatches ?? []).filter((c) => c.listings.length > 0);
      if (matches.length === 0) return setState({ kind: 'none', query });
      if (!add(matches[0])) return setState({ kind: 'already', name: matches[0].name });
      setText('');
      setState(matches.length > 1 ? { kind: 'more', matches: matches.slice(1) } : { kind: 'idle' });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };
  return (
    <fieldset className="choices companies">
      <legend>Companies ({tickers.length} of at most {MAX})</legend>
      <ul className="chips">
        {columns.map((c) => {
          const name = c.company ? `${c.company.name} (${c.ticker})` : c.ticker;
          return (
            <li key={c.ticker}>
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              {c.company ? <Link to={paths.company(c.ticker)}>{name}</Link> : name}
              <button type="button" className="remove" aria-label={`Remove ${name}`} onClick={() => onChange(tickers.filter((t) => t !== c.ticker))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} className="add-company" role="search" aria-label="Add a company">
        <label htmlFor="compare-add">Add a company by ticker or name</label>
        <input id="compare-add" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. AAPL, apple, qifu" disabled={full} />
        <button type="submit" disabled={full || state.kind === 'searching'}>
          Add
        </button>
      </form>
      <div aria-live="polite">
        {full && <p className="muted">Six companies at most: remove one to add another.</p>}
        {state.kind === 'searching' && <p className="muted">Looking for the company…</p>}
        {state.kind === 'none' && <p className="status">No company matches “{state.query}”.</p>}
        {state.kind === 'already' && <p className="status">{state.name} is already compared.</p>}
        {state.kind === 'error' && <p className="status error">The company could not be looked up: {state.message}</p>}
        {state.kind === 'more' && (
          <p>
            Also matched:{' '}
            {state.matches.map((c) => (
              <button key={c.id} type="button" className="link" onClick={() => add(c)}>
                Add {c.name} ({c.listings[0].ticker})
              </button>
            ))}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** One metric across the companies: a chart per currency, and a table (rows: calendar periods; columns: companies). */
function MetricComparison({ definition, columns, frequency }: { definition: Definition; columns: Column[]; frequency: Frequency }) {
  const { open } = useTracedFact();
  const [inputsOf, setInputsOf] = useState<{ figure: ShownFigure; what: string } | null>(null);
  const [all, setAll] = useState(false);
  const annual = frequency === 'ANNUAL';
  const titleId = `compare-${definition.metric.toLowerCase()}`;
  const heading = (
    <h2 id={titleId}>
      {definition.label}
      <span className="muted"> · {FREQUENCIES.find((f) => f.value === frequency)!.label.toLowerCase()}</span>
    </h2>
  );
  if (frequency === 'TTM' && !hasTtm(definition)) {
    return (
      <section aria-labelledby={titleId} className="metric-comparison">
        {heading}
        <p className="muted">{definition.label} has no trailing twelve months: only money flows add up across quarters ({definition.nature === 'BALANCE' ? 'it is a balance, measured at an instant' : 'it is not an amount of money'}).</p>
      </section>
    );
  }
  const figuresOf = (c: Column): ShownFigure[] =>
    frequency === 'TTM' ? (c.company?.ttmSeries ?? []).filter((w) => w.metric === definition.metric).map(fromTtm) : (c.company?.metrics ?? []).filter((f) => f.metric === definition.metric).map(fromFigure);
  const byColumn = columns.map((c) => ({ column: c, figures: figuresOf(c) }));
  // Rows: the calendar periods any company has a figure in, newest first.
  const rows = new Map<string, { label: string; cells: Map<number, ShownFigure[]> }>();
  byColumn.forEach(({ figures }, i) => {
    for (const f of figures) {
      const slot = calendarSlot(f, annual);
      const row = rows.get(slot.key) ?? { label: slot.label, cells: new Map() };
      row.cells.set(i, [...(row.cells.get(i) ?? []), f]);
      rows.set(slot.key, row);
    }
  });
  const ordered = [...rows.entries()].sort((a, b) => b[0].localeCompare(a[0]));
  const shown = all ? ordered : ordered.slice(0, FIRST_ROWS);
  const units = [...new Set(byColumn.flatMap((b) => b.figures.map((f) => f.unit)))].sort();
  const loading = columns.some((c) => c.loading);
  const periodWord = annual ? 'fiscal year' : frequency === 'TTM' ? 'trailing twelve months to a fiscal quarter' : 'fiscal quarter';
  return (
    <section aria-labelledby={titleId} className="metric-comparison">
      {heading}
      {loading && (
        <p className="status" role="status">
          Loading {columns.filter((c) => c.loading).map((c) => c.ticker).join(', ')}…
        </p>
      )}
      {columns
        .filter((c) => c.error)
        .map((c) => (
          <p key={c.ticker} className="status error" role="alert">
            {c.ticker}: {c.error}
          </p>
        ))}
      {columns
        .filter((c) => !c.loading && !c.error && !c.company)
        .map((c) => (
          <p key={c.ticker} className="status" role="alert">
            No company is listed under ticker {c.ticker}.
          </p>
        ))}
      {byColumn
        .filter(({ column, figures }) => column.company && figures.length === 0)
        .map(({ column }) => (
          <p key={column.ticker} className="muted">
            {column.company!.name} reports no {definition.label.toLowerCase()} by {periodWord} in the loaded disclosures{frequency === 'TTM' ? ' (four consecutive quarters are needed)' : ''}.
          </p>
        ))}
      {units.map((unit) => {
        const lines = byColumn
          .filter(({ figures }) => figures.some((f) => f.unit === unit))
          .map(({ column, figures }) => ({
            name: column.company?.name ?? column.ticker,
            color: column.color,
            points: figures.filter((f) => f.unit === unit).map((f) => ({ endDate: f.endDate, label: f.label, value: f.value, derived: f.derived })),
          }));
        return (
          <figure key={unit} className="chart" data-testid="compare-chart" data-unit={unit}>
            <figcaption>
              <span className="chart-unit">{unit}</span>: {lines.map((l) => l.name).join(', ')}
              {units.length > 1 ? ' (each currency on its own chart, never converted)' : ''}
            </figcaption>
            <LazyMetricChart
              lines={lines}
              unit={unit}
              annual={annual}
              bars={false}
              description={`${definition.label} in ${unit} of ${lines.map((l) => l.name).join(' and ')}, by ${periodWord}, on a time axis (a missing period leaves a gap); the values are in the table below.`}
            />
            <ul className="legend">
              {lines.map((l) => (
                <li key={l.name}>
                  <span className="swatch" style={{ background: l.color }} aria-hidden="true" /> {l.name}
                </li>
              ))}
            </ul>
          </figure>
        );
      })}
      {ordered.length > 0 && (
        <div className="table-wrap">
          <table className="plain compare-table" data-testid="compare-table">
            <caption className="sr-only">
              {definition.label} by calendar period; each company in its own currency
            </caption>
            <thead>
              <tr>
                <th scope="col">Calendar period</th>
                {byColumn.map(({ column, figures }) => (
                  <th scope="col" key={column.ticker}>
                    {column.company?.name ?? column.ticker} <span className="unit">{[...new Set(figures.map((f) => f.unit))].join(', ') || '—'}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map(([key, row]) => (
                <tr key={key}>
                  <th scope="row">{row.label}</th>
                  {byColumn.map(({ column }, i) => (
                    <td key={column.ticker}>
                      {(row.cells.get(i) ?? []).map((f) => {
                        const what = `${column.company?.name ?? column.ticker}, ${definition.label}, ${f.label}`;
                        return (
                          <span key={f.key} className="cell-figure">
                            <FigureValue
                              figure={f}
                              what={what}
                              className="figure"
                              periodClassName="fiscal"
                              onOpen={open}
                              onInputs={(g) => setInputsOf(inputsOf?.figure.key === g.key ? null : { figure: g, what })}
                            />
                          </span>
                        );
                      })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ordered.length > FIRST_ROWS && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? `Show the latest ${FIRST_ROWS} periods` : `Show all ${ordered.length} periods`}
        </button>
      )}
      {inputsOf && <FigureInputs figure={inputsOf.figure} what={inputsOf.what} onOpen={open} onClose={() => setInputsOf(null)} />}
    </section>
  );
}
