import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One graphql instance: Vite would pick graphql's .mjs build while type-graphql, loaded
// by Node, gets the CommonJS one, and their classes would not be the same.
const resolve = { alias: { graphql: 'graphql/index.js' } };
const common = { setupFiles: ['reflect-metadata'], testTimeout: 30_000, hookTimeout: 60_000 };

/**
 * Files that run each in a fresh process: the explorer's browser tests (their own build,
 * server and browser) and its component tests (happy-dom; one sets Apollo Client's global
 * __DEV__). Every other file runs in one of two long-lived workers (`isolate: false`): a fresh
 * process per file cost most of the run in imports alone (Node's start, graphql, type-graphql,
 * Apollo, src/, the schema build), and the embedded graph (test/helpers.ts) is loaded once
 * per worker instead of once per file. Such files keep no state between them: their own
 * temporary folders, ports and databases; `src/` holds no module-level state but bounded
 * memos and WeakMaps keyed by a graph; a test that changes process.env restores it.
 */
const ISOLATED = ['test/web/**/*.test.ts', 'web/test/**/*.test.{ts,tsx}'];

const project = (name: string, isolate: boolean, include: string[], exclude: string[] = []): TestProjectInlineConfiguration => ({
  resolve,
  test: { name, isolate, include, exclude, ...common },
});

export default defineConfig({
  resolve,
  test: {
    projects: [project('shared-workers', false, ['test/**/*.test.ts'], ISOLATED), project('isolated', true, ISOLATED)],
    // One PostgreSQL for the run (the store's tests, and DATABASE_URL for servers tests start).
    globalSetup: ['test/store/global-setup.ts'],
    // Vitest leaves one of the two cores idle by default; every test file is independent (its own temp folders, ports and database), so use both.
    maxWorkers: 2,
  },
});
