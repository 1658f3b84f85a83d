import { z } from 'zod';
import { Currency, DecimalString, IsoDate, Slug, Text } from './common.schema.js';

export const DisclosureKind = z.enum(['EARNINGS_RELEASE', 'ANNUAL_REPORT', 'INTERIM_REPORT', 'ANNOUNCEMENT']);

/** `disclosure.yaml`: one per disclosure folder. */
export const DisclosureFile = z.strictObject({
  id: Slug,
  title: Text,
  kind: DisclosureKind,
  date: IsoDate,
  audited: z.boolean(),
  /** Last day of the period the disclosure reports on. */
  periodOfReport: IsoDate,
  /** The fiscal year and period the disclosure reports on, as it states them ("Q2", "FY"). */
  fiscalYearFocus: z.number().int().min(1900).max(2200),
  fiscalPeriodFocus: z.enum(['FY', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2']),
  /** ISO 4217 code the disclosure reports money in (its convenience translations aside). */
  reportingCurrency: Currency,
  /**
   * The document the data was curated from. Its text is not shipped: it is looked up by file
   * name in the sources folder (SOURCES_DIR, else ../shared/seeds beside the repository).
   * Where found, it must have this SHA-256 and every excerpt is checked against it; where
   * absent, the curated data loads unchecked against it.
   */
  source: z.strictObject({
    file: z
      .string()
      .regex(/^[\w.-]+$/, 'must be a file name in the sources folder')
      .describe('File name of the source text, exactly as extracted, in the sources folder (SOURCES_DIR, else ../shared/seeds beside the repository).'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')
      .describe('SHA-256 of the source text as curated; loading stops if the text found in the sources folder differs.'),
    description: Text,
    publisher: Text.optional(),
    url: z.string().url().optional(),
  }),
  /** The rate at which the disclosure translates amounts for convenience, if it does. */
  convenienceTranslation: z
    .strictObject({
      from: Currency,
      to: Currency,
      /** Units of `from` per one unit of `to`, as printed. */
      rate: DecimalString,
      asOf: IsoDate,
      excerpt: Text,
    })
    .optional(),
});
export type DisclosureFile = z.infer<typeof DisclosureFile>;
