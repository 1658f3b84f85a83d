import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Failed, Loading } from '../components/Status.js';
import { SearchDocument } from '../generated/graphql.js';
import { exactValue, STATEMENT_NAMES } from '../format.js';
import { readableValue } from '../readable.js';
import { paths } from '../routes.js';

/**
 * Results of the one search box: line items (each with its company, statement, latest
 * period and value), footnotes, definitions. The server ranks them (company named in the
 * query first, statement rows before detail rows) and corrects typos ("did you mean").
 */
export function SearchView() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const { data, error, loading, fetchMore } = useQuery(SearchDocument, { variables: { query, first: 20 }, skip: !query });
  if (!query) return <p>Type words to find in the search box above.</p>;
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="results" />;
  const { edges, totalCount, pageInfo, didYouMean, company } = data.search;
  const here = `/search?q=${encodeURIComponent(query)}`;
  return (
    <section aria-labelledby="results-title">
      <h1 id="results-title">
        {totalCount} {totalCount === 1 ? 'result' : 'results'} for “{didYouMean ?? query}”
      </h1>
      {didYouMean && (
        <p className="did-you-mean" role="status">
          Nothing matched “{query}”; showing results for <strong>{didYouMean}</strong>.
        </p>
      )}
      {company && <p className="muted">Only {company.name}’s figures: the query names the company.</p>}
      {totalCount === 0 && <p>Nothing matches every word. Try fewer words, or a company name or ticker with a line item (“apple net sales”).</p>}
      <ol className="results">
        {edges.map(({ node }) => {
          if (node.__typename === 'LineItem') {
            const ticker = node.company.listings[0]?.ticker ?? '';
            const latest = node.latestFact;
            return (
              <li key={node.id} className="card result">
                <p className="kind">
                  {node.company.name}
                  {ticker && ` (${ticker})`} · {STATEMENT_NAMES[node.statement] ?? node.statement}
                </p>
                <h2>{node.printedLabel}</h2>
                {node.printedLabel !== node.label && <p className="muted concept-label">{node.qualifiedLabel}</p>}
                {latest ? (
                  <p className="latest">
                    {latest.period.label}:{' '}
                    <Link to={paths.withFact(here, latest.id)} title={exactValue(latest.value, latest.unit)} data-testid="latest-value">
                      {readableValue(latest.value, latest.unit)}
                    </Link>
                    {latest.origin === 'DERIVED' && <span className="derived-mark"> (derived)</span>}
                    {node.statement === 'OPERATING_METRICS' && (
                      <>
                        {' '}
                        · <Link to={paths.metrics(ticker)}>all key metrics</Link>
                      </>
                    )}
                  </p>
                ) : (
                  <p className="muted">No figure of its own (a heading).</p>
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
                <p className="kind">
                  {node.disclosure.company.name} · Footnote {node.number}
                </p>
                <p>{node.text}</p>
                <p className="muted">About: {node.lineItems.map((i) => i.label).join('; ')}</p>
              </li>
            );
          }
          // A kind of result this app does not know yet (the schema may add some): skip it.
          if (node.__typename !== 'Definition') return null;
          return (
            <li key={node.id} className="card">
              <p className="kind">
                {node.lineItem.company.name} · Definition of {node.lineItem.label}
              </p>
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
