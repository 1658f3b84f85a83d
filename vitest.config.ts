import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Vite would pick graphql's .mjs build while type-graphql, loaded
  // by Node, gets the CommonJS one, and their classes would not be the same.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // test/: the API and the browser tests (Node); web/test/: the explorer's components (happy-dom).
    include: ['test/**/*.test.ts', 'web/test/**/*.test.{ts,tsx}'],
    setupFiles: ['reflect-metadata'],
    // One PostgreSQL for the run (the store's tests, and DATABASE_URL for servers tests start).
    globalSetup: ['test/store/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest leaves one of the two cores idle by default; every test file is independent (its own temp folders, ports and database), so use both.
    maxWorkers: 2,
  },
});
