import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of each source file, type-only imports included (they tie modules together too). */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/g), ...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
    edges.set(file, [...new Set(targets)]);
  }
  return edges;
}

/** Every cycle, each as the files on it, found by depth-first search. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).map((f) => relative(SRC, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

/**
 * The layers (GUIDE: readers, ingest, store, domain, GraphQL, HTTP and web stay apart): the
 * folders of src/ whose files may not import from the folders listed. Readers return plain
 * data; the domain and the store know no GraphQL and no server; the API knows no server and
 * no store (it reads the graph through the domain's GraphSource).
 */
const LAYERS: Record<string, string[]> = {
  xbrl: ['store', 'server', 'graphql'],
  edgar: ['store', 'server', 'graphql'],
  companyfacts: ['store', 'server', 'graphql'],
  data: ['store', 'server', 'graphql'],
  domain: ['store', 'server', 'graphql'],
  store: ['server', 'graphql'],
  graphql: ['store', 'server'],
};

describe('module structure', () => {
  it('has no import cycles in src/ (type-only imports included)', () => {
    expect(cycles(graph())).toEqual([]);
  });

  it('keeps its layers apart: no reader, domain or store file imports the server or the API, and the API imports no server or store', () => {
    const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0];
    const crossings: string[] = [];
    for (const [file, targets] of graph()) {
      const forbidden = LAYERS[folderOf(file)] ?? [];
      for (const target of targets) if (forbidden.includes(folderOf(target))) crossings.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
    expect(crossings).toEqual([]);
    // Every layer named exists, so a renamed folder cannot pass unchecked.
    for (const folder of [...Object.keys(LAYERS), ...Object.values(LAYERS).flat()]) expect(statSync(join(SRC, folder)).isDirectory(), folder).toBe(true);
  });
});
