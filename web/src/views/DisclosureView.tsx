import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { NavLink, useParams } from 'react-router';
import { Failed, Loading, NotFound } from '../components/Status.js';
import { StatementTable } from '../components/StatementTable.js';
import { ExportLinks } from '../components/ExportLinks.js';
import { DisclosureTablesDocument, StatementTableDocument } from '../generated/graphql.js';
import { slugify, STATEMENT_GROUPS, statementGroup, tableLabel } from '../format.js';
import { paths, useTracedFact } from '../routes.js';
import { useCompany } from './CompanyView.js';

/**
 * A disclosure's statements as printed: one table at a time, each at its own URL. A
 * filing's many presentation roles are grouped by kind (statements, notes, note tables,
 * details, cover), one group's tables shown at a time, with a filter by title. The
 * disclosure is taken from the company's first page of disclosures, or else fetched by
 * itself (by slug, or by SEC accession number in the URL), so a filing of any age is reachable.
 */
export function DisclosureView() {
  const { ticker = '', disclosure: key = '', statement } = useParams();
  const byAccession = /^\d{10}-?\d{2}-?\d{6}$/.test(key);
  // A disclosure among the company's first page (loaded with the company) needs no request
  // of its own: its first statement then paints after two round trips, not three.
  const inList = useCompany().disclosures?.edges.find(({ node: d }) => (byAccession ? d.accessionNumber?.replace(/-/g, '') === key.replace(/-/g, '') : d.slug === key))?.node;
  const found = useQuery(DisclosureTablesDocument, { variables: byAccession ? { ticker, accessionNumber: key } : { ticker, slug: key }, skip: !!inList });
  const disclosure = inList ?? found.data?.company?.disclosure ?? null;
  const slug = disclosure?.slug ?? key;
  const tables = disclosure?.statements ?? [];
  const chosen = statement ? tables.find((t) => slugify(t.title) === statement) : tables.find((t) => statementGroup(t.statement) === 'statements') ?? tables[0];
  const { data, error } = useQuery(StatementTableDocument, { variables: { id: chosen?.id ?? '' }, skip: !chosen });
  const { factId, open } = useTracedFact();
  const chosenGroup = chosen ? statementGroup(chosen.statement) : 'statements';
  // The group shown follows the chosen table until the reader picks another.
  const [picked, setPicked] = useState<{ for: string | undefined; group: string } | null>(null);
  const group = picked && picked.for === chosen?.id ? picked.group : chosenGroup;
  const [filter, setFilter] = useState('');
  if (!inList && found.error) return <Failed error={found.error} />;
  if (!inList && !found.data) return <Loading what="disclosure" />;
  if (!disclosure) return <NotFound what={byAccession ? `disclosure with accession number ${key}` : `disclosure "${key}"`} />;
  const table = data?.node?.__typename === 'StatementTable' && data.node.id === chosen?.id ? data.node : null;
  const groups = STATEMENT_GROUPS.map((g) => ({ ...g, tables: tables.filter((t) => statementGroup(t.statement) === g.key) })).filter((g) => g.tables.length > 0);
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const listed = words.length ? tables.filter((t) => words.every((w) => t.title.toLowerCase().includes(w))) : groups.find((g) => g.key === group)?.tables ?? [];
  const grouped = groups.length > 1;
  return (
    <section aria-labelledby="disclosure-title">
      <h1 id="disclosure-title">{disclosure.title}</h1>
      <p className="muted">
        {disclosure.form ? `Form ${disclosure.form} · period of report ${disclosure.periodOfReport} · ${disclosure.filedOn ? `filed ${disclosure.filedOn}` : 'filing date unknown'}` : `Published ${disclosure.date}`}.{' '}
        {disclosure.form ? 'Figures are the filing’s, scaled for reading (the exact value is in the trace)' : 'Cells are shown exactly as printed'}; click a figure (or move with the arrow keys and press Enter) to trace it.
      </p>
      {disclosure.accessionNumber && (
        <p className="muted">
          Accession number {disclosure.accessionNumber}
          {disclosure.source.url && (
            <>
              {' · '}
              <a href={disclosure.source.url} target="_blank" rel="noopener noreferrer">
                View the filing on SEC EDGAR
              </a>
            </>
          )}
        </p>
      )}
      {grouped && (
        <div className="table-picker">
          <div role="group" aria-label="Kinds of table" className="groups">
            {groups.map((g) => (
              <button
                key={g.key}
                type="button"
                aria-pressed={!words.length && g.key === group}
                onClick={() => {
                  setFilter('');
                  setPicked({ for: chosen?.id, group: g.key });
                }}
              >
                {g.name} <span className="count">({g.tables.length})</span>
              </button>
            ))}
          </div>
          <label>
            Filter tables{' '}
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. income taxes" />
          </label>
        </div>
      )}
      <nav aria-label="Statements" className={grouped ? 'tabs grouped' : 'tabs'}>
        {listed.map((t) => (
          <NavLink key={t.id} to={paths.statement(ticker, slug, t.title)} className={t.id === chosen?.id ? 'active' : ''} aria-current={t.id === chosen?.id ? 'page' : undefined}>
            {tableLabel(t, tables)}
          </NavLink>
        ))}
        {listed.length === 0 && <p className="muted">No table’s title has these words.</p>}
      </nav>
      {!chosen ? (
        <NotFound what={`statement "${statement}"`} />
      ) : error ? (
        <Failed error={error} />
      ) : !table ? (
        <Loading what="statement" />
      ) : (
        <>
          <StatementTable table={table} selectedFactId={factId} onOpen={open} />
          <ExportLinks kind="statement" what="this table" params={{ id: table.id }} />
        </>
      )}
    </section>
  );
}
