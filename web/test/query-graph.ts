import { spawnSync } from 'node:child_process';

export interface Result<T> {
  data: T;
  errors?: unknown[];
}

/** The real graph's answers to operations, from a Node process (scripts/query-graph.ts); run from the repository root, as vitest is. */
export function queryGraph<T>(operations: { query: string; variables?: Record<string, unknown> }[]): Result<T>[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/query-graph.ts', JSON.stringify(operations)], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`scripts/query-graph.ts failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
