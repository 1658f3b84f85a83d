import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFiling, encodeFiling } from '../../src/store/filing-codec.js';
import { ingestFilings } from '../../src/store/ingest.js';
import { readStoredFiling, readStoredFilings } from '../../src/store/read-store.js';
import { findFilings, readFiling } from '../../src/xbrl/index.js';
import type { XbrlFiling } from '../../src/xbrl/xbrl-filing.js';
import { FIXTURES, SHARED_XBRL, sharedExists } from '../xbrl/helpers.js';
import { testDatabase } from './helpers.js';

if (!sharedExists) console.warn(`Skipping the store round trip of the shared filings: ${SHARED_XBRL} is absent.`);

/** A fact's context and unit are the filing's own objects, and a duplicate's facts are facts of the filing: the graph builder relies on it. */
function expectSharedReferences(f: XbrlFiling): void {
  const facts = new Set(f.facts);
  const contexts = new Set(f.contexts ?? []);
  for (const fact of f.facts) if (f.contexts) expect(contexts.has(fact.context)).toBe(true);
  for (const d of f.duplicates) for (const fact of d.facts) expect(facts.has(fact)).toBe(true);
}

/** The filing as text with Maps and Sets spelled out: equal only when every key is in the same order too (the graph iterates in that order). */
const ordered = (f: XbrlFiling) => JSON.stringify(f, (_k, v) => (v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v));

describe('the reader output through the store', () => {
  it('round-trips fields the store does not know, with their references (what other readers add)', () => {
    const filing = readFiling(join(FIXTURES, 'basic'));
    const [a, b] = filing.facts;
    // As an Inline XBRL reader might add them: a location on a fact, and footnotes pointing at facts.
    Object.assign(a, { location: { document: 'x.htm', start: 10, end: 20 }, $odd: 1 });
    const extended = Object.assign(filing, { footnotes: [{ id: 'fn1', text: 'Note', facts: [a, b] }], byConcept: new Map([[a.concept, new Set([a])]]) }) as XbrlFiling;
    const back = decodeFiling(JSON.parse(JSON.stringify(encodeFiling(extended).reader)), encodeFiling(extended).facts);
    expect(back).toEqual(extended);
    const footnotes = (back as unknown as { footnotes: { facts: unknown[] }[] }).footnotes;
    expect(footnotes[0].facts[0]).toBe(back.facts[0]);
    expect((back as unknown as { byConcept: Map<string, Set<unknown>> }).byConcept.get(a.concept)!.has(back.facts[0])).toBe(true);
    expectSharedReferences(back);
  });

  it('stores every fixture filing and reads it back deep-equal, facts as exact strings', async () => {
    const { pool } = await testDatabase();
    const report = await ingestFilings(pool, FIXTURES);
    const readable = report.ingested.map((i) => i.folder);
    expect(readable.length).toBeGreaterThan(0);
    // The fixtures include broken filings on purpose: each is reported, none stops the rest.
    expect(report.ingested.length + report.failed.length).toBe(findFilings(FIXTURES).length);
    const { rows } = await pool.query<{ company_cik: string; content_sha256: string; folder: string }>('select company_cik, content_sha256, folder from documents');
    for (const row of rows) {
      const stored = await readStoredFiling(pool, row.company_cik, row.content_sha256);
      const read = readFiling(row.folder);
      expect(stored).toEqual(read);
      expect(ordered(stored!)).toBe(ordered(read));
      expectSharedReferences(stored!);
    }
  });

  it.skipIf(!sharedExists)('stores the six shared SEC filings and reads each back deep-equal to the reader', async () => {
    const { pool } = await testDatabase();
    const report = await ingestFilings(pool, SHARED_XBRL);
    expect(report.failed).toEqual([]);
    expect(report.ingested).toHaveLength(readdirSync(SHARED_XBRL, { withFileTypes: true }).filter((e) => e.isDirectory()).length);
    const stored = await readStoredFilings(pool);
    expect(stored.root).toBe(SHARED_XBRL);
    expect(stored.list.map((f) => f.folder)).toEqual(findFilings(SHARED_XBRL));
    for (const filing of stored.list) {
      const read = readFiling(filing.folder);
      expect(filing).toEqual(read);
      expect(ordered(filing)).toBe(ordered(read));
      expectSharedReferences(filing);
    }
    // Exact decimal strings, and SQL can read them as numbers.
    const { rows } = await pool.query<{ value: string; amount: string }>("select value, value::numeric::text as amount from facts where concept = 'us-gaap:NetIncomeLoss' and frame is not null limit 5");
    for (const r of rows) expect(r.amount).toBe(r.value);
  }, 90_000); // reads the six shared filings twice: close to 30 s under heavy load
});
