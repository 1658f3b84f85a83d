/** `npm run ingest`: takes what is new or changed under FILINGS_DIR into the store (DATABASE_URL, or the embedded one in STORE_DIR), without serving. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreUnavailableError } from './errors.js';
import { ingestFilings, type IngestReport } from './ingest.js';
import { openStore, storeOptionsFromEnv } from './open-store.js';

/** The one-paragraph summary `npm start` and `npm run ingest` print. */
export function ingestSummary(report: IngestReport, dir: string): string {
  const rate = report.facts > 0 ? `, ${Math.round(report.facts / report.seconds).toLocaleString('en-US')} facts/s in ${report.seconds.toFixed(1)} s (reading ${report.readSeconds.toFixed(1)} s, writing ${report.writeSeconds.toFixed(1)} s, overlapping)` : '';
  const lines = [`Ingest of ${dir}: ${report.found} filing folder(s) and companyfacts file(s), ${report.ingested.length} new or changed (${report.facts} facts${rate}), ${report.unchanged} unchanged, ${report.failed.length} not ingested.`];
  for (const f of report.failed) lines.push(`  not ingested (${f.stage === 'read' ? 'unreadable' : 'store refused it'}): ${f.folder}: ${f.reason}`);
  return lines.join('\n');
}

/**
 * FILINGS_DIR, checked, as an absolute path; a missing folder throws. Unset, it is `filings/`
 * where that exists (where `npm run fetch` writes by default), else null.
 */
export function filingsDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env.FILINGS_DIR) return existsSync('filings') && statSync('filings').isDirectory() ? resolve('filings') : null;
  const dir = resolve(env.FILINGS_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new StoreUnavailableError(`FILINGS_DIR ${dir} is not a folder`);
  return dir;
}

/** The command itself (src/store/ingest-main.ts runs it). */
export async function runIngest(): Promise<void> {
  let store;
  try {
    const dir = filingsDirFromEnv();
    if (!dir) throw new StoreUnavailableError('set FILINGS_DIR to the folder of filings to ingest (or fetch some into filings/ with npm run fetch)');
    store = await openStore({ ...storeOptionsFromEnv(), log: (l) => console.log(l) });
    console.log(`Store: ${store.description}`);
    const report = await ingestFilings(store.pool, dir);
    console.log(ingestSummary(report, dir));
    await store.close();
    process.exit(report.failed.length > 0 ? 1 : 0);
  } catch (e) {
    await store?.close();
    if (e instanceof StoreUnavailableError) {
      console.error(`Cannot ingest: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
