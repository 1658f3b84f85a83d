import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { OutlookDocument } from '../generated/graphql.js';
import { groupDigits } from '../format.js';

/** Guidance ranges, with the sentence that gives them and any OCR corrections. */
export function OutlookView() {
  const { ticker = '' } = useParams();
  const { data, error } = useQuery(OutlookDocument, { variables: { ticker } });
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="outlook" />;
  if (!data.company) return <NotFound what="company" />;
  return (
    <section aria-labelledby="outlook-title">
      <h1 id="outlook-title">Outlook</h1>
      {data.company.guidance.map((g) => (
        <article key={g.id} className="card">
          <h2>
            {g.metric}, {g.periodPrinted ?? g.period.label}
          </h2>
          <p className="big">
            {g.low.currency} {groupDigits(g.low.amount)} – {groupDigits(g.high.amount)}
          </p>
          {g.growth && <p>{g.growth.printed}</p>}
          {g.lineItem && <p className="muted">Guides the line item “{g.lineItem.label}”.</p>}
          <blockquote className="excerpt">{g.excerpt}</blockquote>
          {g.corrections.map((c) => (
            <p key={c.printed} className="muted">
              OCR correction: printed <q className="printed">{c.printed}</q>, read as <q>{c.corrected}</q>. {c.note}
            </p>
          ))}
          {g.caveat && <p className="muted">{g.caveat}</p>}
        </article>
      ))}
    </section>
  );
}
