import type { ErrorLike } from '@apollo/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {what}…
    </p>
  );
}

export function Failed({ error }: { error: ErrorLike }) {
  return (
    <p className="status error" role="alert">
      Could not load: {error.message}
    </p>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <p className="status" role="alert">
      No such {what}.
    </p>
  );
}
