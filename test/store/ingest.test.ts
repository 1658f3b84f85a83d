import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderHash, ingestFilings, prepareFiling, readSource, type IngestSource, type PreparedDocument } from '../../src/store/ingest.js';
import { ReadPool } from '../../src/store/read-pool.js';
import { readFiling } from '../../src/xbrl/index.js';
import { storeGeneration } from '../../src/store/read-store.js';
import { FIXTURES, repoRoot, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder of `n` copies of the basic fixture filing, each its own filing (its own folder and bytes). */
function filingsFolder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-ingest-'));
  made.push(dir);
  for (let i = 0; i < n; i++) {
    const to = join(dir, `copy-${String(i).padStart(3, '0')}`);
    cpSync(join(FIXTURES, 'basic'), to, { recursive: true });
    writeFileSync(join(to, 'notes.txt'), `copy ${i}\n`);
  }
  return dir;
}

/** Every stored document has exactly the facts its row counts: whole, or (no row) absent. */
async function expectWholeOrAbsent(pool: import('pg').Pool): Promise<number> {
  const { rows } = await pool.query<{ folder: string; fact_count: number; n: string }>(
    'select d.folder, d.fact_count, (select count(*) from facts f where f.company_cik = d.company_cik and f.document_id = d.id) as n from documents d',
  );
  for (const r of rows) expect(Number(r.n), r.folder).toBe(r.fact_count);
  const orphans = await pool.query("select count(*)::int as n from facts f where not exists (select 1 from documents d where d.company_cik = f.company_cik and d.id = f.document_id)");
  expect(orphans.rows[0].n).toBe(0);
  return rows.length;
}

describe('ingest', () => {
  it('takes each filing once: a second run with nothing new ingests nothing; a changed folder replaces its filing', async () => {
    const { pool } = await testDatabase();
    const dir = filingsFolder(3);
    const first = await ingestFilings(pool, dir);
    expect(first.ingested).toHaveLength(3);
    const generation = await storeGeneration(pool);
    const again = await ingestFilings(pool, dir);
    expect(again.ingested).toHaveLength(0);
    expect(again.unchanged).toBe(3);
    expect(await storeGeneration(pool)).toBe(generation);
    writeFileSync(join(dir, 'copy-001', 'notes.txt'), 'changed\n');
    const changed = await ingestFilings(pool, dir);
    expect(changed.ingested.map((i) => i.folder)).toEqual([join(dir, 'copy-001')]);
    expect(await storeGeneration(pool)).toBeGreaterThan(generation);
    const { rows } = await pool.query('select folder from documents order by folder');
    expect(rows.map((r) => r.folder)).toEqual([0, 1, 2].map((i) => join(dir, `copy-00${i}`)));
    // The replaced filing's facts went with it (ingest deletes them: no foreign key since migration 0040).
    expect(await expectWholeOrAbsent(pool)).toBe(3);
  });

  it('rolls back a filing the database refuses (a constraint), reports why, and stores the others', async () => {
    const { pool } = await testDatabase();
    const dir = filingsFolder(3);
    // The second copy's facts are refused (a trigger raising for its document's facts): its document row was written first, in the same transaction.
    writeFileSync(join(dir, 'copy-001', 'notes.txt'), 'refused\n');
    const refused = (await import('../../src/store/ingest.js')).folderHash(join(dir, 'copy-001'));
    await pool.query(`create function refuse_one() returns trigger language plpgsql as $$ begin
        if exists (select 1 from documents d where d.company_cik = new.company_cik and d.id = new.document_id and d.content_sha256 = '${refused}') then raise exception 'refuse_one: % refused', new.document_id; end if;
        return new; end $$;
      create trigger refuse_one before insert on facts for each row execute function refuse_one()`);
    const report = await ingestFilings(pool, dir);
    expect(report.ingested.map((i) => i.folder)).toEqual([join(dir, 'copy-000'), join(dir, 'copy-002')]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ folder: join(dir, 'copy-001'), stage: 'store' });
    expect(report.failed[0].reason).toMatch(/refuse_one/);
    expect(await expectWholeOrAbsent(pool)).toBe(2);
  });

  it('reports an unreadable filing and stores the others', async () => {
    const { pool } = await testDatabase();
    const dir = filingsFolder(2);
    cpSync(join(FIXTURES, 'malformed-xml'), join(dir, 'broken'), { recursive: true });
    const report = await ingestFilings(pool, dir);
    expect(report.ingested).toHaveLength(2);
    expect(report.failed.map((f) => [f.folder, f.stage])).toEqual([[join(dir, 'broken'), 'read']]);
  });

  it.skipIf(!sharedExists)('prepares each filing in reader threads exactly as in this thread, and as from the reader with its strings copied; one it cannot read comes back unread', async () => {
    const root = SHARED_XBRL;
    const folders = [join(root, 'aapl-10-q-2023-q3'), join(FIXTURES, 'malformed-xml'), join(FIXTURES, 'basic')];
    const sources: IngestSource[] = folders.map((folder) => ({ kind: 'xbrl-filing', folder, path: folder, hash: folderHash(folder) }));
    const ids = ['11', '12', '13'];
    const threads = new ReadPool<IngestSource, PreparedDocument>(sources, root, ids, () => true, 2);
    try {
      for (const [i, source] of sources.entries()) {
        const read = await threads.take(i);
        if (source.folder.endsWith('malformed-xml')) {
          // ingestFilings then reads it in this thread, for the reader's own error.
          expect(read.doc).toBeNull();
          continue;
        }
        const here = readSource(source, root, ids[i]);
        // Every byte the transaction sends: the document row, the reader's json, the COPY text.
        expect(read.doc, source.folder).toEqual(here);
        expect(prepareFiling(readFiling(source.path), root, source.hash, ids[i])).toEqual(here);
      }
    } finally {
      await threads.close();
    }
  }, 30_000);

  it('leaves every filing whole or absent when the ingest process is killed (SIGKILL) mid-way, and a restart completes it', async () => {
    const { url, pool } = await testDatabase();
    const dir = sharedExists ? SHARED_XBRL : filingsFolder(12);
    const env = { ...process.env, DATABASE_URL: url, FILINGS_DIR: dir };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/store/ingest-main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Killed while a filing's facts are being written: as soon as the first document row is visible, the next filing is in flight.
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 600; i++) {
      const { rows } = await pool.query('select count(*)::int as n from documents');
      if (rows[0].n >= 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const afterKill = await expectWholeOrAbsent(pool);
    expect(afterKill).toBeGreaterThanOrEqual(1);
    expect(afterKill).toBeLessThan(sharedExists ? 6 : 12);
    const restart = spawnSync(process.execPath, ['--import', 'tsx', 'src/store/ingest-main.ts'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 120_000 });
    expect(restart.status, restart.stderr).toBe(0);
    expect(restart.stdout).toMatch(new RegExp(`${afterKill} unchanged`));
    const total = await expectWholeOrAbsent(pool);
    expect(total).toBe(sharedExists ? 6 : 12);
  }, 120_000); // two ingest processes reading the six shared filings: about 20 s on a busy machine, more under heavy load
});

describe('migration 0003 (facts keyed by a document number)', () => {
  it('migrates a store made before it in place: every fact kept, under its document\'s new number', async () => {
    const { adminUrl } = await import('./helpers.js');
    const pg = (await import('pg')).default;
    const { migrate, MIGRATIONS_DIR } = await import('../../src/store/migrate.js');
    const name = `t_m3_${process.pid}`;
    const admin = new pg.Client(adminUrl());
    await admin.connect();
    await admin.query(`create database ${name}`);
    const pool = new pg.Pool({ connectionString: adminUrl().replace(/\/postgres$/, `/${name}`), max: 2 });
    // The database is dropped WITH (FORCE) at the end: a connection still closing then hears "terminating connection", which is expected.
    pool.on('error', () => undefined);
    try {
      const before = mkdtempSync(join(tmpdir(), 'store-migrations-'));
      made.push(before);
      for (const f of ['0001_documents_and_facts.sql', '0002_companyfacts_and_frames.sql']) cpSync(join(MIGRATIONS_DIR, f), join(before, f));
      await migrate(pool, before);
      const sha = (i: number) => String(i).repeat(64);
      for (const [cik, i] of [['0000000001', 1], ['0000000001', 2], ['0000000002', 3]] as const) {
        await pool.query(`insert into documents (company_cik, content_sha256, kind, folder, root, reader, fact_count, generation) values ($1, $2, 'xbrl-filing', $3, '/', '{}', 2, 1)`, [cik, sha(i), `/f${i}`]);
        for (const seq of [0, 1]) await pool.query(`insert into facts (company_cik, content_sha256, seq, concept, context_index, value, dimensional) values ($1, $2, $3, 'c', 0, $4, false)`, [cik, sha(i), seq, `${i}.${seq}`]);
      }
      expect(await migrate(pool)).toContain('0003_document_ids.sql');
      const { rows } = await pool.query<{ content_sha256: string; values: string }>(
        `select d.content_sha256, string_agg(f.value, ',' order by f.seq) as values from documents d join facts f on f.company_cik = d.company_cik and f.document_id = d.id group by 1 order by 1`,
      );
      expect(rows).toEqual([1, 2, 3].map((i) => ({ content_sha256: sha(i), values: `${i}.0,${i}.1` })));
      const columns = (await pool.query("select attname from pg_attribute where attrelid = 'facts'::regclass and attnum > 0 and not attisdropped")).rows.map((r) => r.attname);
      expect(columns).toContain('document_id');
      expect(columns).not.toContain('content_sha256');
    } finally {
      await pool.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
