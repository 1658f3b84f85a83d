/**
 * What a server serves at a time: the context resolvers read, its version (ETags and response
 * cache keys), the body of /health, and the filing folders whose pages /filing-documents/ may
 * serve. One whole graph (`servedGraph`), or the store (serve-store.ts), replaced
 * whole when the store changes.
 */
import { dirname, join } from 'node:path';
import { disclosureCounts } from '../domain/disclosure-counts.js';
import type { Graph } from '../domain/graph.js';
import type { GraphSource } from '../domain/graph-source.js';
import { printedSchema } from '../graphql/print-schema.js';
import { graphVersion } from './graph-version.js';

export interface Served {
  context: { graph?: Graph; source?: GraphSource };
  version: string;
  health: () => Record<string, unknown>;
  /** Whether `folder` (absolute) holds a filing that is served. */
  isFilingFolder: (folder: string) => boolean;
}

export function isServed(value: Graph | Served): value is Served {
  return 'context' in value && 'version' in value;
}

/** One whole graph: its content hash is the version. */
export function servedGraph(graph: Graph, filingsDir?: string): Served {
  const counts = disclosureCounts(graph.companies);
  const body = {
    companies: graph.companies.length,
    disclosures: counts.disclosures,
    facts: counts.facts,
    checks: { total: counts.checks, failed: counts.failedChecks },
  };
  const folders = new Set<string>();
  if (filingsDir) for (const c of graph.companies) for (const d of c.disclosures) if (d.form !== null) folders.add(dirname(join(filingsDir, d.source.path)));
  return { context: { graph }, version: graphVersion(graph, printedSchema()), health: () => body, isFilingFolder: (folder) => folders.has(folder) };
}
