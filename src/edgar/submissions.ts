import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readValidators, saveWithValidators, writeFileAtomic } from './atomic.js';
import { FetchError, type EdgarClient } from './client.js';
import { cik10, type EdgarConfig } from './config.js';

/** One filing as SEC's submissions file lists it (one index of its parallel arrays). */
export interface FilingRow {
  accessionNumber: string;
  form: string;
  filingDate: string;
  reportDate: string;
  acceptanceDateTime: string;
  primaryDocument: string;
  isXBRL: boolean;
  isInlineXBRL: boolean;
}

export interface Submissions {
  name: string;
  tickers: string[];
  filings: FilingRow[];
}

/** `filings.recent` of the main file and the top level of each older page share this shape. */
type Arrays = Partial<Record<keyof FilingRow, unknown[]>>;

export function rowsOf(arrays: Arrays): FilingRow[] {
  const acc = Array.isArray(arrays.accessionNumber) ? arrays.accessionNumber : [];
  const at = (key: keyof FilingRow, i: number) => (Array.isArray(arrays[key]) ? arrays[key]![i] : undefined);
  return acc.map((_, i) => ({
    accessionNumber: String(at('accessionNumber', i) ?? ''),
    form: String(at('form', i) ?? ''),
    filingDate: String(at('filingDate', i) ?? ''),
    reportDate: String(at('reportDate', i) ?? ''),
    acceptanceDateTime: String(at('acceptanceDateTime', i) ?? ''),
    primaryDocument: String(at('primaryDocument', i) ?? ''),
    isXBRL: Number(at('isXBRL', i)) === 1,
    isInlineXBRL: Number(at('isInlineXBRL', i)) === 1,
  }));
}

export interface SubmissionsResult {
  submissions: Submissions;
  /** Older pages that could not be fetched, one line each, for the summary. */
  failures: string[];
}

/**
 * A company's submissions: the main file (asked for when absent, or conditionally with
 * `update`) and every older page it lists (asked for once: a page never changes).
 */
export async function fetchSubmissions(client: EdgarClient, config: EdgarConfig, cik: number, update: boolean): Promise<SubmissionsResult> {
  const dir = join(config.filingsDir, String(cik));
  const file = join(dir, 'submissions.json');
  const saved = existsSync(file);
  if (!saved || update) {
    const res = await client.get(`${config.dataUrl}/submissions/CIK${cik10(cik)}.json`, { json: true, validators: saved ? readValidators(file) : undefined });
    if (!res.notModified) saveWithValidators(file, res.body, res.validators);
  }
  const main = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; tickers?: string[]; filings?: { recent?: Arrays; files?: { name?: string }[] } };
  const filings = rowsOf(main.filings?.recent ?? {});
  const failures: string[] = [];
  for (const page of main.filings?.files ?? []) {
    const name = page.name ?? '';
    if (!/^CIK\d{10}-submissions-\d+\.json$/.test(name)) continue;
    const pageFile = join(dir, name);
    try {
      if (!existsSync(pageFile)) {
        const res = await client.get(`${config.dataUrl}/submissions/${name}`, { json: true });
        if (!res.notModified) writeFileAtomic(pageFile, res.body);
      }
      filings.push(...rowsOf(JSON.parse(readFileSync(pageFile, 'utf8')) as Arrays));
    } catch (e) {
      if (!(e instanceof FetchError)) throw e;
      failures.push(`older submissions page ${name}: ${e.message}`);
    }
  }
  return { submissions: { name: main.name ?? '', tickers: Array.isArray(main.tickers) ? main.tickers : [], filings }, failures };
}
