import { z } from 'zod';
import { Currency, IsoDate, Slug, Text } from './common.schema.js';
import { SCALES } from '../printed-number.js';

export const Statement = z.enum([
  'BALANCE_SHEET',
  'INCOME_STATEMENT',
  'COMPREHENSIVE_INCOME',
  'CASH_FLOW',
  'NON_GAAP_RECONCILIATION',
  'OPERATING_METRICS',
  // The further kinds of a filing's presentation roles.
  'EQUITY',
  'PARENTHETICAL',
  'COVER',
  'NOTES',
  'POLICIES',
  'TABLES',
  'DETAILS',
  'OTHER',
]);
export type Statement = z.infer<typeof Statement>;

/** What a row measures; with the column's currency it fixes the unit and the scale. */
export const Measure = z.enum(['monetary', 'per-share', 'per-ads', 'shares', 'ads', 'percent', 'count', 'months']);
export type Measure = z.infer<typeof Measure>;

const Column = z
  .strictObject({
    id: Slug,
    instant: IsoDate.optional(),
    start: IsoDate.optional(),
    end: IsoDate.optional(),
    currency: Currency,
    /** Columns printed as one run of numbers in the source (e.g. the three-month block). */
    group: Slug.optional(),
    /** The column this one translates for convenience at the disclosure's stated rate. */
    translates: Slug.optional(),
  })
  .refine((c) => (c.instant ? !c.start && !c.end : Boolean(c.start && c.end)), 'needs either `instant` or both `start` and `end`')
  .refine((c) => !c.start || !c.end || c.start <= c.end, '`start` must not be after `end`');

const Correction = z.strictObject({
  column: Slug,
  /** The cell exactly as the source text prints it. */
  printed: z.string().min(1),
  /** Why the recorded value differs, and the evidence. */
  note: Text,
});

/**
 * A sum: `children`, `siblings` (all preceding value rows under the same parent), or
 * terms such as `total-net-revenue`, `-total-operating-costs-and-expenses`.
 */
const Sum = z.union([z.literal('children'), z.literal('siblings'), z.array(z.string().min(1)).min(1)]);

export const Row = z.strictObject({
  key: Slug.optional(),
  label: Text,
  values: z.array(z.string().min(1).nullable()).optional(),
  measure: Measure.default('monetary'),
  sum: Sum.optional(),
  concept: Slug.optional(),
  /** Unit of a `count` row, e.g. "users" or "loans" (other measures derive theirs). */
  unit: z.string().regex(/^[a-z]+$/, 'must be a lowercase plural noun such as "users"').optional(),
  /** For a balance printed in a duration column: read it as an instant at the column's start or end. */
  at: z.enum(['start', 'end']).optional(),
  corrections: z.array(Correction).default([]),
  /**
   * For a total whose components the table does not print: how far its convenience
   * translation may be from a direct translation, in printed units, and why.
   */
  translated: z.strictObject({ tolerance: z.string().regex(/^\d+$/), note: Text }).optional(),
  get rows() {
    return z.array(Row).optional();
  },
});
export type Row = z.infer<typeof Row>;

const Identity = z.strictObject({
  name: Text,
  left: z.string().min(1),
  right: z.array(z.string().min(1)).min(1),
  /** Largest difference that still passes, in the left row's full units. */
  tolerance: z.string().regex(/^\d+(?:\.\d+)?$/).optional(),
  /** Evaluate only in these columns (default: every column where the left row has a value). */
  columns: z.array(Slug).optional(),
});

/** `tables/<id>.yaml`: one printed table of a disclosure. */
export const TableFile = z.strictObject({
  title: Text,
  statement: Statement,
  scale: z.enum(Object.keys(SCALES) as [keyof typeof SCALES, ...(keyof typeof SCALES)[]]),
  /** Text that locates the table in the source, when the title alone does not. */
  anchor: Text.optional(),
  columns: z.array(Column).min(1),
  rows: z.array(Row).min(1),
  identities: z.array(Identity).default([]),
});
export type TableFile = z.infer<typeof TableFile>;
