import type { Graph } from '../domain/graph.js';
import { MemorySource, type GraphSource } from '../domain/graph-source.js';
import type { Company } from '../domain/model.js';
import type { ExecutionBudget } from './limits/execution-budget.js';

/** What every resolver receives: where companies are found, and the date of the request. */
export interface Context {
  /** The companies served (the store's, loaded on first use); read through `sourceOf`. */
  source?: GraphSource;
  /** One whole graph loaded from files, served as a `MemorySource` when `source` is absent. */
  graph?: Graph;
  /**
   * Today's date in UTC ("2024-08-13") when the request arrived: what `asOf` defaults to.
   * Set once per request by the HTTP layer, which also puts it in the response cache's
   * key and the ETag, so an answer that depends on the clock follows it across midnight.
   */
  today: string;
  /** What the request may still spend executing; set per request by the server (execution-budget plugin), absent when unmetered. */
  budget?: ExecutionBudget;
}

/** One source per whole graph, made on first use (the graph never changes). */
const memorySources = new WeakMap<Graph, MemorySource>();

/** Where the request finds companies. */
export function sourceOf(ctx: Context): GraphSource {
  if (ctx.source) return ctx.source;
  if (!ctx.graph) throw new Error('the context has neither a source nor a graph');
  let source = memorySources.get(ctx.graph);
  if (!source) memorySources.set(ctx.graph, (source = new MemorySource(ctx.graph)));
  return source;
}

/** The graph `company` (and everything under it) belongs to. */
export function graphOf(ctx: Context, company: Company): Graph {
  return ctx.source ? ctx.source.graphOf(company) : ctx.graph!;
}

/** The UTC date of an instant, as the API's `Date` scalar writes it. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
