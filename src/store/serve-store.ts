/** What `npm start` does before serving: open the store, ingest FILINGS_DIR, build the graph from the store. */
import type { Graph } from '../domain/graph.js';
import { filingsDirFromEnv, ingestSummary } from './ingest-command.js';
import { ingestFilings, type IngestReport } from './ingest.js';
import { setAsideOf } from '../xbrl/set-aside.js';
import { loadStoredGraph } from './load-stored-graph.js';
import { storeGeneration } from './read-store.js';
import { openStore, storeOptionsFromEnv, type Store } from './open-store.js';

export async function loadFromStore(env: NodeJS.ProcessEnv = process.env, filingsFolder?: string): Promise<{ graph: Graph; store: Store; generation: number }> {
  const filingsDir = filingsDirFromEnv({ FILINGS_DIR: filingsFolder ?? env.FILINGS_DIR });
  const store = await openStore({ ...storeOptionsFromEnv(env), log: (l) => console.log(l) });
  try {
    console.log(`Store: ${store.description}`);
    let report: IngestReport | undefined;
    if (filingsDir) {
      report = await ingestFilings(store.pool, filingsDir);
      console.log(ingestSummary(report, filingsDir));
    }
    // A folder the reader refused is set aside in the graph (and re-read at the next start); the others were stored.
    const refused = report?.failed.filter((f) => f.stage === 'read').map((f) => setAsideOf(f.folder, f.error)) ?? [];
    const { graph, generation } = await loadStoredGraph(store.pool, env.DATA_DIR || undefined, undefined, filingsDir ?? undefined, refused);
    return { graph, store, generation };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/**
 * Follows the store while serving: every `seconds`, its generation is read; when an ingest
 * (another process's `npm run ingest`) changed it, the graph is built again from the store
 * and handed to `replace`. A store that cannot be reached meanwhile is reported once; the
 * graph in memory keeps answering, and the next successful read resumes. Returns the stop.
 */
export function followStore(store: Store, generation: number, replace: (graph: Graph, generation: number) => void, seconds = 10, env: NodeJS.ProcessEnv = process.env): () => void {
  if (!(seconds > 0)) return () => undefined;
  let current = generation;
  let busy = false;
  let lost = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const next = await storeGeneration(store.pool);
        if (lost) console.log('Store: reachable again.');
        lost = false;
        if (next === current) return;
        const loaded = await loadStoredGraph(store.pool, env.DATA_DIR || undefined, undefined, filingsDirFromEnv(env) ?? undefined);
        replace(loaded.graph, loaded.generation);
        console.log(`Store: generation ${current} → ${loaded.generation}; serving ${loaded.filings} filings.`);
        current = loaded.generation;
      } catch (e) {
        if (!lost) console.error(`Store: cannot read it (${(e as Error).message}); serving the graph in memory until it returns.`);
        lost = true;
      } finally {
        busy = false;
      }
    })();
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
