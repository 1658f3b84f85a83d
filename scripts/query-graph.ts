/**
 * Runs GraphQL operations against the embedded graph in-process and prints their results
 * as a JSON array: `tsx scripts/query-graph.ts '[{"query": "...", "variables": {...}}]'`.
 * The explorer's component tests use it for real answers to the app's own queries (their
 * DOM environment cannot load the server's modules: Vite rewrites their file URLs).
 */
import 'reflect-metadata';
import { loadGraph } from '../src/domain/load-graph.js';
import { createApollo } from '../src/server/create-apollo.js';

const operations = JSON.parse(process.argv[2] ?? '[]') as { query: string; variables?: Record<string, unknown> }[];
const apollo = createApollo();
const graph = loadGraph();
const results = [];
for (const { query, variables } of operations) {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: { graph, today: new Date().toISOString().slice(0, 10) } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  results.push(response.body.singleResult);
}
process.stdout.write(JSON.stringify(results));
