/** The database cannot be reached or started: start-up stops with this message (what to set) and exit code 1. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
