/**
 * `npm run bench:pipeline`: a quick, in-process measure of where an executed query's time
 * goes, one operation at a time (no HTTP, no client): JSON.stringify of the answer (the
 * floor), graphql-js's execute on a parsed document, and Apollo Server's whole pipeline
 * (executeOperation: parsing and validation cached, execution, error formatting). Used to
 * measure each change to the resolvers and the request path before and after; absolute
 * figures move with the machine's load, so compare rows of the same run.
 * Settings: PIPELINE_MS (per measurement, default 2000).
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { loadGraph } from '../src/domain/load-graph.js';
import { getSchema } from '../src/graphql/build-schema.js';
import { createApollo } from '../src/server/create-apollo.js';
import { WORKLOADS, type Workload } from './workloads.js';

const MS = Number(process.env.PIPELINE_MS ?? 2000);
const TYPENAME: Workload = { name: '__typename', description: 'the smallest operation', query: '{ __typename }' };

async function perOp(run: () => unknown): Promise<number> {
  const loop = async (ms: number) => {
    let n = 0;
    const until = performance.now() + ms;
    while (performance.now() < until) {
      const r = run();
      if (r instanceof Promise) await r;
      n++;
    }
    return n;
  };
  await loop(MS / 2);
  const started = performance.now();
  const n = await loop(MS);
  return ((performance.now() - started) * 1000) / n;
}

async function main(): Promise<void> {
  const graph = loadGraph(process.env.DATA_DIR);
  const schema = getSchema();
  const apollo = createApollo({ production: true });
  await apollo.start();
  const context = { graph, today: new Date().toISOString().slice(0, 10) };
  const rows: string[] = ['| workload | JSON.stringify µs | graphql-js execute µs | Apollo executeOperation µs | Apollo ÷ stringify |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const w of [...WORKLOADS.filter((x) => !x.filings), TYPENAME]) {
    const document = parse(w.query);
    const answer = await execute({ schema, document, contextValue: context, variableValues: w.variables });
    if (answer.errors) throw new Error(`${w.name}: ${answer.errors[0].message}`);
    const stringify = await perOp(() => JSON.stringify(answer));
    const js = await perOp(() => execute({ schema, document, contextValue: context, variableValues: w.variables }));
    const request = { query: w.query, variables: w.variables };
    const viaApollo = await perOp(() => apollo.executeOperation(request, { contextValue: context }));
    rows.push(`| ${w.name} | ${stringify.toFixed(1)} | ${js.toFixed(1)} | ${viaApollo.toFixed(1)} | ${(viaApollo / stringify).toFixed(1)}× |`);
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  await apollo.stop();
  console.log(rows.join('\n'));
}

await main();
