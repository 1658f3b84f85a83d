import { z } from 'zod';
import { Slug } from './common.schema.js';

const QName = z.string().regex(/^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/, 'must be a qualified name such as us-gaap:Revenues');

/**
 * `concepts.yaml` (optional, in a company folder): the prefix of the company's curated
 * concepts, and for the concepts whose meaning is unambiguously a `us-gaap` element, that
 * element, so queries by `us-gaap` name work on curated data too.
 */
export const ConceptsFile = z.strictObject({
  /** Prefix of the curated concept names, e.g. `qfin` for `qfin:NetIncome`. */
  prefix: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase prefix such as qfin'),
  /** A line item's concept key (its `concept:` in a table, else its row key) → the `us-gaap` element it reports. */
  usGaap: z.record(Slug, QName.refine((q) => q.startsWith('us-gaap:'), 'must be a us-gaap element')).default({}),
});
export type ConceptsFile = z.infer<typeof ConceptsFile>;
