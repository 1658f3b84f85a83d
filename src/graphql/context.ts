import type { Graph } from '../domain/graph.js';
import type { ExecutionBudget } from './limits/execution-budget.js';

/** What every resolver receives: the immutable graph loaded at start-up, and the date of the request. */
export interface Context {
  graph: Graph;
  /**
   * Today's date in UTC ("2024-08-13") when the request arrived: what `asOf` defaults to.
   * Set once per request by the HTTP layer, which also puts it in the response cache's
   * key and the ETag, so an answer that depends on the clock follows it across midnight.
   */
  today: string;
  /** What the request may still spend executing; set per request by the server (execution-budget plugin), absent when unmetered. */
  budget?: ExecutionBudget;
}

/** The UTC date of an instant, as the API's `Date` scalar writes it. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
