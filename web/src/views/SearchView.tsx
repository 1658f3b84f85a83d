import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Failed, Loading } from '../components/Status.js';
import { SearchDocument } from '../generated/graphql.js';
import { STATEMENT_NAMES } from '../format.js';
import { paths } from '../routes.js';

/** Results of the one search box: line items (with their footnotes), footnotes, definitions. */
export function SearchView() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const { data, error, loading, fetchMore } = useQuery(SearchDocument, { variables: { query, first: 20 }, skip: !query });
  if (!query) return <p>Type words to find in the search box above.</p>;
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="results" />;
  const { edges, totalCount, pageInfo } = data.search;
  const here = `/search?q=${encodeURIComponent(query)}`;
  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title">
        {totalCount} {totalCount === 1 ? 'result' : 'results'} for “{query}”
      </h1>
      <ol className="results">
        {edges.map(({ node }) => {
          if (node.__typename === 'LineItem') {
            const ticker = node.company.listings[0]?.ticker ?? '';
            const latest = [...(node.facts ?? [])].sort((a, b) => b.period.endDate.localeCompare(a.period.endDate))[0];
            return (
              <li key={node.id} className="card">
                <p className="kind">Line item · {STATEMENT_NAMES[node.statement] ?? node.statement}</p>
                <h2>{node.qualifiedLabel}</h2>
                {latest && (
                  <p>
                    {latest.period.label}: <Link to={paths.withFact(here, latest.id)}>{latest.printed ?? latest.value}</Link>
                    {node.statement === 'OPERATING_METRICS' && (
                      <>
                        {' '}
                        · <Link to={paths.metrics(ticker)}>all key metrics</Link>
                      </>
                    )}
                  </p>
                )}
                {node.footnotes.map((n) => (
                  <p key={n.id} className="footnote">
                    <span className="fn">{n.number}</span> {n.text}
                  </p>
                ))}
              </li>
            );
          }
          if (node.__typename === 'Footnote') {
            return (
              <li key={node.id} className="card">
                <p className="kind">Footnote {node.number}</p>
                <p>{node.text}</p>
                <p className="muted">About: {node.lineItems.map((i) => i.label).join('; ')}</p>
              </li>
            );
          }
          // A kind of result this app does not know yet (the schema may add some): skip it.
          if (node.__typename !== 'Definition') return null;
          return (
            <li key={node.id} className="card">
              <p className="kind">Definition of {node.lineItem.label}</p>
              <p>{node.definitionText ?? node.basis}</p>
              {node.formula && (
                <p>
                  Formula: <code>{node.formula.expression}</code>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {pageInfo.hasNextPage && (
        <button type="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          More results
        </button>
      )}
    </section>
  );
}
