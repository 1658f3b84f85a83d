/**
 * Each stored document's `reader` json split by concept (table slice_parts, migration 0020), so
 * that a concept slice (read-slice.ts) reads only the parts about its concepts. Derived from
 * the documents as the company's whole graph is built for its catalog row, through the
 * store's own codecs (filing-codec.ts, companyfacts-codec.ts): put back together, the parts
 * of a slice's concepts are the document's json with the other concepts left out.
 */
import { dirname } from 'node:path';
import type pg from 'pg';
import type { CompanyFacts } from '../companyfacts/read-company-facts.js';
import { companyFactsBasis, type CompanyFactsBasis } from '../domain/companyfacts/build-company-facts.js';
import type { XbrlFiling } from '../xbrl/xbrl-filing.js';
import { encodeCompanyFacts } from './companyfacts-codec.js';
import { encodeFiling } from './filing-codec.js';
import { inTransaction } from './transaction.js';

/** The `filing` fields split by concept or left out of a slice (presentation roles, footnotes); any other field is in the document's own part. */
export const SPLIT_FIELDS: readonly string[] = ['concepts', 'definitions', 'calculations', 'duplicates', 'roles', 'footnotes', 'contexts', 'units', 'facts'];

/** An XBRL filing's own part: what every slice of it reads. */
export interface FilingOwnPart {
  units: unknown;
  contextCount: number;
  rest: Record<string, unknown>;
  duplicates: { facts: { $fact: number }[]; consistent: boolean }[];
}

/** A filing's part about one concept: each entry with its place in the document, to put them back in order. */
export interface FilingConceptPart {
  declaration?: [number, unknown];
  definition?: [number, unknown];
  calculations?: [number, unknown][];
  contexts?: [number, unknown][];
}

/** A companyfacts file's own part: its json without its concepts, and what its records say across concepts. */
export interface CompanyFactsOwnPart {
  rest: Record<string, unknown>;
  basis: CompanyFactsBasis;
  /** SHA-256 of the file, as the whole graph's disclosures name it. */
  sha256: string;
}

export interface Part {
  concept: string;
  kind: 'xbrl-filing' | 'companyfacts';
  folder: string;
  part: unknown;
}

/** The parts of a company's documents, as the whole graph reads them. */
export function sliceParts(filings: readonly XbrlFiling[], companyFacts: readonly CompanyFacts[]): Part[] {
  const parts: Part[] = [];
  for (const filing of filings) {
    const { reader, facts } = encodeFiling(filing);
    const { $contexts, $units, filing: encoded } = reader as { $contexts: unknown[]; $units: unknown; filing: Record<string, unknown> };
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(encoded)) if (!SPLIT_FIELDS.includes(k)) rest[k] = v;
    const own: FilingOwnPart = { units: $units, contextCount: $contexts.length, rest, duplicates: (encoded.duplicates as FilingOwnPart['duplicates'] | undefined) ?? [] };
    parts.push({ concept: '', kind: 'xbrl-filing', folder: filing.folder, part: own });
    const byConcept = new Map<string, FilingConceptPart>();
    const of = (name: string) => {
      let p = byConcept.get(name);
      if (!p) byConcept.set(name, (p = {}));
      return p;
    };
    const entries = (value: unknown) => ((value as { $map?: [string, unknown][] } | undefined)?.$map ?? []);
    entries(encoded.concepts).forEach((e, i) => (of(e[0]).declaration = [i, e]));
    entries(encoded.definitions).forEach((e, i) => (of(e[0]).definition = [i, e]));
    ((encoded.calculations as { parent: string; child: string }[] | undefined) ?? []).forEach((arc, i) => {
      for (const name of new Set([arc.parent, arc.child])) (of(name).calculations ??= []).push([i, arc]);
    });
    const used = new Map<string, Set<number>>();
    for (const f of facts) {
      let set = used.get(f.concept);
      if (!set) used.set(f.concept, (set = new Set()));
      set.add(f.contextIndex);
    }
    for (const [name, indexes] of used) of(name).contexts = [...indexes].sort((a, b) => a - b).map((i) => [i, $contexts[i]]);
    for (const [concept, part] of byConcept) parts.push({ concept, kind: 'xbrl-filing', folder: filing.folder, part });
  }
  for (const cf of companyFacts) {
    const { reader } = encodeCompanyFacts(cf);
    const { concepts, ...rest } = reader;
    const own: CompanyFactsOwnPart = { rest, basis: companyFactsBasis(cf), sha256: cf.sha256 };
    const folder = dirname(cf.path);
    parts.push({ concept: '', kind: 'companyfacts', folder, part: own });
    concepts.forEach((c, i) => parts.push({ concept: c.name, kind: 'companyfacts', folder, part: [i, c] }));
  }
  return parts;
}

/** Replaces the company's parts (derived with its catalog row of `digest`), in one transaction. */
export async function saveSliceParts(pool: pg.Pool, cik: string, digest: string, parts: readonly Part[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('delete from slice_parts where company_cik = $1', [cik]);
    for (let i = 0; i < parts.length; i += 2000) {
      const batch = parts.slice(i, i + 2000);
      await client.query(
        `insert into slice_parts (company_cik, concept, kind, folder, digest, part)
         select $1, c, k, f, $2, p::json from unnest($3::text[], $4::text[], $5::text[], $6::text[]) as u(c, k, f, p)`,
        [cik, digest, batch.map((p) => p.concept), batch.map((p) => p.kind), batch.map((p) => p.folder), batch.map((p) => JSON.stringify(p.part))],
      );
    }
  });
}

/** The digest each company's parts were derived with (one per company: they are replaced whole). */
export async function readSliceDigests(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ company_cik: string; digest: string }>(`select distinct on (company_cik) company_cik, digest from slice_parts where concept = '' order by company_cik`);
  return new Map(rows.map((r) => [r.company_cik, r.digest]));
}

export async function deleteSliceParts(pool: pg.Pool, ciks: readonly string[]): Promise<void> {
  if (ciks.length) await pool.query('delete from slice_parts where company_cik = any($1)', [ciks]);
}
