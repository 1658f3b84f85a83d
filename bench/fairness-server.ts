/**
 * The server for `npm run bench:fairness`, forked in production mode: the embedded data,
 * response cache off, and the execution budget of limits.ts, or with slicing and the heavy
 * lane turned off (FAIRNESS=off) to show what they change. Sends its URL when listening.
 */
import { loadGraph } from '../src/domain/load-graph.js';
import { EXECUTION_BUDGET } from '../src/graphql/limits/limits.js';
import { startServer } from '../src/server/start-server.js';

if (!process.send) throw new Error('run by bench/fairness.ts');
const off = process.env.FAIRNESS === 'off';
const server = await startServer(loadGraph(), 0, '127.0.0.1', {
  responseCacheBytes: 0,
  webRoot: null,
  budget: off ? { maxWork: EXECUTION_BUDGET.maxWork, maxMs: EXECUTION_BUDGET.maxMs, sliceMs: 0, heavyAfter: Infinity } : { ...EXECUTION_BUDGET, sliceMs: Number(process.env.BENCH_SLICE_MS ?? EXECUTION_BUDGET.sliceMs) },
});
process.send({ url: server.url });
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
