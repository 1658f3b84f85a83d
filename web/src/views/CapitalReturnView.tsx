import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { CapitalReturnDocument } from '../generated/graphql.js';
import { groupDigits, percent } from '../format.js';

const money = (m: { amount: string; currency: string }) => `${m.currency} ${groupDigits(m.amount)}`;

/** Dividends (amounts and dates per security) and buybacks with their progress. */
export function CapitalReturnView() {
  const { ticker = '' } = useParams();
  const { data, error } = useQuery(CapitalReturnDocument, { variables: { ticker } });
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="capital return" />;
  if (!data.company) return <NotFound what="company" />;
  const { dividends, shareRepurchasePrograms } = data.company;
  return (
    <section aria-labelledby="cr-title">
      <h1 id="cr-title">Capital return</h1>
      <h2>Dividends</h2>
      {dividends.map((d) => (
        <article key={d.id} className="card">
          <h3>
            {d.frequency.replace(/_/g, '-').toLowerCase()} dividend{d.periodPrinted ? ` for ${d.periodPrinted}` : ''}
          </h3>
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">Security</th>
                <th scope="col">Amount</th>
                <th scope="col">Record date</th>
                <th scope="col">Payment</th>
              </tr>
            </thead>
            <tbody>
              {d.entitlements.map((e) => (
                <tr key={e.security.id}>
                  <th scope="row">{e.security.name}</th>
                  <td>
                    {e.printedAmount} <span className="muted">({money(e.amount)})</span>
                  </td>
                  <td>{e.recordDate}</td>
                  <td>
                    {e.paymentDate}
                    {e.paymentDateQualifier === 'EXPECTED_AROUND' ? ' (around)' : ''} <span className="muted">“{e.paymentDatePrinted}”</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Approved by {d.approvedBy}.</p>
          <blockquote className="excerpt">{d.excerpt}</blockquote>
        </article>
      ))}
      <h2>Share repurchases</h2>
      {shareRepurchasePrograms.map((p) => {
        const latest = p.progress[p.progress.length - 1];
        return (
          <article key={p.id} className="card">
            <h3>
              {p.authorizedAmountQualifier === 'UP_TO' ? 'Up to ' : ''}
              {money(p.authorizedAmount)}, {p.startDate} to {p.endDate} ({p.termMonths} months)
            </h3>
            <p className="muted">Approved {p.approvalDate} by {p.approvedBy}.</p>
            {latest && (
              <>
                <p>
                  <label htmlFor={`progress-${p.id}`}>
                    Used as of {latest.asOf}: {latest.printedAmount} ({percent(latest.utilization)}
                    {latest.isApproximate ? ', approximate' : ''})
                  </label>
                </p>
                <progress id={`progress-${p.id}`} max={1} value={Number(latest.utilization)}>
                  {percent(latest.utilization)}
                </progress>
                <p>
                  {latest.printedQuantity} repurchased at an average of {latest.printedAveragePrice}; remaining authorization {money(latest.remainingAuthorization)}.
                </p>
              </>
            )}
            <blockquote className="excerpt">{p.excerpt}</blockquote>
          </article>
        );
      })}
    </section>
  );
}
