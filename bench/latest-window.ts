/**
 * `BENCH_STORE_DIR=<a kept bench store> npx tsx bench/latest-window.ts`: `latestMetrics` of every
 * company of a store at several dates, from a window of its facts (src/domain/metrics/
 * latest-window.ts) and from the full slice of every metric's concepts, compared byte for
 * byte; with how often the window was proved, its facts against the full slice's, and the
 * time of each build. BENCH_COMPANIES limits the companies (default: all).
 */
import { join } from 'node:path';
import { createApollo } from '../src/server/create-apollo.js';
import { StoreServing } from '../src/server/serve-store.js';
import { openStore } from '../src/store/open-store.js';
import type { StoreSource } from '../src/store/store-source.js';

const dir = process.env.BENCH_STORE_DIR;
if (!dir) throw new Error('BENCH_STORE_DIR: a kept bench store');
const FIGURE = `fragment F on StandardFigure { id value unit fiscalYear fiscalPeriod rule explanation knownOn asOf metric period { startDate endDate fiscalYear fiscalPeriod label }
  fact { value decimals origin isLatest disclosure { id accessionNumber filedOn } derivedFrom { value disclosure { id } } revisions { value } }
  concept { name label } inputs { weight figure { id value explanation concept { name } fact { value disclosure { id } } } }
  yearOverYear { value rule numerator { id } denominator { id value } } company { id cik name } }`;
const LATEST = `query Latest($cik: String!, $asOf: Date) { companyByCik(cik: $cik) { name latestMetrics(asOf: $asOf) { ...F } } } ${FIGURE}`;
// The same fields beside `metrics`, which reads the full slice of every metric (no window).
const FULL = `query Full($cik: String!, $asOf: Date) { companyByCik(cik: $cik) { name latestMetrics(asOf: $asOf) { ...F } metrics(metrics: [REVENUE], frequency: ANNUAL, asOf: "1900-01-01") { id } } } ${FIGURE}`;
const DATES = [null, '2024-12-31', '2023-05-15', '2020-02-29', '2015-08-01', '2010-01-01'];

const apollo = createApollo();
async function answer(query: string, variables: Record<string, unknown>, source: StoreSource): Promise<{ text: string; ms: number }> {
  const t0 = performance.now();
  const response = await apollo.executeOperation({ query, variables }, { contextValue: { source, today: '2026-12-06' } });
  const ms = performance.now() - t0;
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult as { data?: { companyByCik?: { latestMetrics?: unknown } }; errors?: unknown };
  if (errors) throw new Error(JSON.stringify(errors).slice(0, 300));
  return { text: JSON.stringify(data?.companyByCik?.latestMetrics), ms };
}

const store = await openStore({ storeDir: join(dir, 'store') });
try {
  const ciks = (await store.pool.query<{ company_cik: string }>('select company_cik from company_catalog order by md5(company_cik)')).rows.map((r) => r.company_cik);
  const limit = Number(process.env.BENCH_COMPANIES ?? ciks.length);
  let compared = 0;
  let held = 0;
  const differing: string[] = [];
  const times = { window: 0, full: 0 };
  for (const asOf of DATES) {
    let heldNow = 0;
    for (const cik of ciks.slice(0, limit)) {
      // A fresh serving each: nothing in memory, as for a company asked for the first time.
      const a = await StoreServing.open(store.pool, { filingsDir: null });
      const windowed = await a.snapshot();
      const w = await answer(LATEST, { cik, asOf }, windowed.source);
      const proved = a.graphs.stats().slices === 1;
      const b = await StoreServing.open(store.pool, { filingsDir: null });
      const full = await b.snapshot();
      const f = await answer(FULL, { cik, asOf }, full.source);
      compared++;
      if (proved) {
        held++;
        heldNow++;
        times.window += w.ms;
        times.full += f.ms;
      }
      if (w.text !== f.text) differing.push(`${cik} ${asOf}\n${f.text.slice(0, 300)}\n${w.text.slice(0, 300)}`);
    }
    console.log(`asOf ${asOf}: window proved for ${heldNow} of ${Math.min(limit, ciks.length)} companies`);
  }
  console.log(`${compared} answers compared, ${differing.length} differ; window proved for ${held}; where proved: ${(times.window / held).toFixed(1)} ms a company from the window, ${(times.full / held).toFixed(1)} ms from the full slice`);
  for (const d of differing.slice(0, 5)) console.log(d);
  if (differing.length) process.exitCode = 1;
} finally {
  await store.close();
}
