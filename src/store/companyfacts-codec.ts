/**
 * SEC's companyfacts as the reader returns them (src/companyfacts/) ⇄ what the store keeps: one
 * `documents.reader` json with everything but the records (the company, its concepts with
 * their units and record counts, the submissions, and the distinct filings the records name),
 * and one fact row per record in document order. Decoding gives back the reader's plain
 * `CompanyFacts`, deep-equal (test/store/companyfacts-store.test.ts).
 */
import { sha256Of } from '../domain/filings/hash.js';
import type { CompanyFactRecord, CompanyFacts } from '../companyfacts/read-company-facts.js';
import type { FactRow } from './filing-codec.js';

/** A record's filing: what its records share, by index (the fact row's `context_index`). */
type FilingTuple = [accession: string, fy: number | null, fp: string | null, form: string, filed: string];

interface CompanyFactsReader {
  path: string;
  /** Absent in stores ingested before 2026-12-06. */
  sha256?: string;
  cik: string;
  entityName: string;
  recordCount: number;
  /** Concepts in order, each unit with its number of records (the rows follow in the same order). */
  concepts: { taxonomy: string; name: string; label: string | null; description: string | null; units: [unit: string, records: number][] }[];
  submissions: (Omit<NonNullable<CompanyFacts['submissions']>, 'reportDates'> & { reportDates: [string, string][] }) | null;
  filings: FilingTuple[];
}

export interface EncodedCompanyFacts {
  reader: CompanyFactsReader;
  facts: FactRow[];
}

export function encodeCompanyFacts(cf: CompanyFacts): EncodedCompanyFacts {
  const filings: FilingTuple[] = [];
  // By accession, the filing tuples seen with it (one, nearly always) and their index: no key string made a record.
  const filingIndex = new Map<string, number[]>();
  const facts: FactRow[] = [];
  const concepts: CompanyFactsReader['concepts'] = [];
  for (const c of cf.concepts) {
    const units: [string, number][] = [];
    for (const { unit, records } of c.units) {
      units.push([unit, records.length]);
      for (const r of records) {
        let seen = filingIndex.get(r.accession);
        if (!seen) filingIndex.set(r.accession, (seen = []));
        let index = seen.find((i) => {
          const f = filings[i];
          return f[1] === r.fy && f[2] === r.fp && f[3] === r.form && f[4] === r.filed;
        });
        if (index === undefined) {
          seen.push((index = filings.length));
          filings.push([r.accession, r.fy, r.fp, r.form, r.filed]);
        }
        facts.push({
          seq: facts.length,
          concept: c.name,
          contextIndex: index,
          unitIndex: null,
          value: r.value,
          decimals: null,
          elementId: null,
          line: null,
          periodStart: r.start,
          periodEnd: r.end,
          dimensional: false,
          unit,
          extra: r.frame === null ? null : { frame: r.frame },
          accessionNumber: r.accession,
          knownOn: r.filed,
        });
      }
    }
    concepts.push({ taxonomy: c.taxonomy, name: c.name, label: c.label, description: c.description, units });
  }
  const s = cf.submissions;
  return {
    reader: {
      path: cf.path,
      sha256: cf.sha256,
      cik: cf.cik,
      entityName: cf.entityName,
      recordCount: cf.recordCount,
      concepts,
      submissions: s && { name: s.name, tickers: s.tickers, exchanges: s.exchanges, fiscalYearEnd: s.fiscalYearEnd, reportDates: [...s.reportDates] },
      filings,
    },
    facts,
  };
}

/** One stored record row, as read back (dates as ISO text). */
export interface CompanyFactRow {
  concept: string;
  context_index: number;
  value: string;
  period_start: string | null;
  period_end: string;
  unit: string;
  extra: { frame?: string } | null;
}

/** The reader's `CompanyFacts` again from the document's json and its rows in `seq` order. */
export function decodeCompanyFacts(stored: unknown, rows: readonly CompanyFactRow[]): CompanyFacts {
  const r = stored as CompanyFactsReader;
  let next = 0;
  const concepts = r.concepts.map((c) => ({
    taxonomy: c.taxonomy,
    name: c.name,
    label: c.label,
    description: c.description,
    units: c.units.map(([unit, n]) => {
      const records: CompanyFactRecord[] = [];
      for (let i = 0; i < n; i++) {
        const row = rows[next++];
        if (!row || row.concept !== c.name || row.unit !== unit) throw new Error(`companyfacts of ${r.cik} in the store: record ${next - 1} is not of ${c.name} in ${unit}`);
        const [accession, fy, fp, form, filed] = r.filings[row.context_index];
        records.push({ start: row.period_start, end: row.period_end, value: row.value, accession, fy, fp, form, filed, frame: row.extra?.frame ?? null });
      }
      return { unit, records };
    }),
  }));
  if (next !== rows.length) throw new Error(`companyfacts of ${r.cik} in the store: ${rows.length} rows for ${next} records`);
  const s = r.submissions;
  return {
    path: r.path,
    // A store ingested before the reader kept the hash: the file is hashed as loading from files did.
    sha256: r.sha256 ?? sha256Of(r.path),
    cik: r.cik,
    entityName: r.entityName,
    concepts,
    recordCount: r.recordCount,
    submissions: s && { name: s.name, tickers: s.tickers, exchanges: s.exchanges, fiscalYearEnd: s.fiscalYearEnd, reportDates: new Map(s.reportDates) },
  };
}
