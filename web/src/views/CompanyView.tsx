import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, NavLink, Outlet, useOutlet, useOutletContext, useParams } from 'react-router';
import { CompanyMetrics } from '../components/CompanyMetrics.js';
import { Failed, Loading } from '../components/Status.js';
import { suggestedTickers, UnknownTicker } from '../components/UnknownTicker.js';
import { CompanyOverviewDocument, type CompanyOverviewQuery } from '../generated/graphql.js';
import { statementGroup, tableLabel } from '../format.js';
import { paths } from '../routes.js';

export type CompanyData = NonNullable<CompanyOverviewQuery['company']>;

/** The company a nested view shows (loaded once by CompanyView). */
export function useCompany(): CompanyData {
  return useOutletContext<CompanyData>();
}

/** A company: its name, its views, and its disclosures when no view is chosen. */
export function CompanyView() {
  const { ticker = '' } = useParams();
  const { data, error, fetchMore } = useQuery(CompanyOverviewDocument, { variables: { ticker } });
  const [more, setMore] = useState<'idle' | 'loading' | Error>('idle');
  const outlet = useOutlet(data?.company ?? undefined);
  const suggestions = suggestedTickers(error);
  if (suggestions) return <UnknownTicker ticker={ticker} suggestions={suggestions} />;
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="company" />;
  const company = data.company;
  if (!company) return <UnknownTicker ticker={ticker} suggestions={[]} />;
  const disclosures = (company.disclosures?.edges ?? []).map((e) => e.node);
  // Metrics, governance, capital return, outlook and quotes are curated from releases; a
  // company known only from its XBRL filings has none of them.
  const curated = disclosures.some((d) => !d.form);
  return (
    <>
      <div className="company-head">
        <p className="crumbs">
          <Link to={paths.home()}>Companies</Link> › {company.name}
        </p>
        <nav aria-label="Company views" className="tabs">
          <NavLink to={paths.company(ticker)} end>
            Disclosures
          </NavLink>
          {curated && (
            <>
              <NavLink to={paths.metrics(ticker)}>Key metrics</NavLink>
              <NavLink to={paths.governance(ticker)}>Governance</NavLink>
              <NavLink to={paths.capitalReturn(ticker)}>Capital return</NavLink>
              <NavLink to={paths.outlook(ticker)}>Outlook</NavLink>
              <NavLink to={paths.quotes(ticker)}>Quotes</NavLink>
            </>
          )}
        </nav>
      </div>
      {outlet ?? (
        <section aria-labelledby="company-title">
          <h1 id="company-title">{company.name}</h1>
          <p>
            {company.legalName} · {company.listings.map((l) => `${l.exchange}: ${l.ticker} (${l.security.name})`).join(' · ')} · fiscal year ends {company.fiscalYearEnd}
            {company.fiscalCalendar === 'WEEKS_52_53' ? ' (52–53 week years)' : ''}
            {company.cik ? ` · CIK ${company.cik}` : ''}
          </p>
          <CompanyMetrics ticker={ticker} name={company.name} />
          <h2>Disclosures</h2>
          <ul className="cards">
            {disclosures.map((d) => {
              // The primary statements are linked here; a filing's notes and details are grouped in the disclosure.
              const primary = d.statements.filter((s) => statementGroup(s.statement) === 'statements');
              const more = d.statements.length - primary.length;
              return (
                <li key={d.id} className="card">
                  <h3>
                    <Link to={paths.disclosure(ticker, d.slug)}>{d.title}</Link>
                  </h3>
                  <p className="muted">
                    {d.form ? (
                      <>
                        Form {d.form} · period of report {d.periodOfReport} · {d.filedOn ? `filed ${d.filedOn}` : `filing date unknown (known from ${d.knownOn})`}
                      </>
                    ) : (
                      <>
                        {d.date} · {d.kind.replace(/_/g, ' ').toLowerCase()}
                      </>
                    )}{' '}
                    · {d.audited ? 'audited' : 'unaudited'} · checks: {d.checkSummary.passed} of {d.checkSummary.total} pass
                  </p>
                  <ul className="inline">
                    {primary.map((s) => (
                      <li key={s.id}>
                        <Link to={paths.statement(ticker, d.slug, s.title)}>{tableLabel(s, d.statements)}</Link>
                      </li>
                    ))}
                    {more > 0 && (
                      <li>
                        <Link to={paths.disclosure(ticker, d.slug)} aria-label={`${more} more tables of ${d.title}: notes, details, cover`}>
                          {more} more tables
                        </Link>
                      </li>
                    )}
                  </ul>
                </li>
              );
            })}
          </ul>
          {/* 50 at a time: every disclosure stays reachable however old (and by its own URL). */}
          <p className="muted" aria-live="polite">
            Showing {disclosures.length} of {company.disclosures?.totalCount ?? disclosures.length} disclosures.
            {more instanceof Error && ` Loading more failed: ${more.message}`}
          </p>
          {company.disclosures?.pageInfo.hasNextPage && (
            <button
              type="button"
              disabled={more === 'loading'}
              onClick={() => {
                setMore('loading');
                fetchMore({ variables: { after: company.disclosures?.pageInfo.endCursor } }).then(
                  () => setMore('idle'),
                  (e: Error) => setMore(e),
                );
              }}
            >
              {more === 'loading' ? 'Loading…' : 'Show more disclosures'}
            </button>
          )}
        </section>
      )}
    </>
  );
}
