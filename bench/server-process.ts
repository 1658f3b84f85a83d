/**
 * The server under test, in its own process (forked by bench/main.ts with --expose-gc):
 * loads DATA_DIR (and the filings under FILINGS_DIR, when set), measures load time and the heap the graph holds, then serves it and
 * reports its URL and the measurements over IPC.
 */
import { loadGraph } from '../src/domain/load-graph.js';
import { startServer } from '../src/server/start-server.js';

export interface ServerReport {
  url: string;
  loadMs: number;
  /** CPU time (user + system) of the load: on a shared machine, steadier than the wall-clock time. */
  loadCpuMs: number;
  /** Heap the loaded graph holds, after garbage collection. */
  graphHeapBytes: number;
  /** Bytes of ArrayBuffers (outside the heap) it holds besides: the deflated text of text blocks. */
  graphBufferBytes: number;
  facts: number;
  companies: number;
  disclosures: number;
  failedChecks: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('run by bench/main.ts: forked with --expose-gc');

gc();
const before = process.memoryUsage().heapUsed;
const buffersBefore = process.memoryUsage().arrayBuffers;
const started = performance.now();
const cpu = process.cpuUsage();
const graph = loadGraph(process.env.DATA_DIR, process.env.FILINGS_DIR || undefined);
const loadMs = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
const loadCpuMs = (user + system) / 1000;
gc();
const graphHeapBytes = process.memoryUsage().heapUsed - before;
const graphBufferBytes = process.memoryUsage().arrayBuffers - buffersBefore;

let facts = 0;
for (const node of graph.allNodes()) if (node.type === 'Fact') facts++;
const disclosures = graph.companies.flatMap((c) => c.disclosures);
const failedChecks = disclosures.reduce((n, d) => n + d.checks.filter((c) => c.status === 'FAIL').length, 0);

const server = await startServer(graph, 0, '127.0.0.1', { responseCacheBytes: Number(process.env.RESPONSE_CACHE_BYTES ?? 0) });
const report: ServerReport = { url: server.url.replace('localhost', '127.0.0.1'), loadMs, loadCpuMs, graphHeapBytes, graphBufferBytes, facts, companies: graph.companies.length, disclosures: disclosures.length, failedChecks };
process.send(report);
process.on('disconnect', () => process.exit(0));
