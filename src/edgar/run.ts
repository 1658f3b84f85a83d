import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sweepTemporaries } from './atomic.js';
import { fetchBulkCompanyFacts } from './bulk.js';
import { EdgarClient } from './client.js';
import { fetchCompanyFacts } from './companyfacts.js';
import type { EdgarConfig } from './config.js';
import { fetchFiling, wanted, type FilingOwner } from './filing.js';
import { lockFilingsDir } from './lock.js';
import type { Progress } from './progress.js';
import { fetchSubmissions } from './submissions.js';
import { resolveTargets, TickerMap, type Target } from './tickers.js';

export interface FetchOptions {
  /** Tickers or CIKs as given. */
  targets: string[];
  forms: string[];
  /** Only filings filed on or after this ISO date. */
  since: string | null;
  factsOnly: boolean;
  /** Also every company already under FILINGS_DIR, asking conditionally for what may have changed. */
  update: boolean;
  allFacts: boolean;
  rate: number;
  /** Filings fetched at once (all share the rate limit). */
  concurrency?: number;
  retries?: number;
  backoffMs?: number;
  timeoutMs?: number;
}

export interface FetchSummary {
  companies: number;
  filingsFetched: number;
  filingsPresent: number;
  companyFactsFetched: number;
  /** One line per thing that failed, naming it. */
  failures: string[];
  requests: number;
  retried: number;
  bytes: number;
  seconds: number;
}

/** Companies fetched before: numeric folders holding a submissions.json. */
export function fetchedCompanies(filingsDir: string): number[] {
  if (!existsSync(filingsDir)) return [];
  return readdirSync(filingsDir)
    .filter((name) => /^\d{1,10}$/.test(name) && existsSync(join(filingsDir, name, 'submissions.json')))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Thrown before any company is fetched when an argument names no company. */
export { UnknownTickerError } from './tickers.js';
export { LockedError } from './lock.js';

export async function runFetch(config: EdgarConfig, options: FetchOptions, makeProgress: (client: EdgarClient) => Progress): Promise<FetchSummary> {
  const started = performance.now();
  const client = new EdgarClient({ userAgent: config.userAgent, rate: options.rate, retries: options.retries, backoffMs: options.backoffMs, timeoutMs: options.timeoutMs });
  const progress = makeProgress(client);
  const summary: FetchSummary = { companies: 0, filingsFetched: 0, filingsPresent: 0, companyFactsFetched: 0, failures: [], requests: 0, retried: 0, bytes: 0, seconds: 0 };
  const fail = (line: string) => {
    summary.failures.push(line);
    progress.log(`FAILED ${line}`);
  };
  const unlock = lockFilingsDir(config.filingsDir);
  try {
    sweepTemporaries(config.filingsDir);
    const targets: Target[] = await resolveTargets(options.targets, new TickerMap(client, config));
    if (options.update) {
      for (const cik of fetchedCompanies(config.filingsDir)) if (!targets.some((t) => t.cik === cik)) targets.push({ cik, ticker: null, asked: String(cik) });
    }
    if (options.allFacts) {
      progress.log('companyfacts.zip: every filer’s companyfacts…');
      try {
        const bulk = await fetchBulkCompanyFacts(client, config, options.update);
        summary.companyFactsFetched += bulk.companies;
        progress.log(`companyfacts.zip: ${bulk.status === 'fetched' ? `${bulk.companies} companies unpacked` : bulk.status === 'unchanged' ? 'unchanged since the last run' : 'already unpacked (use --update to ask for a newer one)'}`);
      } catch (e) {
        fail(`companyfacts.zip: ${(e as Error).message}`);
      }
    }
    const forms = new Set(options.forms);
    for (const target of unique(targets)) {
      summary.companies++;
      await fetchCompany(client, config, options, forms, target, progress, summary, fail);
    }
  } finally {
    unlock();
    progress.stop();
    summary.requests = client.requests;
    summary.retried = client.retried;
    summary.bytes = client.bytes;
    summary.seconds = (performance.now() - started) / 1000;
  }
  return summary;
}

function unique(targets: Target[]): Target[] {
  const seen = new Set<number>();
  return targets.filter((t) => !seen.has(t.cik) && seen.add(t.cik));
}

async function fetchCompany(client: EdgarClient, config: EdgarConfig, options: FetchOptions, forms: Set<string>, target: Target, progress: Progress, summary: FetchSummary, fail: (line: string) => void): Promise<void> {
  const label = target.ticker ? `${target.ticker} (CIK ${target.cik})` : `CIK ${target.cik}`;
  sweepTemporaries(join(config.filingsDir, String(target.cik)));
  let submissions;
  try {
    const result = await fetchSubmissions(client, config, target.cik, options.update);
    submissions = result.submissions;
    for (const f of result.failures) fail(`${label}: ${f}`);
  } catch (e) {
    fail(`${label}: submissions: ${(e as Error).message}`);
    return;
  }
  if (!options.allFacts) {
    try {
      if ((await fetchCompanyFacts(client, config, target.cik, options.update)) === 'fetched') summary.companyFactsFetched++;
    } catch (e) {
      fail(`${label}: companyfacts: ${(e as Error).message}`);
    }
  }
  if (options.factsOnly) return;
  const ticker = target.ticker && submissions.tickers.includes(target.ticker) ? target.ticker : (submissions.tickers[0] ?? target.ticker);
  const owner: FilingOwner = { cik: target.cik, company: submissions.name, ticker };
  const rows = submissions.filings.filter((row) => wanted(row, forms, options.since));
  progress.company(`${ticker ?? `CIK ${target.cik}`} ${submissions.name}`, rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++];
      try {
        const outcome = await fetchFiling(client, config, owner, row);
        if (outcome.status === 'fetched') summary.filingsFetched++;
        else summary.filingsPresent++;
      } catch (e) {
        fail(`${label} ${row.form} ${row.accessionNumber} filed ${row.filingDate}: ${(e as Error).message}`);
      }
      progress.filingDone();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
}
