/**
 * The company catalog (table company_catalog, migration 0010): one row per CIK, derived from
 * the company's graph when its documents change, and read whole at start-up, so that root
 * lookups (ticker as of a date, CIK, the companies list, node ids, argument checks) are
 * answered without loading any filing. Names and listings come from the builders (a
 * company's tickers are dated by the `dei` facts of all its filings), which is why a row is
 * derived from the built graph rather than written by ingest.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type pg from 'pg';
import { findCompanyFacts } from '../companyfacts/read-company-facts.js';
import { disclosureCounts } from '../domain/disclosure-counts.js';
import type { Graph } from '../domain/graph.js';
import { knownValuesOf } from '../domain/graph-source.js';
import type { Company } from '../domain/model.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';

export interface CatalogListing {
  ticker: string;
  listedFrom: string | null;
  listedUntil: string | null;
}

export interface CatalogRow {
  cik: string;
  digest: string;
  /** Null when the company's documents built no company (every one set aside). */
  companyId: string | null;
  name: string;
  firstFolder: string | null;
  companyFactsFile: string | null;
  listings: CatalogListing[];
  units: string[];
  forms: string[];
  setAside: SetAsideFiling[];
  factCount: number;
  /** Null when the row was written before migration 0080 and its counts are not derived yet. */
  counts: CatalogCounts | null;
}

/** What /health counts of a company besides its facts, as loading from files counts them (served.ts). */
export interface CatalogCounts {
  disclosures: number;
  checks: number;
  failedChecks: number;
}

/** What a company's catalog row is derived from now: its documents, and its companyfacts file while those are read from FILINGS_DIR. */
export interface CatalogSource {
  digest: string;
  firstFolder: string | null;
  companyFactsFile: string | null;
}

/** The companyfacts file of each CIK directly under `filingsDir` (`<cik>/companyfacts.json`). */
export function companyFactsFiles(filingsDir: string | null): Map<string, string> {
  const files = new Map<string, string>();
  if (filingsDir) for (const file of findCompanyFacts(filingsDir)) files.set(basename(dirname(file)).padStart(10, '0'), file);
  return files;
}

/**
 * The version of what is derived from a company's documents and kept beside them: its catalog
 * row, search rows with their prepared answers, concept-slice parts and metric verdicts, all
 * keyed by the digest below. Those rows follow the documents, not the code that derived them:
 * bump this when a change to the builders, the metric rules or the search rows' resolvers
 * changes what they derive from the same documents, and every company's rows are derived again
 * on the next start (about 2.5 s a company: minutes at 10 M facts). Version 1 adds nothing to
 * the digest, so stores derived before it existed stay current. Guarded by
 * test/integrity/derivation-version.test.ts: the rows derived from fixed fixtures are
 * fingerprinted and recorded with this version (derivation-fingerprint.json beside the test);
 * when they change and this does not, the test fails and says to bump it and record them again.
 */
export const DERIVATION_VERSION = 1;

/** The digest derived rows are keyed by: a company's documents' hashes, its companyfacts file's stamp, and DERIVATION_VERSION. */
export function sourceDigest(hashes: string, stamp: string, version = DERIVATION_VERSION): string {
  const hash = createHash('sha256').update(hashes).update('\n').update(stamp);
  if (version !== 1) hash.update(`\nderivation ${version}`);
  return hash.digest('base64url').slice(0, 22);
}

/** Every CIK the store (and FILINGS_DIR's companyfacts) holds, with what its row must be derived from; with `cik`, that company's only (a concept slice checks its parts against it). */
export async function catalogSources(pool: Pick<pg.Pool, 'query'>, companyFacts: ReadonlyMap<string, string>, cik?: string): Promise<Map<string, CatalogSource>> {
  const { rows } = await pool.query<{ company_cik: string; hashes: string; first_folder: string | null }>(
    `select company_cik, string_agg(kind || ':' || content_sha256, ',' order by content_sha256) as hashes,
            min(folder collate "C") filter (where kind = 'xbrl-filing') as first_folder
       from documents ${cik === undefined ? '' : 'where company_cik = $1'} group by company_cik`,
    cik === undefined ? [] : [cik],
  );
  if (cik !== undefined) companyFacts = new Map([...companyFacts].filter(([c]) => c === cik));
  const out = new Map<string, CatalogSource>();
  const digest = documentsDigest;
  for (const r of rows) out.set(r.company_cik, { digest: digest(r.hashes, companyFacts.get(r.company_cik) ?? null), firstFolder: r.first_folder, companyFactsFile: companyFacts.get(r.company_cik) ?? null });
  for (const [cik, file] of companyFacts) if (!out.has(cik)) out.set(cik, { digest: digest('', file), firstFolder: null, companyFactsFile: file });
  return out;
}

/** The digest of a company's documents (`hashes`: `kind:content_sha256`, by hash, comma-separated) and its companyfacts file under FILINGS_DIR, if any. */
export function documentsDigest(hashes: string, file: string | null): string {
  return sourceDigest(hashes, file ? (() => { const s = statSync(file); return `${file}:${s.size}:${s.mtimeMs}`; })() : '');
}

export async function readCatalogRows(pool: pg.Pool): Promise<Map<string, CatalogRow>> {
  const { rows } = await pool.query<{
    company_cik: string; digest: string; company_id: string | null; name: string; first_folder: string | null; companyfacts_file: string | null;
    listings: CatalogListing[]; units: string[]; forms: string[]; set_aside: SetAsideFiling[]; fact_count: number;
    disclosure_count: number | null; check_count: number | null; failed_check_count: number | null;
  }>('select * from company_catalog');
  return new Map(rows.map((r) => [r.company_cik, {
    cik: r.company_cik, digest: r.digest, companyId: r.company_id || null, name: r.name, firstFolder: r.first_folder, companyFactsFile: r.companyfacts_file,
    listings: r.listings, units: r.units, forms: r.forms, setAside: r.set_aside, factCount: r.fact_count,
    counts: r.disclosure_count === null ? null : { disclosures: r.disclosure_count, checks: r.check_count ?? 0, failedChecks: r.failed_check_count ?? 0 },
  }]));
}

/** The row of `cik` from its built graph. */
export function catalogRowOf(cik: string, source: CatalogSource, graph: Graph, factCount: number): CatalogRow {
  const company = graph.companyByCik(cik);
  const known = knownValuesOf(company ? [company] : []);
  return {
    cik,
    digest: source.digest,
    companyId: company?.id ?? null,
    name: company?.name ?? cik,
    firstFolder: source.firstFolder,
    companyFactsFile: source.companyFactsFile,
    listings: (company?.listings ?? []).map((l) => ({ ticker: l.ticker, listedFrom: l.listedFrom, listedUntil: l.listedUntil })),
    units: [...known.units],
    forms: [...known.forms],
    setAside: graph.setAsideFilings,
    factCount,
    counts: countsOf(graph.companies),
  };
}

/** The disclosures and checks of `companies` (a company graph's: its own), as /health counts them. */
export function countsOf(companies: readonly Company[]): CatalogCounts {
  const { disclosures, checks, failedChecks } = disclosureCounts(companies);
  return { disclosures, checks, failedChecks };
}

/** The sums of every row's counts, in SQL; `pending`: the CIKs whose counts are not derived yet. */
export async function catalogCounts(pool: Pick<pg.Pool, 'query'>): Promise<CatalogCounts & { pending: string[] }> {
  const { rows } = await pool.query<{ disclosures: string; checks: string; failed: string; pending: string[] }>(
    `select coalesce(sum(disclosure_count), 0) as disclosures, coalesce(sum(check_count), 0) as checks, coalesce(sum(failed_check_count), 0) as failed,
            coalesce(array_agg(company_cik order by company_cik) filter (where disclosure_count is null), '{}') as pending
       from company_catalog`,
  );
  const r = rows[0];
  return { disclosures: Number(r.disclosures), checks: Number(r.checks), failedChecks: Number(r.failed), pending: r.pending };
}

/**
 * Writes the counts of a row derived before migration 0080, unless the row was derived again
 * since (another digest), and of every row still without counts derived from the same
 * documents (the same digest: copies of a company under other CIKs, as the bench's store at
 * scale holds). Returns the CIKs written.
 */
export async function saveCatalogCounts(pool: Pick<pg.Pool, 'query'>, cik: string, digest: string, counts: CatalogCounts): Promise<string[]> {
  const { rows } = await pool.query<{ company_cik: string }>(
    `update company_catalog set disclosure_count = $3, check_count = $4, failed_check_count = $5
      where digest = $2 and (company_cik = $1 or disclosure_count is null) returning company_cik`,
    [cik, digest, counts.disclosures, counts.checks, counts.failedChecks],
  );
  return rows.map((r) => r.company_cik);
}

export async function saveCatalogRow(pool: pg.Pool, row: CatalogRow): Promise<void> {
  await pool.query(
    `insert into company_catalog (company_cik, digest, company_id, name, first_folder, companyfacts_file, listings, units, forms, set_aside, fact_count, disclosure_count, check_count, failed_check_count)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     on conflict (company_cik) do update set digest = excluded.digest, company_id = excluded.company_id, name = excluded.name, first_folder = excluded.first_folder,
       companyfacts_file = excluded.companyfacts_file, listings = excluded.listings, units = excluded.units, forms = excluded.forms, set_aside = excluded.set_aside, fact_count = excluded.fact_count,
       disclosure_count = excluded.disclosure_count, check_count = excluded.check_count, failed_check_count = excluded.failed_check_count`,
    [row.cik, row.digest, row.companyId ?? '', row.name, row.firstFolder, row.companyFactsFile, JSON.stringify(row.listings), row.units, row.forms, JSON.stringify(row.setAside), row.factCount,
      row.counts?.disclosures ?? null, row.counts?.checks ?? null, row.counts?.failedChecks ?? null],
  );
}

export async function deleteCatalogRows(pool: pg.Pool, ciks: readonly string[]): Promise<void> {
  if (ciks.length) await pool.query('delete from company_catalog where company_cik = any($1)', [ciks]);
}
