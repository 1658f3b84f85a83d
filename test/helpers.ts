import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Graph } from '../src/domain/graph.js';
import { DEFAULT_DATA_DIR, loadGraph } from '../src/domain/load-graph.js';
import type { Context } from '../src/graphql/context.js';
import { createApollo } from '../src/server/create-apollo.js';

let graph: Graph | undefined;
let apollo: ApolloServer<Context> | undefined;

/** The embedded data, loaded once per test file. */
export function embeddedGraph(): Graph {
  graph ??= loadGraph();
  return graph;
}

/** Runs an operation in-process through Apollo (no HTTP) and returns its single result. */
export async function execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, g: Graph = embeddedGraph()) {
  apollo ??= createApollo();
  const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: { graph: g } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

/** A writable copy of the embedded data, to break on purpose. */
export function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-data-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

export const QIFU_DISCLOSURE = 'companies/qifu-technology/disclosures/2024-q2-results';
