import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { GovernanceDocument } from '../generated/graphql.js';
import { todayIso } from '../format.js';
import { useCompany } from './CompanyView.js';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The board and officers as of a chosen date (`?asOf=`), and the board changes. */
export function GovernanceView() {
  const { ticker = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Without a date in the URL, the board as of the latest disclosure (what the data knows),
  // not as of today, which the disclosures may say nothing about. The date is always sent.
  const latest = useCompany().disclosures?.edges[0]?.node;
  const asOf = params.get('asOf') ?? latest?.date ?? todayIso();
  const { data, error, previousData } = useQuery(GovernanceDocument, { variables: { ticker, asOf } });
  const setDate = (date: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (date) next.set('asOf', date);
      return next;
    });
  const shown = data ?? previousData;
  if (error) return <Failed error={error} />;
  if (!shown) return <Loading what="governance" />;
  const company = shown.company;
  if (!company) return <NotFound what="company" />;
  return (
    <section aria-labelledby="gov-title">
      <h1 id="gov-title">Governance</h1>
      <p>
        <label htmlFor="as-of">Board and officers as of</label>{' '}
        <input id="as-of" type="date" value={asOf} onChange={(e) => setDate(e.target.value)} />{' '}
        <span className="muted" data-testid="as-of-basis">
          {params.get('asOf') ? `(the date you chose)` : latest ? `(the date of the latest disclosure, ${latest.title}; change it to see the board on another day)` : '(today)'}
        </span>
      </p>
      <h2>Chair of the board</h2>
      <p data-testid="chair">
        {company.boardChair ? (
          <>
            <strong>{company.boardChair.person.name}</strong>
            {company.boardChair.status === 'POSSIBLY_HELD' && <span className="muted"> (possibly: no start date disclosed)</span>}
          </>
        ) : (
          'No chair known on this date.'
        )}
      </p>
      <h2>Board of directors</h2>
      <table className="plain">
        <caption className="sr-only">Board members as of {asOf}</caption>
        <thead>
          <tr>
            <th scope="col">Director</th>
            <th scope="col">Roles</th>
            <th scope="col">Independent</th>
            <th scope="col">Serving on this date</th>
          </tr>
        </thead>
        <tbody>
          {company.boardMembers.map((m) => (
            <tr key={m.person.id}>
              <th scope="row">{m.person.name}</th>
              <td>{m.roles.map((r) => r.title).join('; ')}</td>
              <td>{m.isIndependent ? 'yes' : 'no'}</td>
              <td>{m.status === 'HELD' ? 'yes' : 'probably (no start date disclosed)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {company.boardCompleteness && <p className="muted">{company.boardCompleteness.explanation}</p>}
      <h2>Officers</h2>
      <ul>
        {company.officers.map((o) => (
          <li key={o.role.id}>
            {o.person.name}, {o.role.title}
            {o.status === 'POSSIBLY_HELD' && <span className="muted"> (probably serving: no start date disclosed)</span>}
          </li>
        ))}
      </ul>
      <h2>Board changes</h2>
      {company.boardChanges.map((c) => (
        <article key={c.id} className="card">
          <h3>Effective {c.effectiveDate}</h3>
          <p>{c.summary}</p>
          <ul>
            {c.changes.map((rc) => (
              <li key={`${rc.role.id}-${rc.change}`}>
                {rc.change === 'STARTED' ? 'Starts' : 'Ends'}: {rc.role.person.name}, {rc.role.title}
              </li>
            ))}
          </ul>
          <blockquote className="excerpt">{c.excerpt}</blockquote>
          <p>
            <button type="button" onClick={() => setDate(dayBefore(c.effectiveDate))}>
              Board the day before
            </button>{' '}
            <button type="button" onClick={() => setDate(c.effectiveDate)}>
              Board on {c.effectiveDate}
            </button>
          </p>
        </article>
      ))}
    </section>
  );
}
