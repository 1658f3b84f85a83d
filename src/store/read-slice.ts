/**
 * A concept slice of a company, read from the store: every stored document of the company, but
 * of each only the facts of the concepts asked and every `dei:` fact (the cover: names,
 * tickers, fiscal focus, amendments), and only the parts of each document's `reader` json the
 * builders read for those facts (PostgreSQL's json operators pick them, so the rest is neither
 * sent nor parsed). Built by the same builders as the whole graph (company-graphs.ts), it is,
 * for those concepts' facts, the whole graph: see `SLICE_SAFE` (src/graphql/company/
 * slice-selection.ts) for what is read from one, and test/store/concept-slices.test.ts.
 *
 * What the builders read across concepts and a slice therefore takes from elsewhere:
 * - a filing's concept declarations, calculation arcs and SEC renderings: those naming an
 *   asked concept (labels, types, the latest filing's calculation weight);
 * - companyfacts accessions' summaries (period of report, currency, first record's form and
 *   dates) and a companyfacts-only company's fiscal year end, which read every record: taken
 *   from the catalog row (`slice_basis`), derived from the whole graph's inputs with the rest
 *   of the row; read in the same snapshot as the documents, and used only while the row's
 *   digest is that of the documents read (else null: the whole graph is built instead).
 * Presentation roles and XBRL footnotes are left out: statements, tables, footnotes and checks
 * of a slice are not the whole graph's, and are never served from one.
 */
import type pg from 'pg';
import type { CompanyFacts } from '../companyfacts/read-company-facts.js';
import type { CompanyFactsBasis, CompanyFactsSlice } from '../domain/companyfacts/build-company-facts.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { catalogSources } from './catalog.js';
import { decodeCompanyFacts, type CompanyFactRow } from './companyfacts-codec.js';
import { decodeFiling, type FactRow } from './filing-codec.js';

/** What a slice needs of the whole graph, per companyfacts file (by its path): kept in the catalog row. */
export interface SliceBasis {
  companyFacts: Record<string, CompanyFactsBasis>;
}

export interface StoredSlice {
  /** Every stored XBRL filing of the company (by folder, as the whole graph reads them), with the slice's facts only. */
  filings: XbrlFiling[];
  companyFacts: CompanyFactsSlice[];
  /** What the whole graph set aside when the catalog row was derived: a slice setting aside others is not used. */
  setAside: SetAsideFiling[];
}

interface DocumentRow {
  key: string;
  kind: string;
  units: unknown;
  /** The `filing` object's small fields (everything but the parts below). */
  rest: Record<string, unknown> | null;
  concepts: unknown[] | null;
  definitions: unknown[] | null;
  calculations: unknown[] | null;
  duplicates: { facts: { $fact: number }[]; consistent: boolean }[] | null;
  /** [index, context] of each context the slice's facts use. */
  contexts: [number, unknown][] | null;
  context_count: number | null;
  /** A companyfacts document's json without its concepts, and the concepts of the slice. */
  cf: Record<string, unknown> | null;
  cf_concepts: unknown[] | null;
}

/** The `filing` fields left out or filtered below; any other field (a reader may add some) comes whole. */
const FILTERED = ['concepts', 'definitions', 'calculations', 'duplicates', 'roles', 'footnotes', 'contexts', 'units', 'facts'];

const SLICE_FACTS = `(f.concept = any($2) or f.concept like 'dei:%')`;

/**
 * The slice of `concepts` of company `cik`, or null when it cannot stand for the whole graph:
 * the catalog row has no basis or was derived from other documents, or the companyfacts are
 * read from a file (FILINGS_DIR) rather than the store. `companyFactsFile`: the company's
 * companyfacts file under FILINGS_DIR, if any (the catalog's digest names it).
 */
export async function readSlice(pool: pg.Pool, cik: string, concepts: readonly string[], companyFactsFile: string | null): Promise<StoredSlice | null> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const catalog = await client.query<{ digest: string; slice_basis: SliceBasis | null; set_aside: SetAsideFiling[] }>('select digest, slice_basis, set_aside from company_catalog where company_cik = $1', [cik]);
    const row = catalog.rows[0];
    if (!row?.slice_basis) return done(client, null);
    const source = (await catalogSources(client, companyFactsFile ? new Map([[cik, companyFactsFile]]) : new Map(), cik)).get(cik);
    if (source?.digest !== row.digest) return done(client, null);
    const docs = await client.query<DocumentRow>(
      `select d.content_sha256 as key, d.kind,
              case when d.kind = 'xbrl-filing' then d.reader->'$units' end as units,
              p.rest, p.concepts, p.definitions, p.calculations, p.duplicates, c.contexts, c.context_count, cf.cf, cf.cf_concepts
         from documents d
         left join lateral (
           select json_object_agg(e.key, e.value) filter (where e.key <> all($3)) as rest,
                  (select json_agg(x) from json_array_elements(max(e.value::text) filter (where e.key = 'concepts')::json->'$map') x where x->>0 = any($2) or x->>0 like 'dei:%') as concepts,
                  (select json_agg(x) from json_array_elements(max(e.value::text) filter (where e.key = 'definitions')::json->'$map') x where x->>0 = any($2)) as definitions,
                  (select json_agg(x) from json_array_elements(max(e.value::text) filter (where e.key = 'calculations')::json) x where x->>'parent' = any($2) or x->>'child' = any($2)) as calculations,
                  max(e.value::text) filter (where e.key = 'duplicates')::json as duplicates
             from json_each(d.reader->'filing') e where d.kind = 'xbrl-filing'
         ) p on true
         left join lateral (
           select json_agg(json_build_array(x.i - 1, x.c)) filter (where x.i - 1 in (select f.context_index from facts f where f.company_cik = d.company_cik and f.content_sha256 = d.content_sha256 and ${SLICE_FACTS})) as contexts,
                  count(*)::int as context_count
             from json_array_elements(d.reader->'$contexts') with ordinality x(c, i) where d.kind = 'xbrl-filing'
         ) c on true
         left join lateral (
           select json_object_agg(e.key, e.value) filter (where e.key <> 'concepts') as cf,
                  (select json_agg(x) from json_array_elements(max(e.value::text) filter (where e.key = 'concepts')::json) x where x->>'name' = any($2) or x->>'taxonomy' = 'dei') as cf_concepts
             from json_each(d.reader) e where d.kind = 'companyfacts'
         ) cf on true
        where d.company_cik = $1 and d.kind in ('xbrl-filing', 'companyfacts')
        order by d.folder collate "C"`,
      [cik, concepts, FILTERED],
    );
    const facts = await client.query<FactRecord>(
      `select f.content_sha256 as key, f.seq, f.concept, f.context_index, f.unit_index, f.value, f.decimals, f.element_id, f.line, f.extra,
              f.period_start::text, f.period_end::text, f.unit
         from facts f where f.company_cik = $1 and ${SLICE_FACTS} order by f.content_sha256, f.seq`,
      [cik, concepts],
    );
    await client.query('commit');
    const byDoc = new Map<string, FactRecord[]>();
    for (const r of facts.rows) {
      const list = byDoc.get(r.key);
      if (list) list.push(r);
      else byDoc.set(r.key, [r]);
    }
    const filings: XbrlFiling[] = [];
    const companyFacts: CompanyFactsSlice[] = [];
    for (const doc of docs.rows) {
      const rows = byDoc.get(doc.key) ?? [];
      if (doc.kind === 'xbrl-filing') filings.push(filingOf(doc, rows));
      else {
        const cf = decodeCompanyFacts({ ...doc.cf, concepts: doc.cf_concepts ?? [] }, rows as CompanyFactRow[]) as CompanyFacts;
        const basis = row.slice_basis.companyFacts[cf.path];
        if (!basis) return null;
        companyFacts.push({ ...cf, basis });
      }
    }
    if (companyFacts.length === 0 && companyFactsFile) return null; // the whole graph reads them from the file
    return { filings, companyFacts, setAside: row.set_aside };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function done<T>(client: pg.PoolClient, value: T): Promise<T> {
  await client.query('commit');
  return value;
}

interface FactRecord extends Omit<CompanyFactRow, 'unit'> {
  key: string;
  seq: number;
  unit: string | null;
  unit_index: number | null;
  decimals: string | null;
  element_id: string | null;
  line: number | null;
}

/**
 * The filing with the slice's facts, decoded by the store's own codec: the document's json
 * with only the parts picked, its contexts at their indexes (the others null, referred to by
 * no fact of the slice), and its duplicates of the slice's facts, renumbered to their
 * places among them.
 */
function filingOf(doc: DocumentRow, records: readonly FactRecord[]): XbrlFiling {
  const place = new Map(records.map((r, i) => [r.seq, i]));
  const contexts: unknown[] = new Array(doc.context_count ?? 0).fill(null);
  for (const [i, c] of doc.contexts ?? []) contexts[i] = c;
  const duplicates = (doc.duplicates ?? [])
    .filter((d) => d.facts.every((f) => place.has(f.$fact)))
    .map((d) => ({ ...d, facts: d.facts.map((f) => ({ $fact: place.get(f.$fact)! })) }));
  const filing = {
    ...doc.rest,
    concepts: { $map: doc.concepts ?? [] },
    definitions: { $map: doc.definitions ?? [] },
    calculations: doc.calculations ?? [],
    duplicates,
    roles: [],
    footnotes: [],
  };
  const rows: FactRow[] = records.map((r) => ({
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
  }));
  return decodeFiling({ $contexts: contexts, $units: doc.units, filing }, rows);
}
