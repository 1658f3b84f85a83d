import { useState, type FormEvent, type MouseEvent } from 'react';
import { Link, Outlet, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../routes.js';
import { TracePanel } from './TracePanel.js';

/**
 * Focuses the first figure of the view (a statement's first cell, or the first traceable
 * value), so a keyboard reader reaches it in two key presses instead of twenty; the view
 * itself where it has no figure.
 */
function skipToFirstFigure(event: MouseEvent) {
  const main = document.getElementById('main');
  const figure = main?.querySelector<HTMLElement>('table.statement button[tabindex="0"], button.figure, [data-testid="latest-value"], .metric button');
  event.preventDefault();
  (figure ?? main)?.focus();
}

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
      <a className="skip" href="#main" onClick={skipToFirstFigure}>
        Skip to the first figure
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
