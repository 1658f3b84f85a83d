import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreServing } from '../../src/server/serve-store.js';
import { DERIVATION_VERSION, sourceDigest } from '../../src/store/catalog.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { testDatabase } from '../store/helpers.js';
import { repoRoot } from '../xbrl/helpers.js';

/**
 * Derived rows (catalog, search rows, slice parts, metric verdicts) are keyed by the digest of
 * a company's sources; DERIVATION_VERSION is part of it, so bumping it derives every company
 * again, while version 1 keeps the digests stores were derived under before it existed.
 */
describe('the derivation version in the digest derived rows are keyed by', () => {
  const hashes = 'companyfacts:abc,xbrl-filing:def';
  const stamp = '/filings/0000320193/companyfacts.json:123:456';

  it('leaves the digests of stores derived before it unchanged at version 1', () => {
    const before = createHash('sha256').update(hashes).update('\n').update(stamp).digest('base64url').slice(0, 22);
    expect(sourceDigest(hashes, stamp, 1)).toBe(before);
    expect(DERIVATION_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('changes every digest when bumped, and only then', () => {
    expect(sourceDigest(hashes, stamp, 2)).not.toBe(sourceDigest(hashes, stamp, 1));
    expect(sourceDigest(hashes, stamp, 3)).not.toBe(sourceDigest(hashes, stamp, 2));
    expect(sourceDigest(hashes, stamp)).toBe(sourceDigest(hashes, stamp, DERIVATION_VERSION));
    expect(sourceDigest('', '', 2)).not.toBe(sourceDigest('', '', 1));
  });
});

/**
 * The guard for DERIVATION_VERSION: the rows a store derives from a fixed set of documents
 * (three XBRL fixtures, one of them with an extension capital expenditure concept, and a
 * hand-written companyfacts file with quarters to derive and a revision), fingerprinted table
 * by table and recorded in derivation-fingerprint.json with the version they were derived
 * under. A change to the builders, the metric rules, the search rows or their prepared answers
 * that changes what is derived from the same documents changes a fingerprint: then bump
 * DERIVATION_VERSION (src/store/catalog.ts), so that stores derive every company again, and
 * record the new fingerprints with `RECORD_DERIVATION=1 npx vitest run
 * test/integrity/derivation-version.test.ts`. Recording refuses to replace the fingerprints of
 * the version they were recorded under (it adds those of a derived table new to the record).
 */
const RECORD = new URL('./derivation-fingerprint.json', import.meta.url);
/** The tables of rows derived from a company's documents (keyed by its digest), and the columns that are keys, not what was derived. */
const DERIVED: Record<string, string[]> = {
  company_catalog: ['digest'],
  search_documents: [],
  search_ranks: [],
  search_labels: [],
  search_words: [],
  search_companies: ['digest', 'views'],
  slice_parts: ['digest'],
  metric_extensions: ['digest'],
};
/** Every other table of the store, and why it is not derived. A new table must be named in one of the two. */
const NOT_DERIVED: Record<string, string> = {
  schema_migrations: 'the migrations applied',
  store_state: "the store's generation",
  documents: 'ingested: the reader\'s output, keyed by the content hash of the files',
  facts: 'ingested with their document',
  facts_v3: 'a migration\'s staging table, empty',
};

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A FILINGS_DIR of the fixtures and an empty curated data folder (curated data is not keyed by the digest: it must not move the fingerprints). */
function fixtureFolders(): { filings: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'derivation-'));
  made.push(dir);
  const filings = join(dir, 'filings');
  for (const [from, to] of [['test/fixtures/xbrl/basic', 'xbrl/basic'], ['test/fixtures/metrics/ecc-10-k-2021', 'xbrl/ecc-10-k-2021'], ['test/fixtures/metrics/ecc-10-k-2022', 'xbrl/ecc-10-k-2022'], ['test/fixtures/derivation/companyfacts/7654321', '7654321']]) {
    cpSync(join(repoRoot, from), join(filings, to), { recursive: true });
  }
  mkdirSync(join(dir, 'data', 'companies'), { recursive: true });
  return { filings, data: join(dir, 'data') };
}

describe('what a store derives from a fixed set of documents', () => {
  it('is what was recorded under DERIVATION_VERSION: a change to it must bump the version', async () => {
    const { pool } = await testDatabase();
    const { filings, data } = fixtureFolders();
    const report = await ingestFilings(pool, filings);
    expect(report.failed).toEqual([]);
    expect(report.ingested).toHaveLength(4);
    const serving = await StoreServing.open(pool, { dataDir: data, filingsDir: filings });
    expect((await serving.snapshot()).refreshed.sort()).toEqual(['0000123456', '0000999001', '0007654321']);

    const tables = (await pool.query<{ tablename: string }>("select tablename from pg_tables where schemaname = current_schema() order by 1")).rows.map((r) => r.tablename);
    const unknown = tables.filter((t) => !(t in DERIVED) && !(t in NOT_DERIVED));
    expect(unknown, 'tables neither DERIVED nor NOT_DERIVED in this file: say which, and why').toEqual([]);

    const fingerprints: Record<string, string> = {};
    const rowCounts: Record<string, number> = {};
    for (const [table, keys] of Object.entries(DERIVED)) {
      const rows = (await pool.query<{ r: string }>(`select (to_jsonb(t) - $1::text[])::text as r from ${table} t`, [keys])).rows.map((row) => row.r.split(filings).join('$FILINGS_DIR'));
      rows.sort();
      rowCounts[table] = rows.length;
      fingerprints[table] = createHash('sha256').update(rows.join('\n')).digest('base64url').slice(0, 22);
    }
    // Every kind of derived row is there to fingerprint.
    for (const [table, n] of Object.entries(rowCounts)) expect(n, table).toBeGreaterThan(0);
    expect((await pool.query(`select count(*)::int as n from metric_extensions where verdicts::text like '%"concept"%'`)).rows[0].n).toBeGreaterThan(0);

    const recorded = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as { derivationVersion: number; tables: Record<string, string> }) : null;
    const changed = Object.keys(fingerprints).filter((t) => recorded?.tables[t] !== fingerprints[t]);
    const howToRecord = 'RECORD_DERIVATION=1 npx vitest run test/integrity/derivation-version.test.ts';
    // A derived table new to the record (its migration fills it for existing stores) is recorded under the same version.
    const unrecorded = changed.filter((t) => recorded?.tables[t] === undefined);
    if (process.env.RECORD_DERIVATION === '1' && changed.length) {
      if (recorded?.derivationVersion === DERIVATION_VERSION && changed.some((t) => !unrecorded.includes(t))) {
        throw new Error(`The rows derived from the fixtures changed (${changed.join(', ')}) under DERIVATION_VERSION ${DERIVATION_VERSION}, whose fingerprints are recorded: bump DERIVATION_VERSION in src/store/catalog.ts first, so that stores derive every company again`);
      }
      writeFileSync(RECORD, `${JSON.stringify({ derivationVersion: DERIVATION_VERSION, rows: rowCounts, tables: fingerprints }, null, 2)}\n`);
      return;
    }
    expect(recorded, `no fingerprints recorded: ${howToRecord}`).not.toBeNull();
    if (recorded!.derivationVersion !== DERIVATION_VERSION) {
      expect.fail(`DERIVATION_VERSION is ${DERIVATION_VERSION} but the fingerprints were recorded under ${recorded!.derivationVersion}: record them (${howToRecord})`);
    }
    if (unrecorded.length) expect.fail(`Derived tables without recorded fingerprints (${unrecorded.join(', ')}): record them (${howToRecord})`);
    if (changed.length) {
      expect.fail(
        `What a store derives from the same documents changed (${changed.join(', ')}), and DERIVATION_VERSION did not: stores would keep serving rows derived by the former code. ` +
          `Bump DERIVATION_VERSION in src/store/catalog.ts, then record the new fingerprints (${howToRecord}).`,
      );
    }
  }, 60_000);
});
