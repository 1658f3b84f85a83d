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
  source: z.strictObject({
    /** The source text, beside disclosure.yaml, exactly as extracted. */
    file: z.string().regex(/^[\w.-]+$/, 'must be a file name in the disclosure folder'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'),
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
