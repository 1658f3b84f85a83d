import { useQuery } from '@apollo/client/react';
import { NavLink, useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { StatementTable } from '../components/StatementTable.js';
import { StatementTableDocument } from '../generated/graphql.js';
import { slugify, tableLabel } from '../format.js';
import { paths, useTracedFact } from '../routes.js';
import { useCompany } from './CompanyView.js';

/** A disclosure's statements as printed: one table at a time, each at its own URL. */
export function DisclosureView() {
  const { ticker = '', disclosure: slug = '', statement } = useParams();
  const company = useCompany();
  const disclosure = company.disclosures.edges.map((e) => e.node).find((d) => d.slug === slug);
  const tables = disclosure?.statements ?? [];
  const chosen = statement ? tables.find((t) => slugify(t.title) === statement) : tables[0];
  const { data, error } = useQuery(StatementTableDocument, { variables: { id: chosen?.id ?? '' }, skip: !chosen });
  const { factId, open } = useTracedFact();
  if (!disclosure) return <NotFound what={`disclosure "${slug}"`} />;
  const table = data?.node?.__typename === 'StatementTable' && data.node.id === chosen?.id ? data.node : null;
  return (
    <section aria-labelledby="disclosure-title">
      <h1 id="disclosure-title">{disclosure.title}</h1>
      <p className="muted">Published {disclosure.date}. Cells are shown exactly as printed; click a figure (or move with the arrow keys and press Enter) to trace it.</p>
      <nav aria-label="Statements" className="tabs">
        {tables.map((t) => (
          <NavLink key={t.id} to={paths.statement(ticker, slug, t.title)} className={t.id === chosen?.id ? 'active' : ''} aria-current={t.id === chosen?.id ? 'page' : undefined}>
            {tableLabel(t, tables)}
          </NavLink>
        ))}
      </nav>
      {!chosen ? (
        <NotFound what={`statement "${statement}"`} />
      ) : error ? (
        <Failed error={error} />
      ) : !table ? (
        <Loading what="statement" />
      ) : (
        <StatementTable table={table} selectedFactId={factId} onOpen={open} />
      )}
    </section>
  );
}
