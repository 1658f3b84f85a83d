import { useQuery } from '@apollo/client/react';
import { Fragment, Suspense, useEffect, useId, useRef, useState } from 'react';
import { ErrorBoundary, retryableLazy } from './ErrorBoundary.js';
import { Link } from 'react-router';
import { TraceFactDocument, type TraceFactQuery } from '../generated/graphql.js';
import { exactValue, groupDigits, sameAtPrecision, splitAround } from '../format.js';
import { paths, useTracedFact } from '../routes.js';
import { Failed, Loading } from './Status.js';
import type { SeriesChart } from './SeriesChart.js';

type ChartProps = Parameters<typeof SeriesChart>[0];

// The charting library loads only when a trace is opened: the first statement does not wait
// for it. A chunk that fails to arrive is reported with a Retry (ErrorBoundary).
const chart = retryableLazy<ChartProps>(() => import('./SeriesChart.js').then((m) => ({ default: m.SeriesChart })));

type Fact = Extract<NonNullable<TraceFactQuery['node']>, { __typename: 'Fact' }>;

/**
 * Where a figure comes from and what defines it, for the figure named by `?fact=` in the
 * URL (so a traced figure can be shared). Escape closes it and focus returns to the view.
 */
export function TracePanel() {
  const { factId, close } = useTracedFact();
  const { data, error } = useQuery(TraceFactDocument, { variables: { id: factId ?? '' }, skip: !factId });
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!factId) return;
    opener.current ??= document.activeElement;
  }, [factId]);
  const fact = data?.node?.__typename === 'Fact' && data.node.id === factId ? data.node : null;
  useEffect(() => {
    if (fact) heading.current?.focus();
  }, [fact?.id]);

  if (!factId) return null;
  const dismiss = () => {
    const back = opener.current;
    opener.current = null;
    close();
    if (back instanceof HTMLElement) back.focus();
  };
  return (
    <aside
      className="trace"
      aria-labelledby="trace-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') dismiss();
      }}
    >
      <button type="button" className="back" onClick={dismiss}>
        ← Back
      </button>
      <button type="button" className="close" onClick={dismiss} aria-label="Close the trace panel">
        ×
      </button>
      {error ? (
        <Failed error={error} />
      ) : !data ? (
        <Loading what="figure" />
      ) : !fact ? (
        <p className="status" role="alert" id="trace-title">
          No figure has the ID in this link (<code className="wrap">?fact={factId}</code>): it may come from another version of the data.
        </p>
      ) : (
        <Trace fact={fact} heading={heading} />
      )}
    </aside>
  );
}

/** The lazily loaded chart, read at render so a Retry picks up a fresh import. */
function LazyChart(props: ChartProps) {
  const Chart = chart.get();
  return <Chart {...props} />;
}

function Trace({ fact, heading }: { fact: Fact; heading: React.RefObject<HTMLHeadingElement | null> }) {
  const { open } = useTracedFact();
  const item = fact.lineItem;
  const ticker = item.company.listings[0]?.ticker ?? '';
  const formulaInputs = fact.checks.find((c) => c.kind === 'FORMULA' && c.inputs.length > 0)?.inputs ?? [];
  return (
    <>
      <h2 id="trace-title" tabIndex={-1} ref={heading}>
        {item.qualifiedLabel}
      </h2>
      <dl className="facts">
        <dt>Period</dt>
        <dd>{fact.period.label}</dd>
        <dt>Unit</dt>
        <dd>{fact.unit}</dd>
        <dt>Exact value</dt>
        <dd>
          <data value={fact.value} className="exact">
            {exactValue(fact.value, fact.unit)}
          </data>
        </dd>
        {fact.qualifier && (
          <>
            <dt>Qualifier</dt>
            <dd data-testid="qualifier">{fact.qualifier.replace(/_/g, ' ').toLowerCase()} (the source says the figure is not exact)</dd>
          </>
        )}
        <dt>As printed</dt>
        <dd>{fact.printed ?? (fact.origin === 'DERIVED' ? '(derived, not printed)' : fact.source.kind === 'XBRL_ELEMENT' ? '(an XBRL fact: the value as filed)' : '—')}</dd>
        <dt>Precision</dt>
        <dd>{fact.precision === 'EXACT' ? 'exact (INF)' : fact.precision === 'UNKNOWN' ? 'unknown (the filing gives no decimals)' : `decimals ${fact.decimals}`}</dd>
        <dt>Dimensions</dt>
        <dd>
          {fact.dimensions.length === 0 ? (
            'none (the total)'
          ) : (
            <ul className="plain-list">
              {fact.dimensions.map((d) => (
                <li key={d.axis}>
                  <code>{d.axis}</code> = <code>{d.member}</code>
                  {d.typed ? ' (typed)' : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Primary value</dt>
        <dd data-testid="primary">{fact.isPrimary ? 'yes' : 'no: another fact of this disclosure is the primary value of this figure'}</dd>
        <dt>Reported in</dt>
        <dd>
          {fact.disclosure.title}
          {fact.disclosure.filedOn ? `, filed ${fact.disclosure.filedOn}` : ''}
          {fact.isLatest ? ' (the latest report)' : ' (reported again later: see revisions)'}
        </dd>
        {fact.isConvenienceTranslation && (
          <>
            <dt>Translation</dt>
            <dd>
              Convenience translation at {fact.exchangeRate}
              {fact.translationOf && (
                <>
                  {' '}
                  of <FactLink fact={fact.translationOf} onOpen={open} />
                </>
              )}
            </dd>
          </>
        )}
      </dl>

      <Revisions fact={fact} onOpen={open} />

      <section aria-labelledby="trace-chart">
        <h3 id="trace-chart">Over time</h3>
        <ErrorBoundary what="chart" onRetry={chart.reset}>
          <Suspense fallback={<p className="muted">Loading chart…</p>}>
            <LazyChart lineItemId={item.id} current={fact} onOpen={open} />
          </Suspense>
        </ErrorBoundary>
      </section>

      <section aria-labelledby="trace-source">
        <h3 id="trace-source">Source</h3>
        <Source fact={fact} ticker={ticker} />
      </section>

      <Concept concept={fact.concept} />

      {fact.correction && (
        <section aria-labelledby="trace-correction">
          <h3 id="trace-correction">OCR correction</h3>
          <p>
            Printed <q className="printed">{fact.correction.printed}</q>, read as <q>{fact.correction.corrected}</q>.
          </p>
          <p className="muted">{fact.correction.note}</p>
        </section>
      )}

      {item.definitions.length > 0 && (
        <section aria-labelledby="trace-definitions">
          <h3 id="trace-definitions">Definition</h3>
          {item.definitions.map((d) => (
            <div key={d.id} className="definition">
              {d.text && <blockquote>{d.text}</blockquote>}
              {d.basis && <p>{d.basis}</p>}
              <p className="muted">{d.footnote ? `Footnote ${d.footnote.number}` : d.section}</p>
              {d.formula && (
                <div className="formula">
                  <p>
                    Formula: <code>{d.formula.expression}</code>
                  </p>
                  <table>
                    <caption className="sr-only">Formula inputs for {fact.period.label}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Input</th>
                        <th scope="col">Role</th>
                        <th scope="col">Weight</th>
                        <th scope="col">Value ({fact.period.label})</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.formula.inputs.map((input) => {
                        const value = formulaInputs.find((f) => f.lineItem.id === input.lineItem.id);
                        return (
                          <tr key={`${input.lineItem.id}-${input.role}`}>
                            <th scope="row">{input.lineItem.label}</th>
                            <td>{input.role.toLowerCase()}</td>
                            <td>{input.weight}</td>
                            <td>{value ? <FactLink fact={value} onOpen={open} /> : '—'}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ))}
        </section>
      )}

      {item.footnotes.length > 0 && (
        <section aria-labelledby="trace-footnotes">
          <h3 id="trace-footnotes">Footnotes</h3>
          {item.footnotes.map((n) => (
            <div key={n.id} className="footnote">
              <p>
                <span className="fn">{n.number}</span> {n.text}
              </p>
              {n.corrections.map((c) => (
                <p key={c.printed} className="muted">
                  OCR correction: printed <q className="printed">{c.printed}</q>, read as <q>{c.corrected}</q>. {c.note}
                </p>
              ))}
            </div>
          ))}
        </section>
      )}

      {fact.derivedFrom.length > 0 && (
        <section aria-labelledby="trace-derived">
          <h3 id="trace-derived">Derived from</h3>
          <ul>
            {fact.derivedFrom.map((f) => (
              <li key={f.id}>
                {f.lineItem.label}, {f.period.label}: <FactLink fact={f} onOpen={open} />{' '}
                <span className="muted">
                  in {f.disclosure.title}
                  {f.disclosure.filedOn ? `, filed ${f.disclosure.filedOn}` : ''} (known from {f.disclosure.knownOn})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}


      <section aria-labelledby="trace-checks">
        <h3 id="trace-checks">Checks ({fact.checks.length})</h3>
        {fact.checks.length === 0 ? (
          <p className="muted">No check is about this figure.</p>
        ) : (
          // One row group per check: what it checks on a row of its own across the table,
          // then its status and figures, so that the panel's width holds every column.
          <table className="checks">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Expected</th>
                <th scope="col">Actual</th>
                <th scope="col">Tolerance</th>
              </tr>
            </thead>
            {fact.checks.map((c) => (
              <tbody key={c.id}>
                <tr>
                  <th scope="rowgroup" colSpan={4} className="check-name">
                    <div>
                      <span className="muted">{c.kind.replace(/_/g, ' ').toLowerCase()}</span>
                      {': '}
                      {c.name}
                      <details>
                        <summary>How</summary>
                        {c.detail}
                      </details>
                    </div>
                  </th>
                </tr>
                <tr>
                  <td>
                    <span className={c.status === 'PASS' ? 'pass' : c.status === 'FAIL' ? 'fail' : 'muted'}>{c.status === 'PASS' ? 'pass' : c.status === 'FAIL' ? 'FAIL' : 'not evaluated'}</span>
                  </td>
                  <CheckValue text={c.expected} />
                  <CheckValue text={c.actual} />
                  <CheckValue text={c.tolerance} />
                </tr>
              </tbody>
            ))}
          </table>
        )}
      </section>

    </>
  );
}

/**
 * A check's decimal string grouped for reading (on one line where the panel is wide enough,
 * else broken only after a thousands separator); text (a SOURCE_TEXT check's) as it is, wrapped.
 */
function CheckValue({ text }: { text: string }) {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return <td className="text">{text}</td>;
  const groups = groupDigits(text).split(',');
  return <td className="num">{groups.map((g, i) => (i === 0 ? g : <Fragment key={i}>,<wbr />{g}</Fragment>))}</td>;
}

/** The concept the figure reports: its name, labels by role, and its documentation (its definition). */
function Concept({ concept }: { concept: Fact['concept'] }) {
  const documentation = concept.labels.filter((l) => l.role === 'DOCUMENTATION');
  const others = concept.labels.filter((l) => l.role !== 'DOCUMENTATION');
  return (
    <section aria-labelledby="trace-concept">
      <h3 id="trace-concept">Concept</h3>
      <p>
        <code data-testid="concept-name">{concept.name}</code>
        <br />
        {concept.label}
      </p>
      {documentation.map((d) => (
        <blockquote key={d.roleName} className="definition">
          {d.text}
        </blockquote>
      ))}
      {documentation.length === 0 && <p className="muted">The source gives no documentation (definition) label for this concept.</p>}
      {others.length > 1 && (
        <details>
          <summary>Labels ({others.length})</summary>
          <table className="plain">
            <tbody>
              {others.map((l) => (
                <tr key={l.roleName}>
                  <th scope="row">{l.roleName}</th>
                  <td>{l.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

/**
 * Every report of the figure, oldest first, a changed value marked, and the value as known
 * on a chosen date (the report of the latest disclosure known on or before it).
 */
function Revisions({ fact, onOpen }: { fact: Fact; onOpen: (id: string) => void }) {
  const reports = fact.revisions;
  const [asOf, setAsOf] = useState(fact.disclosure.knownOn);
  const dateId = useId();
  const known = [...reports].filter((r) => r.disclosure.knownOn <= asOf).pop();
  const revised = reports.some((r, i) => i > 0 && !sameAtPrecision(r, reports[i - 1]));
  return (
    <section aria-labelledby="trace-revisions">
      <h3 id="trace-revisions">
        Reports ({reports.length}){revised ? ', revised' : ''}
      </h3>
      <table className="plain revisions">
        <caption className="sr-only">Every report of this figure, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Disclosure</th>
            <th scope="col">Known from</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r, i) => {
            const changed = i > 0 && !sameAtPrecision(r, reports[i - 1]);
            return (
              <tr key={r.id} aria-current={r.id === fact.id ? 'true' : undefined} className={r.id === fact.id ? 'current' : undefined}>
                <th scope="row" title={r.disclosure.title}>
                  {r.disclosure.form ? `${r.disclosure.form} ${r.disclosure.title.replace(/^.*? for the period ended /, 'for ')}` : `Release of ${r.disclosure.date}`}
                </th>
                <td>
                  {r.disclosure.filedOn ? `filed ${r.disclosure.filedOn}` : r.disclosure.knownOn}
                </td>
                <td>
                  <FactLink fact={r} onOpen={onOpen} />
                  {changed && <span className="changed"> changed</span>}
                  {i === 0 && reports.length > 1 && <span className="muted"> first report</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="as-of">
        <label htmlFor={dateId}>Value as known on</label>{' '}
        <input id={dateId} type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} />{' '}
        <output htmlFor={dateId} data-testid="as-of-value">
          {known ? (
            <>
              {exactValue(known.value, known.unit)} <span className="muted">({known.disclosure.form ?? known.disclosure.title}, known from {known.disclosure.knownOn})</span>
            </>
          ) : (
            'not yet reported'
          )}
        </output>
      </p>
    </section>
  );
}

function FactLink({ fact, onOpen }: { fact: { id: string; value: string; unit: string; printed?: string | null }; onOpen: (id: string) => void }) {
  return (
    <button type="button" className="link" onClick={() => onOpen(fact.id)}>
      {fact.printed ?? exactValue(fact.value, fact.unit)}
    </button>
  );
}

function Source({ fact, ticker }: { fact: Fact; ticker: string }) {
  const { source } = fact;
  const marked = splitAround(source.excerpt, fact.printed);
  const excerpt = marked ? (
    <>
      {marked[0]}
      <mark>{marked[1]}</mark>
      {marked[2]}
    </>
  ) : (
    source.excerpt
  );
  if (source.kind === 'TABLE_CELL' && source.table && source.column) {
    return (
      <>
        <p>
          Table cell:{' '}
          <Link to={paths.withFact(paths.statement(ticker, fact.disclosure.slug, source.table.title), fact.id)}>{source.table.title}</Link>, column{' '}
          <q>{source.column.label}</q>.
        </p>
        <p className="excerpt">Row as printed: {excerpt}</p>
      </>
    );
  }
  if (source.kind === 'NARRATIVE') {
    return (
      <>
        <p>Sentence in the section {source.section ? <q>{source.section}</q> : 'of the release'}:</p>
        <blockquote className="excerpt">{excerpt}</blockquote>
      </>
    );
  }
  if (source.kind === 'XBRL_ELEMENT' && source.element) {
    const e = source.element;
    return (
      <>
        {e.viewUrl ? (
          <InFiling url={e.viewUrl} />
        ) : (
          e.hidden && (
            <p className="excerpt">
              Tagged in the filing's hidden section (<code>ix:hidden</code>): reported, not displayed on its pages.
            </p>
          )
        )}
        <dl className="facts element" data-testid="xbrl-element">
          <dt>{e.document ? 'Document' : 'Instance'}</dt>
          <dd>
            <code>{e.instance}</code>
          </dd>
          <dt>Line</dt>
          <dd>{e.line ?? '—'}</dd>
          <dt>Context</dt>
          <dd>
            <code>{e.contextRef}</code>
          </dd>
          <dt>Unit</dt>
          <dd>
            <code>{e.unitRef ?? '—'}</code>
          </dd>
          {e.elementId && (
            <>
              <dt>Element id</dt>
              <dd>
                <code className="wrap">{e.elementId}</code>
              </dd>
            </>
          )}
        </dl>
      </>
    );
  }
  return <p className="excerpt">Derived: {source.excerpt}</p>;
}

/**
 * The figure highlighted in the filing's own pages: the server serves the document
 * sandboxed (no scripts, nothing from elsewhere) and the fragment names the fact's element,
 * which a `:target` style marks. The frame is sandboxed here too, and loads only on request
 * (a 10-K is megabytes).
 */
function InFiling({ url }: { url: string }) {
  const [shown, setShown] = useState(false);
  return (
    <div className="in-filing" data-testid="in-filing">
      <p>
        <button type="button" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide the filing' : "Show in the filing's pages"}
        </button>{' '}
        <a href={url} target="_blank" rel="noopener noreferrer">
          Open in a new tab
        </a>
      </p>
      {shown && <iframe src={url} sandbox="" title="The figure highlighted in the filing's pages" referrerPolicy="no-referrer" />}
    </div>
  );
}
