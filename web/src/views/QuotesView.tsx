import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { QuotesDocument, type QuotesQuery } from '../generated/graphql.js';
import { useTracedFact } from '../routes.js';

type Mention = NonNullable<QuotesQuery['company']>['quotes'][number]['mentions'][number];

/** A passage with the figures it cites marked where they stand; a linked one opens its trace. */
function Passage({ text, mentions, onOpen }: { text: string; mentions: readonly Mention[]; onOpen: (id: string) => void }) {
  const parts: React.ReactNode[] = [];
  let rest = text;
  const found = mentions.map((m) => ({ m, at: text.indexOf(m.printed) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at);
  let offset = 0;
  for (const { m, at } of found) {
    if (at < offset) continue;
    parts.push(rest.slice(0, at - offset));
    const fact = m.facts[0];
    parts.push(
      fact ? (
        <button key={at} type="button" className="link mention" onClick={() => onOpen(fact.id)} title={`Trace ${m.lineItem?.label ?? 'the figure'}`}>
          {m.printed}
        </button>
      ) : (
        <mark key={at}>{m.printed}</mark>
      ),
    );
    rest = rest.slice(at - offset + m.printed.length);
    offset = at + m.printed.length;
  }
  parts.push(rest);
  return <>{parts}</>;
}

/** Management's quotes, with each figure they cite linked to the exact facts it rounds. */
export function QuotesView() {
  const { ticker = '' } = useParams();
  const { data, error } = useQuery(QuotesDocument, { variables: { ticker } });
  const { open } = useTracedFact();
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="quotes" />;
  if (!data.company) return <NotFound what="company" />;
  return (
    <section aria-labelledby="quotes-title">
      <h1 id="quotes-title">Management quotes</h1>
      {data.company.quotes.map((q) => (
        <article key={q.id} className="card">
          <h2>{q.topic}</h2>
          <p className="muted">{q.attribution}</p>
          {q.passages.map((p) => (
            <blockquote key={p}>
              <Passage text={p} mentions={q.mentions} onOpen={open} />
            </blockquote>
          ))}
          {q.mentions.length > 0 && (
            <>
              <h3>Figures cited</h3>
              <ul>
                {q.mentions.map((m) => {
                  const fact = m.facts[0];
                  return (
                    <li key={m.printed}>
                      “{m.printed}”
                      {m.qualifier && <span className="muted"> ({m.qualifier.toLowerCase()})</span>}
                      {fact && m.lineItem ? (
                        <>
                          {' '}
                          → {m.lineItem.label}, {fact.period.label}:{' '}
                          <button type="button" className="link" onClick={() => open(fact.id)}>
                            {fact.printed ?? fact.value}
                          </button>
                        </>
                      ) : (
                        <span className="muted"> (not linked to a line item)</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}
