/**
 * A concept slice of a company, read from the store: every stored document of the company, but
 * of each only the facts of the concepts asked and every `dei:` fact of an XBRL filing (the
 * cover: names, tickers, fiscal focus, amendments), and only the parts of each document's `reader` json the
 * builders read for those facts (slice-parts.ts: kept split by concept, so the rest is neither
 * read nor parsed). Built by the same builders as the whole graph (company-graphs.ts), it is,
 * for those concepts' facts, the whole graph: see `SLICE_SAFE` (src/graphql/company/
 * slice-selection.ts) for what is read from one, and test/store/companyfacts-store.test.ts (slices against whole graphs).
 *
 * What the builders read across concepts and a slice therefore takes from elsewhere:
 * - a filing's concept declarations, calculation arcs and SEC renderings: those naming an
 *   asked concept (labels, types, the latest filing's calculation weight);
 * - companyfacts accessions' summaries (period of report, currency, first record's form and
 *   dates), a companyfacts-only company's fiscal year end and the file's SHA-256, which read
 *   every record or the file: kept in the file's own part.
 * A companyfacts file's `dei:` records (shares outstanding, public float) are read only when
 * asked: its cover is its own part (the submissions, the basis), and the builders read nothing
 * else from them; a record of a loaded filing's fact only adds that fact's second source,
 * which a slice never serves.
 * Parts are derived with the company's catalog row and used only while its digest is that of
 * the documents, read in the same snapshot (else null: the whole graph is built instead).
 * Presentation roles and XBRL footnotes are left out: statements, tables, footnotes and checks
 * of a slice are not the whole graph's, and are never served from one.
 */
import type pg from 'pg';
import type { CompanyFacts } from '../companyfacts/read-company-facts.js';
import type { CompanyFactsSlice } from '../domain/companyfacts/build-company-facts.js';
import { latestWindow, type WindowFloors } from '../domain/metrics/latest-window.js';
import type { ExtensionVerdicts } from '../domain/metrics/vocabulary.js';
import type { SetAsideFiling } from '../xbrl/set-aside.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { catalogSources, documentsDigest } from './catalog.js';
import { decodeCompanyFacts, type CompanyFactRow } from './companyfacts-codec.js';
import { decodeFiling } from './filing-codec.js';
import { toRow } from './read-store.js';
import { groupBy } from '../domain/group-by.js';
import type { CompanyFactsOwnPart, FilingConceptPart, FilingOwnPart } from './slice-parts.js';
import { inTransaction, SNAPSHOT } from './transaction.js';

export interface StoredSlice {
  /** Every stored XBRL filing of the company (by folder, as the whole graph reads them), with the slice's facts only. */
  filings: XbrlFiling[];
  companyFacts: CompanyFactsSlice[];
  /** What the whole graph set aside when the catalog row was derived: a slice setting aside others is not used. */
  setAside: SetAsideFiling[];
  /** The metrics' extension verdicts derived with the catalog row (metric-extensions.ts), when asked for; else null. */
  verdicts: ExtensionVerdicts | null;
  /** When read for `latestMetrics` only: the window its facts were read from (latest-window.ts); else null. */
  window: WindowFloors | null;
}

const SLICE = (column: string) => `(${column} = any($2) or ${column} like 'dei:%')`;

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
 * The slice of `concepts` of company `cik`, or null when it cannot stand for the whole graph:
 * no parts, or parts and catalog row derived from other documents, or companyfacts read from
 * a file (FILINGS_DIR) rather than the store. `companyFactsFile`: the company's companyfacts
 * file under FILINGS_DIR, if any (the catalog's digest names it). `withVerdicts`: with the
 * metrics' extension verdicts and the concepts they accept (null when none were derived
 * with the catalog row: a store derived before migration 0030). `latest`: read for `latestMetrics(asOf:)` only, so
 * of the metrics' concepts only the facts of its window (latest-window.ts), by their period ends.
 */
export async function readSlice(pool: pg.Pool, cik: string, asked: readonly string[], companyFactsFile: string | null, withVerdicts = false, latest: { asOf: string | null } | null = null): Promise<StoredSlice | null> {
  const read = latest ? await readWindowRows(pool, cik, asked, companyFactsFile, withVerdicts, latest) : await readSliceRows(pool, cik, asked, companyFactsFile, withVerdicts);
  if (!read) return null;
  const partsOf = new Map<string, { own?: unknown; concepts: unknown[] }>();
  for (const p of read.parts) {
    const key = `${p.kind}\0${p.folder}`;
    let entry = partsOf.get(key);
    if (!entry) partsOf.set(key, (entry = { concepts: [] }));
    if (p.concept === '') entry.own = p.part;
    else entry.concepts.push(p.part);
  }
  const byDoc = groupBy(read.facts, (r) => r.key);
  const filings: XbrlFiling[] = [];
  const companyFacts: CompanyFactsSlice[] = [];
  for (const doc of read.docs) {
    const of = partsOf.get(`${doc.kind}\0${doc.folder}`);
    if (!of?.own) return null; // a document without parts: derived before it was stored
    const rows = byDoc.get(doc.key) ?? [];
    if (doc.kind === 'xbrl-filing') filings.push(filingOf(of.own as FilingOwnPart, of.concepts as FilingConceptPart[], rows));
    else companyFacts.push(companyFactsOf(of.own as CompanyFactsOwnPart, of.concepts as [number, CompanyFactsConceptPart][], rows, read.window !== null));
  }
  if (companyFacts.length === 0 && companyFactsFile) return null; // the whole graph reads them from the file
  return { filings, companyFacts, setAside: read.row.set_aside, verdicts: read.verdicts, window: read.window };
}

/**
 * What a `latestMetrics` slice is read from: as `readSliceRows`, in one snapshot (statement by
 * statement: the window is computed from each concept's period ends, read first), with every
 * `dei:` fact, and of the metrics' concepts only the facts of its window (latest-window.ts).
 */
async function readWindowRows(pool: pg.Pool, cik: string, asked: readonly string[], companyFactsFile: string | null, withVerdicts: boolean, latest: { asOf: string | null }) {
  return inTransaction(
    pool,
    async (client) => {
      const catalog = await client.query<{ digest: string; set_aside: SetAsideFiling[] }>('select digest, set_aside from company_catalog where company_cik = $1', [cik]);
      const row = catalog.rows[0];
      const source = row && (await catalogSources(client, companyFactsFile ? new Map([[cik, companyFactsFile]]) : new Map(), cik)).get(cik);
      if (!row || source?.digest !== row.digest) return null;
      let verdicts: ExtensionVerdicts | null = null;
      let concepts = asked;
      if (withVerdicts) {
        const found = await client.query<{ verdicts: ExtensionVerdicts }>('select verdicts from metric_extensions where company_cik = $1 and digest = $2', [cik, row.digest]);
        if (!found.rows[0]) return null;
        verdicts = found.rows[0].verdicts;
        concepts = [...new Set([...asked, ...Object.values(verdicts).flatMap((list) => list.map((v) => v.concept))])];
      }
      const docs = await client.query<{ key: string; kind: string; folder: string }>(
        `select id::text as key, kind, folder from documents where company_cik = $1 and kind in ('xbrl-filing', 'companyfacts') order by folder collate "C"`,
        [cik],
      );
      const parts = await client.query<{ concept: string; kind: string; folder: string; part: unknown }>(
        `select concept, kind, folder, part from slice_parts where company_cik = $1 and digest = $3 and (concept = '' or ${SLICE('concept')})`,
        [cik, concepts, row.digest],
      );
      let window = null;
      if (latest) {
        // Each concept's first period end, and its last known on `asOf` (a fact's filing date; unknown: counted as known).
        const ends = await client.query<{ concept: string; first: string | null; last_known: string | null }>(
          `select concept, min(period_end)::text as first, max(period_end) filter (where $3::date is null or known_on is null or known_on <= $3::date)::text as last_known
             from facts where company_cik = $1 and concept = any($2) group by concept`,
          [cik, concepts, latest.asOf],
        );
        const extension = verdicts ? Object.values(verdicts).flatMap((list) => list.map((v) => v.concept)) : [];
        window = latestWindow(new Map(ends.rows.map((r) => [r.concept, { first: r.first, lastKnown: r.last_known }])), latest.asOf, extension);
      }
      const columns = 'document_id::text as key, seq, f.concept, context_index, unit_index, value, decimals, element_id, line, extra, period_start::text, period_end::text, unit';
      const floors = [...(window?.concepts ?? [])];
      const facts = window
        ? await client.query<FactRecord>(
            `select ${columns} from facts f left join unnest($3::text[], $4::date[]) as w(concept, floor) on w.concept = f.concept
              where company_cik = $1 and ${SLICE('f.concept')} and (w.floor is null or f.period_end is null or f.period_end >= w.floor) order by document_id, seq`,
            [cik, concepts, floors.map(([c]) => c), floors.map(([, f]) => f)],
          )
        : await client.query<FactRecord>(`select ${columns} from facts f where company_cik = $1 and ${SLICE('f.concept')} order by document_id, seq`, [cik, concepts]);
      return { row, docs: docs.rows, parts: parts.rows, facts: facts.rows, verdicts, window: window?.metrics ?? null };
    },
    SNAPSHOT,
  );
}

/** A fact row as `readSliceRows` selects it, in this order. */
type FactTuple = [key: string, seq: number, concept: string, contextIndex: number, unitIndex: number | null, value: string | null, decimals: string | null, elementId: string | null, line: number | null, extra: unknown, periodStart: string | null, periodEnd: string | null, unit: string | null];

/**
 * What a slice is read from, in one statement (one snapshot, one round trip): the catalog row,
 * the documents' hashes its digest is checked against, the verdicts (when asked for, of the same
 * digest) and the concepts they accept, the documents, their parts and the facts of the slice's
 * concepts and the XBRL filings' `dei:` facts. Documents, parts and facts come as json arrays: decoded by one
 * JSON.parse rather than field by field, which at a few hundred facts was most of the read.
 * Null when the row, its digest or the verdicts asked for are not there.
 */
async function readSliceRows(pool: pg.Pool, cik: string, asked: readonly string[], companyFactsFile: string | null, withVerdicts: boolean) {
  const { rows } = await pool.query<{
    digest: string | null; set_aside: SetAsideFiling[] | null; hashes: string | null; verdicts: ExtensionVerdicts | null;
    docs: [key: string, kind: string, folder: string][] | null; parts: [concept: string, kind: string, folder: string, part: unknown][] | null; facts: FactTuple[] | null;
  }>({
    // Prepared once a connection: planned once (about 0.6 ms a read at 10 M facts).
    name: 'read-slice',
    text: `with catalog as (select digest, set_aside from company_catalog where company_cik = $1),
          verdicts as (select verdicts from metric_extensions where $3 and company_cik = $1 and digest = (select digest from catalog)),
          concepts as (select array(select unnest($2::text[]) union select v->>'concept' from verdicts, json_each(verdicts.verdicts) e, json_array_elements(e.value) v) as names)
     select (select digest from catalog) as digest, (select set_aside from catalog) as set_aside, (select verdicts from verdicts) as verdicts,
            (select string_agg(kind || ':' || content_sha256, ',' order by content_sha256) from documents where company_cik = $1) as hashes,
            (select json_agg(json_build_array(id::text, kind, folder) order by folder collate "C") from documents where company_cik = $1 and kind in ('xbrl-filing', 'companyfacts')) as docs,
            (select json_agg(json_build_array(concept, kind, folder, part)) from slice_parts
              where company_cik = $1 and digest = (select digest from catalog) and (concept = '' or concept = any((select names from concepts)::text[]) or (concept like 'dei:%' and kind = 'xbrl-filing'))) as parts,
            (select json_agg(json_build_array(document_id::text, seq, concept, context_index, unit_index, value, decimals, element_id, line, extra, period_start::text, period_end::text, unit) order by document_id, seq)
               from facts where company_cik = $1 and (concept = any((select names from concepts)::text[])
                 or (concept like 'dei:%' and document_id in (select id from documents where company_cik = $1 and kind = 'xbrl-filing')))) as facts`,
    values: [cik, asked, withVerdicts],
  });
  const r = rows[0];
  if (r.digest === null || r.set_aside === null || (withVerdicts && r.verdicts === null)) return null;
  if ((r.hashes === null && !companyFactsFile) || documentsDigest(r.hashes ?? '', companyFactsFile) !== r.digest) return null;
  return {
    row: { digest: r.digest, set_aside: r.set_aside },
    verdicts: withVerdicts ? r.verdicts : null,
    window: null,
    docs: (r.docs ?? []).map(([key, kind, folder]) => ({ key, kind, folder })),
    parts: (r.parts ?? []).map(([concept, kind, folder, part]) => ({ concept, kind, folder, part })),
    facts: (r.facts ?? []).map(
      ([key, seq, concept, context_index, unit_index, value, decimals, element_id, line, extra, period_start, period_end, unit]): FactRecord =>
        ({ key, seq, concept, context_index, unit_index, value, decimals, element_id, line, extra, period_start, period_end, unit }) as FactRecord,
    ),
  };
}

/** Entries back in their document order. */
const inOrder = <T>(entries: [number, T][]): T[] => entries.sort((a, b) => a[0] - b[0]).map(([, e]) => e);

/**
 * The filing with the slice's facts, decoded by the store's own codec: the document's json
 * with the slice's concepts' parts only, its contexts at their indexes (the others null,
 * referred to by no fact of the slice), and the duplicates among the slice's facts,
 * renumbered to their places among them.
 */
function filingOf(own: FilingOwnPart, parts: readonly FilingConceptPart[], records: readonly FactRecord[]): XbrlFiling {
  const place = new Map(records.map((r, i) => [r.seq, i]));
  const contexts: unknown[] = new Array(own.contextCount).fill(null);
  for (const p of parts) for (const [i, c] of p.contexts ?? []) contexts[i] = c;
  const calculations = new Map<number, unknown>();
  for (const p of parts) for (const [i, arc] of p.calculations ?? []) calculations.set(i, arc);
  const duplicates = own.duplicates
    .filter((d) => d.facts.every((f) => place.has(f.$fact)))
    .map((d) => ({ ...d, facts: d.facts.map((f) => ({ $fact: place.get(f.$fact)! })) }));
  const filing = {
    ...own.rest,
    concepts: { $map: inOrder(parts.flatMap((p) => (p.declaration ? [p.declaration] : []))) },
    definitions: { $map: inOrder(parts.flatMap((p) => (p.definition ? [p.definition] : []))) },
    calculations: inOrder([...calculations]),
    duplicates,
    roles: [],
    footnotes: [],
  };
  const rows = records.map(toRow);
  return decodeFiling({ $contexts: contexts, $units: own.units, filing }, rows);
}

/** A companyfacts concept's part: its json, with its records' count in each unit. */
interface CompanyFactsConceptPart {
  name: string;
  units: [unit: string, count: number][];
}

/**
 * The companyfacts file with the slice's concepts and their records, and the basis of the whole file. `windowed`: some
 * records of the concepts were left out (a window of `latestMetrics`), so each unit's count is that of the records read.
 */
function companyFactsOf(own: CompanyFactsOwnPart, parts: [number, CompanyFactsConceptPart][], records: readonly FactRecord[], windowed: boolean): CompanyFactsSlice {
  if (windowed) {
    const read = new Map<string, number>();
    for (const r of records) read.set(`${r.concept}\0${r.unit}`, (read.get(`${r.concept}\0${r.unit}`) ?? 0) + 1);
    parts = parts.map(([i, c]) => [i, { ...c, units: c.units.map(([unit]) => [unit, read.get(`${c.name}\0${unit}`) ?? 0]) }]);
  }
  const cf = decodeCompanyFacts({ ...own.rest, sha256: own.sha256, concepts: inOrder(parts) }, records as unknown as CompanyFactRow[]) as CompanyFacts;
  return { ...cf, basis: own.basis, sha256: own.sha256 };
}
