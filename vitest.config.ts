import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Vite would pick graphql's .mjs build while type-graphql, loaded
  // by Node, gets the CommonJS one, and their classes would not be the same.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
