import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { DataFileError } from '../src/data/data-file-error.js';
import { sourcesDir } from '../src/data/load.js';
import type { Graph } from '../src/domain/graph.js';
import { DEFAULT_DATA_DIR, loadGraph } from '../src/domain/load-graph.js';
import { isoDate, type Context } from '../src/graphql/context.js';
import { createApollo } from '../src/server/create-apollo.js';
import { servedFromStore, STORE_MODE } from './store-mode/store-mode.js';

let graph: Graph | undefined;
let apollo: ApolloServer<Context> | undefined;

/** The embedded data, loaded once per test file. */
export function embeddedGraph(): Graph {
  graph ??= loadGraph();
  return graph;
}

/**
 * Runs an operation in-process through Apollo (no HTTP) and returns its single result. In
 * store mode (TEST_SOURCE=store), over the store holding the folders `g` was loaded from.
 */
export async function execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, g: Graph = embeddedGraph()) {
  apollo ??= createApollo();
  const stored = STORE_MODE ? await servedFromStore(g) : null;
  const over = stored ? stored.context : { graph: g };
  const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: { ...over, today: isoDate(new Date()) } });
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

/**
 * Where the Qifu release's source text is looked up, as the loader does: in SOURCES_DIR,
 * else ../shared/seeds (developers and CI have it; users do not, and it is never committed).
 */
export const QIFU_SOURCE_PATH = join(
  sourcesDir(),
  (parse(readFileSync(join(DEFAULT_DATA_DIR, QIFU_DISCLOSURE, 'disclosure.yaml'), 'utf8')) as { source: { file: string } }).source.file,
);
export const qifuSourceExists = existsSync(QIFU_SOURCE_PATH);

/** The Qifu release's source text; call only in tests skipped when `qifuSourceExists` is false. */
export function qifuSourceText(): string {
  return readFileSync(QIFU_SOURCE_PATH, 'utf8');
}

/** Says why tests that need the source text are skipped, once per test file; true when they are. */
export function skipWithoutSource(what: string): boolean {
  if (!qifuSourceExists) console.warn(`Skipped ${what}: the source text ${QIFU_SOURCE_PATH} is absent (../shared is developer and CI data, not part of the repository; set SOURCES_DIR to its seeds folder).`);
  return !qifuSourceExists;
}

/** Changes one file of a data copy; the change must change something. */
export function editDataFile(dir: string, relative: string, change: (text: string) => string): void {
  const path = join(dir, relative);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
}

/** The DataFileError loading `dir` (source texts from `sources`) stops with; fails the test if loading succeeds. */
export function loadErrorOf(dir: string, sources?: string): DataFileError {
  try {
    loadGraph(dir, undefined, sources);
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected loading to fail');
}
