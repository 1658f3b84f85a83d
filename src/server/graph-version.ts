import { createHash } from 'node:crypto';
import type { Graph } from '../domain/graph.js';

const isEntity = (v: unknown): v is { type: string; id: string } => typeof v === 'object' && v !== null && 'type' in v && 'id' in v;

/**
 * A content hash of everything the API serves: every entity with its values (figures,
 * labels, dates, source texts), other entities by reference, and the schema's SDL. The
 * data is loaded once and never changes while the process lives, so this names the
 * version of every response the process gives.
 */
export function graphVersion(graph: Graph, sdl: string): string {
  const hash = createHash('sha256').update(sdl);
  const entries: string[] = [];
  for (const node of graph.allNodes()) {
    entries.push(JSON.stringify(node, function (key, value) {
      return key !== '' && isEntity(value) ? `${value.type}:${value.id}` : value;
    }));
  }
  for (const entry of entries.sort()) hash.update(entry).update('\n');
  return hash.digest('base64url').slice(0, 27);
}
