import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { Link } from 'react-router';
import { paths } from '../routes.js';

/** The tickers the API suggests for a mistyped one (`NOT_FOUND` with `extensions.didYouMean`), or null for another error. */
export function suggestedTickers(error: ErrorLike | undefined): string[] | null {
  if (!error || !CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === 'NOT_FOUND' && Array.isArray(e.extensions?.didYouMean));
  return found ? (found.extensions!.didYouMean as string[]) : null;
}

/** "No company is listed under APPL. Did you mean AAPL?" with links. */
export function UnknownTicker({ ticker, suggestions }: { ticker: string; suggestions: readonly string[] }) {
  return (
    <p className="status" role="alert">
      No company is listed under ticker “{ticker.toUpperCase()}”.
      {suggestions.length > 0 && (
        <>
          {' '}
          Did you mean{' '}
          {suggestions.map((t, i) => (
            <span key={t}>
              {i > 0 && ' or '}
              <Link to={paths.company(t)}>{t}</Link>
            </span>
          ))}
          ?
        </>
      )}
    </p>
  );
}
