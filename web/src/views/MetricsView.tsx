import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { KeyMetricsDocument } from '../generated/graphql.js';
import { useTracedFact } from '../routes.js';

/** The operating metrics, one row each, one column per period, with their footnotes. */
export function MetricsView() {
  const { ticker = '' } = useParams();
  const { data, error } = useQuery(KeyMetricsDocument, { variables: { ticker } });
  const { factId, open } = useTracedFact();
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="metrics" />;
  if (!data.company) return <NotFound what="company" />;
  const items = data.company.lineItems;
  const periods = new Map<string, { id: string; label: string; endDate: string }>();
  for (const item of items) for (const f of item.facts ?? []) if (f.origin === 'PRINTED') periods.set(f.period.id, f.period);
  const columns = [...periods.values()].sort((a, b) => b.endDate.localeCompare(a.endDate) || a.label.localeCompare(b.label));
  const notes = new Map(items.flatMap((i) => i.footnotes.map((n) => [n.id, n] as const)));
  return (
    <section aria-labelledby="metrics-title">
      <h1 id="metrics-title">Key operating metrics</h1>
      <div className="table-wrap">
        <table className="statement metrics">
          <caption className="sr-only">Key operating metrics by period</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {columns.map((p) => (
                <th key={p.id} scope="col">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.isAbstract ? 'heading' : undefined}>
                <th scope="row">
                  {item.label}
                  {item.footnotes.map((n) => (
                    <a key={n.id} href={`#fn-${n.number}`} className="fnref" aria-label={`footnote ${n.number}`}>
                      {n.number}
                    </a>
                  ))}
                </th>
                {columns.map((p) => {
                  const fact = item.facts?.find((f) => f.period.id === p.id && f.origin === 'PRINTED');
                  return (
                    <td key={p.id}>
                      {fact && (
                        <button type="button" className={fact.id === factId ? 'figure selected' : 'figure'} onClick={() => open(fact.id)} aria-label={`${item.label}, ${p.label}: ${fact.printed ?? fact.value}`}>
                          {fact.printed ?? fact.value}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Footnotes</h2>
      <ol className="footnotes">
        {[...notes.values()]
          .sort((a, b) => a.number - b.number)
          .map((n) => (
            <li key={n.id} id={`fn-${n.number}`} value={n.number}>
              {n.text}
            </li>
          ))}
      </ol>
    </section>
  );
}
