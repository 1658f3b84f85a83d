import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One graphql instance: Vite would pick graphql's .mjs build while type-graphql, loaded
// by Node, gets the CommonJS one, and their classes would not be the same.
const resolve = { alias: { graphql: 'graphql/index.js' } };
const common = { setupFiles: ['reflect-metadata'], testTimeout: 30_000, hookTimeout: 60_000 };

/**
 * In-process test files that run in two long-lived workers (`isolate: false`) instead of a
 * fresh process each: a fresh process per file cost most of their time in imports alone
 * (Node's start, graphql, type-graphql, Apollo, src/, the schema build), and the embedded
 * graph (test/helpers.ts) is loaded once per worker instead of once per file. These folders
 * 46 files passed together in one process (in vitest's order and shuffled). Every other file keeps its own process: test/readme.test.ts
 * and test/server/compression.test.ts fail after some of these in one process (README example 18,
 * a compressed answer's replay), the store, EDGAR and start-up tests spawn processes and
 * databases, and the explorer's tests build it and drive Chromium.
 */
const SHARED = ['graphql', 'domain', 'integrity', 'trace', 'time', 'governance', 'metrics'].map((dir) => `test/${dir}/**/*.test.ts`);
const ALL = ['test/**/*.test.ts', 'web/test/**/*.test.{ts,tsx}'];

const project = (name: string, isolate: boolean, include: string[], exclude: string[] = []): TestProjectInlineConfiguration => ({
  resolve,
  test: { name, isolate, include, exclude, ...common },
});

export default defineConfig({
  resolve,
  test: {
    projects: [project('shared-workers', false, SHARED), project('isolated', true, ALL, SHARED)],
    // One PostgreSQL for the run (the store's tests, and DATABASE_URL for servers tests start).
    globalSetup: ['test/store/global-setup.ts'],
    // Vitest leaves one of the two cores idle by default; every test file is independent (its own temp folders, ports and database), so use both.
    maxWorkers: 2,
  },
});
