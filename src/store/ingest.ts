/**
 * Ingest: what is new or changed under FILINGS_DIR goes into the store, once. A filing
 * folder is known by the SHA-256 of its files (names and bytes); a folder whose hash the
 * store holds is skipped without being read. Each filing is written in one transaction
 * (its document row, its fact rows, the next store generation): a process killed at any
 * moment leaves it whole or absent. A filing the reader refuses, or whose transaction
 * fails (a constraint, a full disk), is reported and the others go on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type pg from 'pg';
import { findFilings, readFiling } from '../xbrl/index.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { encodeFiling, type FactRow } from './filing-codec.js';

export interface IngestFailure {
  folder: string;
  /** Where it failed: reading (the reader's message names file and element) or storing (the database's reason). */
  stage: 'read' | 'store';
  reason: string;
  /** The error itself, for callers that keep today's reactions to a reader's error. */
  error: unknown;
}

export interface IngestReport {
  found: number;
  unchanged: number;
  ingested: { folder: string; cik: string; facts: number }[];
  failed: IngestFailure[];
  facts: number;
  /** Seconds spent reading (parsing) and writing. */
  readSeconds: number;
  writeSeconds: number;
}

/** SHA-256 over the folder's files (not its subfolders, which are other filings): name, size, bytes. */
export function folderHash(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Rows per INSERT … SELECT FROM unnest(…) statement. */
const BATCH = 5000;

/** Writes one read filing in one transaction; returns its fact count. Exported for the bench and the fault tests. */
export async function storeFiling(pool: pg.Pool, filing: XbrlFiling, root: string, contentSha256: string): Promise<number> {
  const { reader, facts } = encodeFiling(filing);
  const cik = filing.cover.cik;
  const client = await pool.connect();
  try {
    await client.query('begin');
    // A changed folder replaces what the store read from it before.
    await client.query('delete from documents where folder = $1 and content_sha256 <> $2', [filing.folder, contentSha256]);
    const { rows } = await client.query<{ generation: string }>('update store_state set generation = generation + 1 where id = 1 returning generation');
    await client.query(
      `insert into documents (company_cik, content_sha256, kind, folder, root, accession_number, form, period_end, reader, fact_count, generation)
       values ($1, $2, 'xbrl-filing', $3, $4, $5, $6, $7, $8, $9, $10)`,
      [cik, contentSha256, filing.folder, root, filing.metadata?.accessionNumber ?? null, filing.cover.documentType, /^\d{4}-\d{2}-\d{2}$/.test(filing.cover.periodEndDate) ? filing.cover.periodEndDate : null, JSON.stringify(reader), facts.length, rows[0].generation],
    );
    for (let i = 0; i < facts.length; i += BATCH) await insertFacts(client, cik, contentSha256, facts.slice(i, i + BATCH));
    await client.query('commit');
    return facts.length;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** One multi-row insert: each column as one array parameter, unnested together. */
export async function insertFacts(client: pg.PoolClient, cik: string, sha: string, rows: readonly FactRow[]): Promise<void> {
  const col = <T>(f: (r: FactRow) => T) => rows.map(f);
  await client.query(
    `insert into facts (company_cik, content_sha256, seq, concept, context_index, unit_index, value, decimals, element_id, line, period_start, period_end, dimensional, unit, extra)
     select $1, $2, * from unnest($3::int[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::int[], $11::date[], $12::date[], $13::boolean[], $14::text[], $15::json[])`,
    [
      cik,
      sha,
      col((r) => r.seq),
      col((r) => r.concept),
      col((r) => r.contextIndex),
      col((r) => r.unitIndex),
      col((r) => r.value),
      col((r) => r.decimals),
      col((r) => r.elementId),
      col((r) => r.line),
      col((r) => r.periodStart),
      col((r) => r.periodEnd),
      col((r) => r.dimensional),
      col((r) => r.unit),
      col((r) => (r.extra === null ? null : JSON.stringify(r.extra))),
    ],
  );
}

/** Takes every new or changed filing under `filingsDir` into the store. */
export async function ingestFilings(pool: pg.Pool, filingsDir: string, log: (line: string) => void = () => undefined): Promise<IngestReport> {
  const root = resolve(filingsDir);
  const folders = findFilings(root);
  const hashes = folders.map((f) => folderHash(f));
  const { rows } = await pool.query<{ content_sha256: string }>('select content_sha256 from documents where content_sha256 = any($1)', [hashes]);
  const known = new Set(rows.map((r) => r.content_sha256));
  const report: IngestReport = { found: folders.length, unchanged: 0, ingested: [], failed: [], facts: 0, readSeconds: 0, writeSeconds: 0 };
  for (let i = 0; i < folders.length; i++) {
    const folder = folders[i];
    if (known.has(hashes[i])) {
      report.unchanged++;
      continue;
    }
    let filing: XbrlFiling;
    const t0 = performance.now();
    try {
      filing = readFiling(folder);
    } catch (error) {
      report.failed.push({ folder, stage: 'read', reason: (error as Error).message, error });
      continue;
    } finally {
      report.readSeconds += (performance.now() - t0) / 1000;
    }
    const t1 = performance.now();
    try {
      const n = await storeFiling(pool, filing, root, hashes[i]);
      known.add(hashes[i]);
      report.ingested.push({ folder, cik: filing.cover.cik, facts: n });
      report.facts += n;
      log(`Ingested ${folder} (${n} facts)`);
    } catch (error) {
      report.failed.push({ folder, stage: 'store', reason: (error as Error).message, error });
      log(`Not ingested ${folder}: ${(error as Error).message}`);
    } finally {
      report.writeSeconds += (performance.now() - t1) / 1000;
    }
  }
  return report;
}
