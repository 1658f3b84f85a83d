import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

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

/**
 * Store mode (test/store-mode/store-mode.ts): the test files below run again, unchanged, with
 * the graphs they load from folders served from the store, as `npm start` serves them. `npm
 * test` runs STORE_SUBSET so; `npm run test:store` (TEST_SOURCE=store) runs every one of them.
 */
const STORE_FOLDERS = ['graphql', 'integrity', 'trace', 'time', 'governance', 'metrics', 'search', 'filings', 'companyfacts', 'server'];
/** Files that stay on files in store mode, and why. */
const STORE_NEVER: Record<string, string> = {
  'test/server/shutdown.test.ts': 'it runs `npm start` itself, which serves from the store already',
};
/** Tests that stay on files in store mode (every file above runs them over files already), and why. None now. */
const STORE_NEVER_TESTS: Record<string, string> = {};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STORE_TEST_NAMES = Object.keys(STORE_NEVER_TESTS).length ? new RegExp(`^(?!.*(?:${Object.keys(STORE_NEVER_TESTS).map(escape).join('|')}))`) : undefined;
const STORE_ALL = STORE_FOLDERS.flatMap((folder) => readdirSync(new URL(`test/${folder}`, import.meta.url), { recursive: true, encoding: 'utf8' }).map((file) => `test/${folder}/${file}`))
  .concat(['test/readme.test.ts', 'test/edgar/fetched-graph.test.ts', 'test/domain/narrative.test.ts', 'test/client/codegen.test.ts', 'test/web/explorer.e2e.test.ts'])
  .filter((file) => file.endsWith('.test.ts') && !(file in STORE_NEVER));
/**
 * What `npm test` runs over the store besides test/store/: files over the embedded data, whose
 * store (no filings) costs little: company lookups from the catalog, the curated company's
 * graph built on first use in the cache, `companies` and `node` across companies, cursors.
 * Measured: about 5 s more of `npm test` (README, "Tests against the store").
 */
const STORE_SUBSET = ['test/graphql/contract.test.ts', 'test/graphql/pagination.test.ts', 'test/integrity/cursors.test.ts', 'test/trace/trace.test.ts'];
const STORE_FILES = process.env.TEST_SOURCE === 'store' ? STORE_ALL : STORE_SUBSET;

const STORE_TEST = { env: { TEST_SOURCE: 'store' }, testNamePattern: STORE_TEST_NAMES, setupFiles: ['reflect-metadata', 'test/store-mode/report.ts'] };

/** In store mode, test files (and the bench modules they use) import loadGraph and startServer from test/store-mode/ instead of src/. */
function storeMode(): Plugin {
  const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  const standIns = new Map([
    [at('src/domain/load-graph.ts'), at('test/store-mode/load-graph.ts')],
    [at('src/server/start-server.ts'), at('test/store-mode/start-server.ts')],
  ]);
  const importers = [at('test/'), at('bench/')];
  const own = at('test/store-mode/');
  return {
    name: 'test-source-store',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || importer.startsWith(own) || !importers.some((dir) => importer.startsWith(dir)) || !/(load-graph|start-server)\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return (resolved && standIns.get(resolved.id)) ?? null;
    },
  };
}

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
      // The same files again over the store: one process for those that share one above (their stores are ingested once per process), one each for the others.
      { extends: true, plugins: [storeMode()], test: { name: 'store', include: STORE_FILES.filter((f) => SHARED_PROCESS.includes(f)), exclude: NEVER, isolate: false, ...STORE_TEST } },
      { extends: true, plugins: [storeMode()], test: { name: 'store-own-process', include: STORE_FILES.filter((f) => !SHARED_PROCESS.includes(f)), exclude: NEVER, ...STORE_TEST } },
    ],
  },
});
