import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAllCompanyFacts, readCompanyFacts } from '../../src/companyfacts/read-company-facts.js';
import { D } from '../../src/domain/decimal.js';
import { frameIndex, frameOf } from '../../src/domain/frames/frames.js';
import { framePicksSql, selectFrame } from '../../src/store/frame-sql.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { loadStoredGraph } from '../../src/store/load-stored-graph.js';
import { readStoredCompanyFacts } from '../../src/store/read-companyfacts.js';
import { companyFactsExist, filingsDir } from '../companyfacts/helpers.js';
import { SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

if (!companyFactsExist) console.warn('Skipping the store tests over the shared companyfacts: ../shared/edgar is absent.');

/** A companyfacts file whose values a double cannot hold, written as SEC writes numbers. */
function exactValuesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-companyfacts-'));
  made.push(dir);
  mkdirSync(join(dir, '1234567'));
  const record = (val: string, end: string, frame?: string) =>
    `{"end":"${end}","val":${val},"accn":"0001234567-24-000001","fy":2024,"fp":"FY","form":"10-K","filed":"2024-02-01"${frame ? `,"frame":"${frame}"` : ''}}`;
  writeFileSync(
    join(dir, '1234567', 'companyfacts.json'),
    `{"cik":1234567,"entityName":"Exact\\tValues\\\\Inc.\\nLine","facts":{"us-gaap":{"Assets":{"label":"Assets","description":"Tab\\there","units":{"USD":[` +
      [record('12345678901234567', '2023-12-31', 'CY2023Q4I'), record('1.5E9', '2022-12-31'), record('-0.000000123456789012345678', '2021-12-31'), record('100.10', '2020-12-31')].join(',') +
      `],"EUR":[]}},"Empty":{"label":null,"units":{}}}}}`,
  );
  return dir;
}

describe('companyfacts in the store', () => {
  it('reads back exactly what the reader returns, values a double cannot hold included; a second ingest stores nothing', async () => {
    const { pool } = await testDatabase();
    const dir = exactValuesFolder();
    const report = await ingestFilings(pool, dir);
    expect(report.ingested.map((i) => [i.kind, i.cik, i.facts])).toEqual([['companyfacts', '0001234567', 4]]);
    const stored = await readStoredCompanyFacts(pool);
    expect(stored).toEqual([readCompanyFacts(join(dir, '1234567', 'companyfacts.json'))]);
    expect(stored[0].concepts[0].units[0].records.map((r) => r.value)).toEqual(['12345678901234567', '1500000000', '-0.000000123456789012345678', '100.1']);
    expect(await readStoredCompanyFacts(pool, '0000000001')).toEqual([]);
    const again = await ingestFilings(pool, dir);
    expect([again.ingested.length, again.unchanged]).toEqual([0, 1]);
    // A changed file replaces the stored one.
    const file = join(dir, '1234567', 'companyfacts.json');
    writeFileSync(file, (await import('node:fs')).readFileSync(file, 'utf8').replace('100.10', '100.20'));
    expect((await ingestFilings(pool, dir)).ingested).toHaveLength(1);
    expect((await readStoredCompanyFacts(pool))[0].concepts[0].units[0].records[3].value).toBe('100.2');
    expect((await pool.query("select count(*)::int as n from documents where kind = 'companyfacts'")).rows[0].n).toBe(1);
  });

  describe.skipIf(!companyFactsExist || !sharedExists)('with the shared companyfacts and two shared filings', () => {
    // One store for the three tests, made on first use (never when the shared data is absent and they are skipped).
    let made1: Promise<{ pool: import('pg').Pool; dir: string; report: Awaited<ReturnType<typeof ingestFilings>> }> | undefined;
    const shared = () =>
      (made1 ??= (async () => {
        const { pool } = await testDatabase();
        // Two of the six shared filings keep the test short: Apple's 2023 10-K (its facts and its companyfacts records meet) and Netflix's 10-Q (a company known from a filing only).
        const dir = filingsDir(false);
        made.push(dir);
        for (const name of ['aapl-10-k-2023', 'nflx-10-q-2024-q3']) cpSync(join(SHARED_XBRL, name), join(dir, 'xbrl', name), { recursive: true });
        // Read ahead in the worker thread (below READ_AHEAD_MIN it is not the default): what it prepares must read back deep-equal too.
        const report = await ingestFilings(pool, dir, undefined, 'copy', { readAhead: true });
        return { pool, dir, report };
      })());

    it('stores both companies\' companyfacts and reads them back deep-equal to the reader, every exact value included', async () => {
      const { pool, dir, report } = await shared();
      expect(report.failed).toEqual([]);
      expect(report.ingested.filter((i) => i.kind === 'companyfacts').map((i) => i.cik).sort()).toEqual(['0000320193', '0001045810']);
      const fromFiles = readAllCompanyFacts(dir).read;
      expect(await readStoredCompanyFacts(pool)).toEqual(fromFiles);
      expect(await readStoredCompanyFacts(pool, '0001045810')).toEqual(fromFiles.filter((cf) => cf.cik === '0001045810'));
      const records = fromFiles.reduce((n, cf) => n + cf.recordCount, 0);
      expect((await pool.query("select count(*)::int as n from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id where kind = 'companyfacts'")).rows[0].n).toBe(records);
    }, 120_000); // waits for the shared ingest (two filings read, two companyfacts)

    it('picks, in SQL, the same fact as the in-memory frames for every concept, unit and calendar period of the store', async () => {
      const { pool, dir } = await shared();
      const { graph } = await loadStoredGraph(pool, undefined, undefined, dir);
      const stored = new Set((await pool.query<{ company_cik: string }>('select distinct company_cik from documents')).rows.map((r) => r.company_cik));
      // Every frame the in-memory index holds for the stored companies.
      const index = frameIndex(graph);
      const inMemory = new Map<string, string>();
      for (const company of graph.companies) {
        if (!stored.has(company.cik ?? '')) continue;
        for (const concept of company.concepts) {
          for (const item of concept.lineItems) {
            for (const fact of item.facts) {
              if (fact.origin !== 'PRINTED' || fact.dimensions.length > 0 || fact.translationOf) continue;
              const fit = frameOf(fact.period.startDate, fact.period.endDate);
              const key = fit && `${company.cik}|${concept.name}|${fact.unit}|${fit.name}`;
              if (!key || inMemory.has(key)) continue;
              const picked = index.frame(concept.name, fact.unit, fit.name).find((f) => f.company === company)!;
              inMemory.set(key, `${picked.fact.disclosure.accessionNumber} ${picked.fact.period.startDate}..${picked.fact.period.endDate} ${new D(picked.fact.value).toFixed()}`);
            }
          }
        }
      }
      const { rows } = await pool.query(framePicksSql('f.frame is not null', 'f.company_cik, f.concept, f.unit, f.frame'));
      const inSql = new Map(rows.map((r) => [`${r.cik}|${r.concept}|${r.unit}|${r.frame}`, `${r.accession_number} ${r.period_start}..${r.period_end} ${new D(r.value).toFixed()}`]));
      expect(inMemory.size).toBeGreaterThan(20_000);
      const differences = [...new Set([...inMemory.keys(), ...inSql.keys()])].filter((k) => inMemory.get(k) !== inSql.get(k)).map((k) => `${k}: memory ${inMemory.get(k)}, SQL ${inSql.get(k)}`);
      expect(differences.slice(0, 10)).toEqual([]);
      expect(inSql.size).toBe(inMemory.size);
    }, 120_000); // builds the graph of two filings and 51,482 companyfacts records

    it('selectFrame pages a frame by value or company with its total, as the frame query does', async () => {
      const { pool } = await shared();
      const all = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'COMPANY', limit: 10, offset: 0 });
      expect(all.totalCount).toBe(2);
      expect(all.rows.map((r) => r.cik)).toEqual(['0000320193', '0001045810']);
      expect(all.rows[0]).toMatchObject({ periodStart: null, periodEnd: '2023-09-30' });
      // Each pick names its stored row: the document by number and by content hash, the same document.
      for (const r of all.rows) {
        const doc = (await pool.query('select content_sha256 from documents where company_cik = $1 and id = $2', [r.cik, r.documentId])).rows[0];
        expect(doc?.content_sha256).toBe(r.contentSha256);
        expect((await pool.query('select value from facts where company_cik = $1 and document_id = $2 and seq = $3', [r.cik, r.documentId, r.seq])).rows[0].value).toBe(r.value);
      }
      const largest = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'cy2023q3i', unit: 'USD', order: 'VALUE_DESC', limit: 1, offset: 0 });
      expect(largest.totalCount).toBe(2);
      expect(largest.rows.map((r) => r.cik)).toEqual(['0000320193']);
      const smallest = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'VALUE_ASC', limit: 1, offset: 0 });
      expect(smallest.rows.map((r) => r.cik)).toEqual(['0001045810']);
      expect(Number(smallest.rows[0].value)).toBeLessThan(Number(largest.rows[0].value));
      const past = await selectFrame(pool, { concept: 'us-gaap:Assets', frame: 'CY2023Q3I', unit: 'USD', order: 'COMPANY', limit: 5, offset: 5 });
      expect(past).toEqual({ totalCount: 2, rows: [] });
      expect(await selectFrame(pool, { concept: 'us-gaap:NoSuchConcept', frame: 'CY2023', unit: 'USD', order: 'COMPANY', limit: 5, offset: 0 })).toEqual({ totalCount: 0, rows: [] });
      await expect(selectFrame(pool, { concept: 'us-gaap:Assets', frame: '2023Q3', unit: 'USD', order: 'COMPANY', limit: 5, offset: 0 })).rejects.toThrow(/not a calendar period/);
    });
  });
});
