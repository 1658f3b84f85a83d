/** Reads back the companyfacts ingest stored: each file exactly as the reader (src/companyfacts/) returned it. */
import type pg from 'pg';
import type { CompanyFacts } from '../companyfacts/read-company-facts.js';
import { decodeCompanyFacts, type CompanyFactRow } from './companyfacts-codec.js';
import { groupBy } from '../domain/group-by.js';
import { inTransaction, SNAPSHOT } from './transaction.js';

/**
 * Every stored companyfacts file, or one company's (`cik`, ten digits), in the order the reader
 * finds them (by path), read in one snapshot so that an ingest running meanwhile is seen whole
 * or not at all.
 */
export async function readStoredCompanyFacts(pool: pg.Pool, cik?: string): Promise<CompanyFacts[]> {
  const which = cik === undefined ? '' : 'and company_cik = $1';
  const params = cik === undefined ? [] : [cik];
  const { docs, facts } = await inTransaction(
    pool,
    async (client) => ({
      docs: await client.query<{ company_cik: string; id: string; reader: unknown }>(
        `select company_cik, id, reader from documents where kind = 'companyfacts' ${which} order by folder collate "C"`,
        params,
      ),
      facts: await client.query<CompanyFactRow & { company_cik: string; document_id: string }>(
        `select f.company_cik, f.document_id, f.concept, f.context_index, f.value, f.period_start::text, f.period_end::text, f.unit, f.extra
         from facts f join documents d on d.company_cik = f.company_cik and d.id = f.document_id
         where d.kind = 'companyfacts' ${which.replace('company_cik', 'd.company_cik')} order by f.company_cik, f.document_id, f.seq`,
        params,
      ),
    }),
    SNAPSHOT,
  );
  const byDoc = groupBy(facts.rows, (r) => `${r.company_cik}/${r.document_id}`);
  return docs.rows.map((d) => decodeCompanyFacts(d.reader, byDoc.get(`${d.company_cik}/${d.id}`) ?? []));
}
