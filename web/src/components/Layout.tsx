import { useState, type FormEvent } from 'react';
import { Link, Outlet, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../routes.js';
import { TracePanel } from './TracePanel.js';

/** Header with the one search box, the view, and the trace panel when a figure is open. */
export function Layout() {
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) navigate(paths.search(query.trim()));
  };
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to={paths.home()} className="brand">
          Disclosure explorer
        </Link>
        <form role="search" onSubmit={submit}>
          <label htmlFor="search">Search line items, footnotes and definitions</label>
          <input id="search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. delinquency, non-GAAP" />
          <button type="submit">Search</button>
        </form>
      </header>
      <div className="page">
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
        <TracePanel />
      </div>
    </>
  );
}
