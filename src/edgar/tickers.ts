import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { readValidators, saveWithValidators } from './atomic.js';
import type { EdgarClient } from './client.js';
import type { EdgarConfig } from './config.js';

/** A company asked for: by CIK, and the ticker it was asked by, if any. */
export interface Target {
  cik: number;
  ticker: string | null;
  asked: string;
}

export class UnknownTickerError extends Error {}

interface TickerRow {
  cik_str: number;
  ticker: string;
  title: string;
}

/** SEC's `company_tickers.json`, kept in FILINGS_DIR so that a later run resolves tickers without asking again. */
export class TickerMap {
  private rows: TickerRow[] = [];
  private loaded = false;
  /** Whether this run already asked SEC for the current map. */
  refreshed = false;

  constructor(
    private readonly client: EdgarClient,
    private readonly config: EdgarConfig,
  ) {}

  private get file() {
    return join(this.config.filingsDir, 'company_tickers.json');
  }

  /** Loads the saved map, asking SEC when there is none or when `refresh` (conditionally when one is saved). */
  async load(refresh: boolean): Promise<void> {
    if (this.loaded && !refresh) return;
    const saved = existsSync(this.file);
    if (!saved || refresh) {
      this.refreshed = true;
      const res = await this.client.get(`${this.config.wwwUrl}/files/company_tickers.json`, { json: true, validators: saved ? readValidators(this.file) : undefined });
      if (!res.notModified) saveWithValidators(this.file, res.body, res.validators);
    }
    const data = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, TickerRow>;
    this.rows = Object.values(data).filter((r) => r && typeof r.ticker === 'string' && Number.isInteger(r.cik_str));
    this.loaded = true;
  }

  find(ticker: string): TickerRow | undefined {
    const t = ticker.toUpperCase();
    return this.rows.find((r) => r.ticker.toUpperCase() === t);
  }

  /** The tickers nearest to a misspelt one: fuzzy matches on ticker and company name. */
  nearest(ticker: string, count = 5): string[] {
    const index = new MiniSearch<TickerRow & { id: number }>({ fields: ['ticker', 'title'], storeFields: ['ticker', 'title'] });
    index.addAll(this.rows.map((r, id) => ({ ...r, id })));
    return index
      .search(ticker, { fuzzy: 0.34, prefix: true, boost: { ticker: 3 } })
      .slice(0, count)
      .map((r) => `${r.ticker} (${r.title})`);
  }
}

/** Resolves each argument: a CIK (digits) as is, a ticker through SEC's map. */
export async function resolveTargets(args: string[], tickers: TickerMap): Promise<Target[]> {
  const targets: Target[] = [];
  for (const arg of args) {
    if (/^\d{1,10}$/.test(arg)) {
      targets.push({ cik: Number(arg), ticker: null, asked: arg });
      continue;
    }
    await tickers.load(false);
    let row = tickers.find(arg);
    // A ticker newer than the saved map: ask SEC once for the current one.
    if (!row && !tickers.refreshed) {
      await tickers.load(true);
      row = tickers.find(arg);
    }
    if (!row) {
      const near = tickers.nearest(arg);
      throw new UnknownTickerError(`"${arg}" is no ticker in SEC's company_tickers.json${near.length ? `; nearest: ${near.join(', ')}` : ''}. A CIK (digits) works too.`);
    }
    targets.push({ cik: row.cik_str, ticker: row.ticker, asked: arg });
  }
  return targets;
}
