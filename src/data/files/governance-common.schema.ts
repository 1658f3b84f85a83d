import { z } from 'zod';
import { IsoDate, Slug, Text } from './common.schema.js';
import { Statement } from './table.schema.js';

/**
 * A date as precise as the source prints it: "2000" (a year), "2023-01" (a month) or a
 * full ISO date. Quoted in YAML so a year is not read as a number.
 */
export const PartialDateText = z.union([
  IsoDate,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  z.string().regex(/^\d{4}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
], { error: 'must be a date as precise as printed: "2000", "2023-01" or 2024-08-13 (a year in quotes)' });

/**
 * An amount of money as printed: "US$0.30", "RMB1.50 billion", "approximately US$211 million".
 * The loader derives the exact amount and currency from it.
 */
export const PrintedMoney = z
  .string()
  .regex(/^(approximately )?(RMB|US\$|HK\$)\d{1,3}(,\d{3})*(\.\d+)?( (thousand|million|billion))?$/, 'must be money as printed, e.g. "US$0.30", "RMB1.50 billion" or "approximately US$211 million"');

/** A count as printed: "10.7 million", "approximately 10.7 million". */
export const PrintedQuantity = z
  .string()
  .regex(/^(approximately )?\d{1,3}(,\d{3})*(\.\d+)?( (thousand|million|billion))?$/, 'must be a count as printed, e.g. "approximately 10.7 million"');

/** A line item of the company, by its statement and key (as the table files name them). */
export const LineItemRef = z.strictObject({ statement: Statement, key: Slug });

/** A period of the company. */
export const PeriodRef = z
  .strictObject({ start: IsoDate, end: IsoDate, printed: Text.optional() })
  .refine((p) => p.start <= p.end, '`start` must not be after `end`');

/** A local date and time with its IANA time zone, and the words the source prints it in. */
export const ZonedTimeText = z.strictObject({
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time such as 2024-08-13T20:30'),
  timeZone: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, 'must be an IANA time zone such as America/New_York'),
  printed: Text,
});

/** The sentence(s) of the source text stating a fact, verbatim (white space may differ). */
export const Excerpt = Text;
