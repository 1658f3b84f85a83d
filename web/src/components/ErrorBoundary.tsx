import { Component, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/**
 * Catches a failure of what it wraps (a lazily loaded chunk that did not arrive, a chart
 * that threw) and says so in place, with a Retry button, instead of blanking the page.
 */
export class ErrorBoundary extends Component<{ what: string; children: ReactNode; onRetry?: () => void }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  retry = () => {
    // Browsers remember a module that failed to load (the module map keeps the failure), so
    // a chunk that did not arrive is fetched again only by loading the page again; the URL
    // keeps the view and the traced figure.
    if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(this.state.error?.message ?? '')) {
      window.location.reload();
      return;
    }
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="status error" role="alert">
        <p>
          The {this.props.what} could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}

/**
 * React.lazy keeps a failed import forever; this one can start over (`reset`), so Retry
 * fetches the chunk again.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): { get: () => LazyExoticComponent<ComponentType<P>>; reset: () => void } {
  let current = lazy(load);
  return {
    get: () => current,
    reset: () => {
      current = lazy(load);
    },
  };
}
