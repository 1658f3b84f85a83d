import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Test files that run in-process (over the loaded graphs, the readers' fixtures and the
 * shared filings, or a server each starts in-process on a free port and stops) and share no
 * state but the caches keyed by what they hold: they share worker processes (`isolate:
 * false`), which saves importing the API, the readers and the server, and loading the same
 * filings, once per file. Measured: about 140 s of CPU for the API's 47 files; 100 s → 47 s
 * for the readers', filings', data and search files; 70 s → 39 s for the server's (load
 * 9–12). Every other file (stores, browsers, child processes, the explorer's components)
 * keeps a process of its own, as does `errors.test.ts`, which needs an Apollo that has seen
 * no persisted query.
 */
const OWN_PROCESS = new Set(['test/integrity/errors.test.ts', 'test/filings/shared-filings.test.ts', 'test/data/sources.test.ts']);
const SHARED_FOLDERS = ['graphql', 'domain', 'integrity', 'trace', 'time', 'governance', 'metrics', 'xbrl', 'filings', 'data', 'companyfacts', 'search', 'design'];
const SHARED_FILES = ['test/readme.test.ts', 'test/edgar/fetched-graph.test.ts', 'test/edgar/faults.test.ts', 'test/edgar/units.test.ts']
  // Servers started in-process on a free port and stopped by their file; no environment changed.
  .concat(['audit', 'comparison-export', 'compiled-executor', 'compression', 'executors-filings', 'executors', 'explorer-static', 'export', 'filing-documents', 'http', 'response-cache'].map((name) => `test/server/${name}.test.ts`));
const SHARED_PROCESS = SHARED_FOLDERS.flatMap((folder) => readdirSync(new URL(`test/${folder}`, import.meta.url), { recursive: true, encoding: 'utf8' }).map((file) => `test/${folder}/${file}`))
  .concat(SHARED_FILES)
  .filter((file) => file.endsWith('.test.ts') && !OWN_PROCESS.has(file));
const NEVER = ['**/node_modules/**', '**/dist/**'];

export default defineConfig({
  // One graphql instance: Vite would pick graphql's .mjs build while type-graphql, loaded
  // by Node, gets the CommonJS one, and their classes would not be the same.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    setupFiles: ['reflect-metadata'],
    // One PostgreSQL for the run (the store's tests, and DATABASE_URL for servers tests start).
    globalSetup: ['test/store/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest leaves one of the two cores idle by default; every test file is independent (its own temp folders, ports and database), so use both.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared-process', include: SHARED_PROCESS, exclude: NEVER, isolate: false } },
      // test/: the API and the browser tests (Node); web/test/: the explorer's components (happy-dom).
      { extends: true, test: { name: 'own-process', include: ['test/**/*.test.ts', 'web/test/**/*.test.{ts,tsx}'], exclude: [...NEVER, ...SHARED_PROCESS] } },
    ],
  },
});
