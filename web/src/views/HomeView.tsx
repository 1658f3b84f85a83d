import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Failed, Loading } from '../components/Status.js';
import { CompaniesDocument } from '../generated/graphql.js';
import { paths } from '../routes.js';

/** The companies in the graph (paged by cursor: the cache merges pages). */
export function HomeView() {
  const { data, error, loading, fetchMore } = useQuery(CompaniesDocument, { variables: { first: 50 } });
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="companies" />;
  const { edges, pageInfo, totalCount } = data.companies;
  return (
    <section aria-labelledby="companies-title">
      <h1 id="companies-title">Companies</h1>
      <p>
        {totalCount} {totalCount === 1 ? 'company' : 'companies'} in the graph. Open one to read its disclosures as printed, and click any figure to trace it.
      </p>
      <p>
        <Link to={paths.compare()}>Compare companies</Link> through their standard metrics (revenue, net income, cash flow…), each in its own currency.
      </p>
      <ul className="cards">
        {edges.map(({ node }) => {
          const ticker = node.listings[0]?.ticker;
          return (
            <li key={node.id} className="card">
              <h2>{ticker ? <Link to={paths.company(ticker)}>{node.name}</Link> : node.name}</h2>
              <p>{node.legalName}</p>
              <p className="muted">
                {node.listings.map((l) => `${l.exchange}: ${l.ticker}`).join(' · ')}
                {node.cik ? ` · CIK ${node.cik} (SEC filings)` : ''}
              </p>
            </li>
          );
        })}
      </ul>
      {pageInfo.hasNextPage && (
        <button type="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          More companies
        </button>
      )}
    </section>
  );
}
