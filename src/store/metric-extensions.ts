/**
 * The verdicts of the standard metrics' extension rules for each company (table
 * metric_extensions, migration 0030), derived from its whole graph where its slice parts are
 * (store-source.ts, `refreshCatalog`), so that a concept slice can answer a metric whose rule
 * weighs the company's own concepts (src/domain/metrics/extensions.ts): the slice reads the
 * accepted concepts' facts and takes the verdicts as they are.
 */
import type pg from 'pg';
import { isExtensionConcept } from '../domain/metrics/extensions.js';
import type { ExtensionVerdicts } from '../domain/metrics/vocabulary.js';

/** Replaces the company's verdicts (derived with its catalog row of `digest`). */
export async function saveMetricExtensions(pool: pg.Pool, cik: string, digest: string, verdicts: ExtensionVerdicts): Promise<void> {
  await pool.query(
    `insert into metric_extensions (company_cik, digest, verdicts) values ($1, $2, $3::json)
     on conflict (company_cik) do update set digest = excluded.digest, verdicts = excluded.verdicts`,
    [cik, digest, JSON.stringify(verdicts)],
  );
}

/** The digest each company's verdicts were derived with. */
export async function readMetricExtensionDigests(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ company_cik: string; digest: string }>('select company_cik, digest from metric_extensions');
  return new Map(rows.map((r) => [r.company_cik, r.digest]));
}

/**
 * Of `ciks` (companies with slice parts of their current digest and no XBRL filing), those
 * whose parts name no extension concept at all: no rule can accept one, so their verdicts
 * are known without building their graphs (`NO_EXTENSIONS`).
 */
export async function withoutExtensionConcepts(pool: pg.Pool, ciks: readonly string[]): Promise<string[]> {
  if (ciks.length === 0) return [];
  // The standard taxonomies' usual prefixes are left out in SQL; isExtensionConcept judges the rest.
  const { rows } = await pool.query<{ company_cik: string; concept: string }>(
    `select distinct company_cik, concept from slice_parts where company_cik = any($1) and concept <> ''
       and concept not like 'us-gaap:%' and concept not like 'dei:%' and concept not like 'ifrs-full:%' and concept not like 'srt:%' and concept not like 'invest:%'`,
    [ciks],
  );
  const named = new Set(rows.filter((r) => isExtensionConcept(r.concept)).map((r) => r.company_cik));
  return ciks.filter((cik) => !named.has(cik));
}

export async function deleteMetricExtensions(pool: pg.Pool, ciks: readonly string[]): Promise<void> {
  if (ciks.length) await pool.query('delete from metric_extensions where company_cik = any($1)', [ciks]);
}
