import { useQuery } from '@apollo/client/react';
import { NavLink, useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { StatementTable } from '../components/StatementTable.js';
import { DisclosureStatementsDocument } from '../generated/graphql.js';
import { slugify, STATEMENT_NAMES } from '../format.js';
import { paths, useTracedFact } from '../routes.js';
import { useCompany } from './CompanyView.js';

/** A disclosure's statements as printed: one table at a time, each at its own URL. */
export function DisclosureView() {
  const { ticker = '', disclosure: slug = '', statement } = useParams();
  const company = useCompany();
  const disclosure = company.disclosures.edges.map((e) => e.node).find((d) => d.slug === slug);
  const { data, error } = useQuery(DisclosureStatementsDocument, { variables: { id: disclosure?.id ?? '' }, skip: !disclosure });
  const { factId, open } = useTracedFact();
  if (!disclosure) return <NotFound what={`disclosure "${slug}"`} />;
  if (error) return <Failed error={error} />;
  if (!data) return <Loading what="statements" />;
  const node = data.node;
  if (node?.__typename !== 'Disclosure') return <NotFound what="disclosure" />;
  const tables = node.statements;
  const table = statement ? tables.find((t) => slugify(t.title) === statement) : tables[0];
  return (
    <section aria-labelledby="disclosure-title">
      <h1 id="disclosure-title">{node.title}</h1>
      <p className="muted">Published {node.date}. Cells are shown exactly as printed; click or press Enter on a figure to trace it.</p>
      <nav aria-label="Statements" className="tabs">
        {tables.map((t, i) => (
          <NavLink key={t.id} to={paths.statement(ticker, slug, t.title)} className={({ isActive }) => (isActive || (!statement && i === 0) ? 'active' : '')}>
            {STATEMENT_NAMES[t.statement] ?? t.title}
          </NavLink>
        ))}
      </nav>
      {table ? <StatementTable table={table} selectedFactId={factId} onOpen={open} /> : <NotFound what={`statement "${statement}"`} />}
    </section>
  );
}
