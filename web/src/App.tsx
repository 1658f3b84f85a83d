import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ErrorBoundary, retryableLazy } from './components/ErrorBoundary.js';
import { Layout } from './components/Layout.js';
import { CapitalReturnView } from './views/CapitalReturnView.js';
import { CompanyView } from './views/CompanyView.js';
import { DisclosureView } from './views/DisclosureView.js';
import { GovernanceView } from './views/GovernanceView.js';
import { HomeView } from './views/HomeView.js';
import { MetricsView } from './views/MetricsView.js';
import { NotFound } from './components/Status.js';
import { OutlookView } from './views/OutlookView.js';
import { QuotesView } from './views/QuotesView.js';
import { SearchView } from './views/SearchView.js';

// The compare view loads when first opened: the first statement does not wait for it.
const compare = retryableLazy<object>(() => import('./views/CompareView.js').then((m) => ({ default: m.CompareView })));

function LazyCompare() {
  const CompareView = compare.get();
  return (
    <ErrorBoundary what="compare view" onRetry={compare.reset}>
      <Suspense fallback={<p className="status" role="status">Loading the compare view…</p>}>
        <CompareView />
      </Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeView />} />
        <Route path="search" element={<SearchView />} />
        <Route path="compare" element={<LazyCompare />} />
        <Route path="c/:ticker" element={<CompanyView />}>
          <Route path="d/:disclosure/:statement?" element={<DisclosureView />} />
          <Route path="metrics" element={<MetricsView />} />
          <Route path="governance" element={<GovernanceView />} />
          <Route path="capital-return" element={<CapitalReturnView />} />
          <Route path="outlook" element={<OutlookView />} />
          <Route path="quotes" element={<QuotesView />} />
        </Route>
        <Route path="*" element={<NotFound what="page" />} />
      </Route>
    </Routes>
  );
}
