/**
 * The answers search rows keep (search-row.ts, migration 0021), prepared where a company's
 * search rows are written (refreshCatalog): `ROW_SELECTION` of every hit, executed over the
 * company's graph by the schema's own resolvers, so that an answer served from a row is the
 * one its graph gives.
 */
import { createHash } from 'node:crypto';
import { execute, parse } from 'graphql';
import type { Graph } from '../../domain/graph.js';
import type { Searchable } from '../../domain/search/search-index.js';
import { getSchema } from '../build-schema.js';
import { isoDate } from '../context.js';
import { globalIdOf } from '../node/global-id.js';
import { MAX_NODE_IDS } from '../pagination/page-size.js';
import { printedSchema } from '../print-schema.js';
import { ROW_SELECTION } from './search-row.js';

const document = parse(`query SearchRowViews($ids: [ID!]!) { nodes(ids: $ids) { ${ROW_SELECTION} } }`);

/** The answers of `ROW_SELECTION` for `hits` of `graph`, in order; null for a hit the graph does not resolve. */
async function prepare(graph: Graph, hits: readonly Searchable[]): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (let i = 0; i < hits.length; i += MAX_NODE_IDS) {
    const ids = hits.slice(i, i + MAX_NODE_IDS).map((hit) => globalIdOf(hit));
    // The selection reads nothing that depends on the date (ROW_SELECTION): any date will do.
    const result = await execute({ schema: getSchema(), document, variableValues: { ids }, contextValue: { graph, today: isoDate(new Date()) } });
    if (result.errors?.length) throw new Error(`preparing search rows: ${result.errors[0].message}`);
    answers.push(...((result.data as { nodes: unknown[] }).nodes));
  }
  return answers;
}

/** What `refreshCatalog` writes into search rows (the store's `SearchViews`), named by the selection and the schema it was executed in. */
export const searchRowViews = {
  get version(): string {
    return (version ??= createHash('sha256').update(`${ROW_SELECTION}\n${printedSchema()}`).digest('base64url').slice(0, 16));
  },
  of: prepare,
};
let version: string | undefined;
