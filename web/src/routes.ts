import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { slugify } from './format.js';

/** Every view has its own URL; these build them, so links and tests agree. */
export const paths = {
  home: () => '/',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  company: (ticker: string) => `/c/${encodeURIComponent(ticker)}`,
  /** A disclosure by its slug, or a filing by its SEC accession number ("0000320193-23-000106"): both open the same view. */
  disclosure: (ticker: string, slugOrAccession: string) => `/c/${encodeURIComponent(ticker)}/d/${encodeURIComponent(slugOrAccession)}`,
  statement: (ticker: string, slug: string, tableTitle: string) => `${paths.disclosure(ticker, slug)}/${slugify(tableTitle)}`,
  metrics: (ticker: string) => `${paths.company(ticker)}/metrics`,
  governance: (ticker: string, asOf?: string) => `${paths.company(ticker)}/governance${asOf ? `?asOf=${asOf}` : ''}`,
  capitalReturn: (ticker: string) => `${paths.company(ticker)}/capital-return`,
  outlook: (ticker: string) => `${paths.company(ticker)}/outlook`,
  quotes: (ticker: string) => `${paths.company(ticker)}/quotes`,
  /** Companies side by side: tickers, standard metrics and frequency in the URL (`/compare?c=QFIN,AAPL&m=REVENUE&f=QUARTERLY`). */
  compare: (tickers: readonly string[] = [], metrics: readonly string[] = [], frequency = 'QUARTERLY') =>
    `/compare${tickers.length || metrics.length ? `?c=${tickers.map(encodeURIComponent).join(',')}&m=${metrics.join(',')}&f=${frequency}` : ''}`,
  /** The same view with the trace panel open on a figure. */
  withFact: (path: string, factId: string) => `${path}${path.includes('?') ? '&' : '?'}fact=${encodeURIComponent(factId)}`,
};

/** The figure traced in the panel (`?fact=<global id>`), and how to open or close it. */
export function useTracedFact(): { factId: string | null; open: (id: string) => void; close: () => void } {
  const [params, setParams] = useSearchParams();
  const factId = params.get('fact');
  const open = useCallback(
    (id: string) =>
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.set('fact', id);
        return next;
      }),
    [setParams],
  );
  const close = useCallback(
    () =>
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.delete('fact');
        return next;
      }),
    [setParams],
  );
  return { factId, open, close };
}
