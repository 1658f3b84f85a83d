/**
 * Reads back what ingest stored: each filing exactly as the reader returned it (see
 * filing-codec.ts), and the store's generation.
 */
import type pg from 'pg';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { decodeFiling, type FactRow } from './filing-codec.js';
import { groupBy } from '../domain/group-by.js';
import { inTransaction, SNAPSHOT } from './transaction.js';

export interface StoredFilings {
  /** The FILINGS_DIR the filings were read under (their common folder when several were used). */
  root: string;
  list: XbrlFiling[];
  generation: number;
}

export async function storeGeneration(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ generation: string }>('select generation from store_state where id = 1');
  return Number(rows[0].generation);
}

/** A fact row as selected from `facts` (snake_case, as PostgreSQL names the columns). */
export interface FactRecord {
  seq: number;
  concept: string;
  context_index: number;
  unit_index: number | null;
  value: string | null;
  decimals: string | null;
  element_id: string | null;
  line: number | null;
  extra: unknown;
}

/** A selected row as the codec takes it. */
export const toRow = (r: FactRecord): FactRow => ({
  seq: r.seq,
  concept: r.concept,
  contextIndex: r.context_index,
  unitIndex: r.unit_index,
  value: r.value,
  decimals: r.decimals,
  elementId: r.element_id,
  line: r.line,
  periodStart: null,
  periodEnd: null,
  dimensional: false,
  unit: null,
  extra: r.extra,
});

/** One stored filing by its key, or null. */
export async function readStoredFiling(pool: pg.Pool, cik: string, contentSha256: string): Promise<XbrlFiling | null> {
  const doc = await pool.query<{ id: string; reader: unknown }>('select id, reader from documents where company_cik = $1 and content_sha256 = $2', [cik, contentSha256]);
  if (doc.rowCount === 0) return null;
  const facts = await pool.query<FactRecord>(
    'select seq, concept, context_index, unit_index, value, decimals, element_id, line, extra from facts where company_cik = $1 and document_id = $2 order by seq',
    [cik, doc.rows[0].id],
  );
  return decodeFiling(doc.rows[0].reader, facts.rows.map(toRow));
}

/** Every stored XBRL filing, read in one snapshot (a REPEATABLE READ transaction), so an ingest running meanwhile is seen whole or not at all. */
export async function readStoredFilings(pool: pg.Pool): Promise<StoredFilings> {
  const { generation, docs, facts } = await inTransaction(
    pool,
    async (client) => ({
      generation: Number((await client.query<{ generation: string }>('select generation from store_state where id = 1')).rows[0].generation),
      docs: await client.query<{ company_cik: string; id: string; root: string; reader: unknown }>(
        `select company_cik, id, root, reader from documents where kind = 'xbrl-filing' order by folder collate "C"`,
      ),
      facts: await client.query<FactRecord & { company_cik: string; document_id: string }>(
        "select f.company_cik, f.document_id, seq, concept, context_index, unit_index, value, decimals, element_id, line, extra from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id where d.kind = 'xbrl-filing' order by f.company_cik, f.document_id, seq",
      ),
    }),
    SNAPSHOT,
  );
  const byDoc = groupBy(facts.rows, (r) => `${r.company_cik}/${r.document_id}`);
  const list = docs.rows.map((d) => decodeFiling(d.reader, (byDoc.get(`${d.company_cik}/${d.id}`) ?? []).map(toRow)));
  return { root: commonFolder(docs.rows.map((d) => d.root)), list, generation };
}

export function commonFolder(roots: string[]): string {
  if (roots.length === 0) return '';
  let common = roots[0].split('/');
  for (const r of roots.slice(1)) {
    const parts = r.split('/');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join('/') || '/';
}

/** The stored XBRL filings of one company (by folder, as `readStoredFilings` orders them), read in one snapshot. */
export async function readCompanyFilings(pool: pg.Pool, cik: string): Promise<XbrlFiling[]> {
  const { docs, facts } = await inTransaction(
    pool,
    async (client) => ({
      docs: await client.query<{ id: string; reader: unknown }>(`select id, reader from documents where company_cik = $1 and kind = 'xbrl-filing' order by folder collate "C"`, [cik]),
      facts: await client.query<FactRecord & { document_id: string }>(
        "select f.document_id, seq, concept, context_index, unit_index, value, decimals, element_id, line, extra from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id where f.company_cik = $1 and d.company_cik = $1 and d.kind = 'xbrl-filing' order by f.document_id, seq",
        [cik],
      ),
    }),
    SNAPSHOT,
  );
  const byDoc = groupBy(facts.rows, (r) => r.document_id);
  return docs.rows.map((d) => decodeFiling(d.reader, (byDoc.get(d.id) ?? []).map(toRow)));
}
