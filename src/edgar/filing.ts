import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgarClient } from './client.js';
import type { EdgarConfig } from './config.js';
import type { FilingRow } from './submissions.js';

/** The forms fetched unless `--forms` says otherwise. */
export const DEFAULT_FORMS = ['10-K', '10-Q', '20-F', '40-F', '10-K/A', '10-Q/A', '20-F/A', '40-F/A'];

export interface FilingOwner {
  cik: number;
  company: string;
  ticker: string | null;
}

/** `metadata.json` of a fetched filing: the keys the shared filings use, then the submissions file's own. */
export interface FilingMetadata {
  company: string;
  cik: number;
  ticker: string | null;
  form: string;
  filing_date: string;
  accession_no: string;
  acceptance_datetime: string | null;
  report_date: string | null;
  primary_document: string | null;
}

export const accessionFolder = (accession: string) => accession.replace(/-/g, '');

/** Whether a filing is wanted: one of the forms, filed on or after `since`, with XBRL. */
export function wanted(row: FilingRow, forms: ReadonlySet<string>, since: string | null): boolean {
  return row.isXBRL && forms.has(row.form) && /^\d{10}-\d{2}-\d{6}$/.test(row.accessionNumber) && (since === null || row.filingDate >= since);
}

/**
 * The XBRL documents of a folder listing: the Inline XBRL primary document, instance
 * documents (SEC's extracted `_htm.xml` among them), schemas and linkbases; not exhibits,
 * images, SEC's R pages, FilingSummary.xml or zips.
 */
export function xbrlDocuments(names: string[], row: FilingRow): string[] {
  return names
    .filter((name) => {
      if (/[/\\]/.test(name) || name.startsWith('.')) return false;
      if (/\.xsd$/i.test(name)) return true;
      if (/\.xml$/i.test(name)) return !/^(FilingSummary|R\d+)\.xml$/i.test(name);
      return row.isInlineXBRL && name === row.primaryDocument && /\.html?$/i.test(name);
    })
    .sort();
}

export type FilingOutcome = { status: 'present' } | { status: 'fetched'; files: number; bytes: number };

/** The filing's final folder: `FILINGS_DIR/<cik>/<accession without dashes>`. */
export const filingDir = (config: EdgarConfig, cik: number, accession: string) => join(config.filingsDir, String(cik), accessionFolder(accession));

/**
 * Fetches one filing folder: its listing, then its XBRL documents, into a dot-named
 * temporary folder that is renamed into place once everything (metadata.json last) is
 * written. A folder in place is complete and never asked for again; a failure (thrown as
 * FetchError) leaves nothing behind.
 */
export async function fetchFiling(client: EdgarClient, config: EdgarConfig, owner: FilingOwner, row: FilingRow): Promise<FilingOutcome> {
  const final = filingDir(config, owner.cik, row.accessionNumber);
  if (existsSync(final)) return { status: 'present' };
  const base = `${config.wwwUrl}/Archives/edgar/data/${owner.cik}/${accessionFolder(row.accessionNumber)}`;
  const listing = await client.get(`${base}/index.json`, { json: true });
  if (listing.notModified) throw new Error('unreachable: unconditional request answered 304');
  const items = (JSON.parse(listing.body.toString('utf8')) as { directory?: { item?: { name?: unknown }[] } }).directory?.item ?? [];
  const names = xbrlDocuments(
    items.map((i) => (typeof i.name === 'string' ? i.name : '')).filter(Boolean),
    row,
  );
  if (!names.some((n) => /\.xml$/i.test(n) && !/_(cal|def|lab|pre)\.xml$/i.test(n)) && !names.some((n) => /\.html?$/i.test(n))) {
    throw new Error(`no XBRL instance or Inline XBRL document in the folder's listing (${base}/index.json)`);
  }
  const temp = join(config.filingsDir, String(owner.cik), `.${accessionFolder(row.accessionNumber)}.partial`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  let bytes = 0;
  try {
    for (const name of names) {
      const res = await client.get(`${base}/${name}`);
      if (res.notModified) throw new Error('unreachable: unconditional request answered 304');
      writeFileSync(join(temp, name), res.body);
      bytes += res.body.length;
    }
    writeFileSync(join(temp, 'metadata.json'), JSON.stringify(metadataOf(owner, row), null, 2) + '\n');
    renameSync(temp, final);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  return { status: 'fetched', files: names.length + 1, bytes };
}

export function metadataOf(owner: FilingOwner, row: FilingRow): FilingMetadata {
  return {
    company: owner.company,
    cik: owner.cik,
    ticker: owner.ticker,
    form: row.form,
    filing_date: row.filingDate,
    accession_no: row.accessionNumber,
    acceptance_datetime: row.acceptanceDateTime || null,
    report_date: row.reportDate || null,
    primary_document: row.primaryDocument || null,
  };
}
