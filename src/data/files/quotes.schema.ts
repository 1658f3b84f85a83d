import { z } from 'zod';
import { DecimalString, IsoDate, Slug, Text } from './common.schema.js';
import { LineItemRef, PeriodRef, PrintedMoney } from './governance-common.schema.js';

const Mention = z
  .strictObject({
    /** The words of the quote that state the figure, verbatim. */
    printed: Text,
    /** A monetary figure, as printed ("RMB4.16 billion") ... */
    money: PrintedMoney.optional(),
    /** ... or another figure, exact, with its unit ("0.048", "pure"). */
    value: DecimalString.optional(),
    unit: z.string().min(1).optional(),
    qualifier: z.enum(['APPROXIMATELY', 'NEARLY', 'ABOUT', 'UP_TO']).optional(),
    lineItem: LineItemRef.optional(),
    /** The period the figure is for: `{ start, end }`, or `{ instant }` for a balance. */
    period: z.union([PeriodRef, z.strictObject({ instant: IsoDate })]).optional(),
    note: Text.optional(),
  })
  .refine((m) => Boolean(m.money) !== Boolean(m.value), 'give either `money` or `value` with `unit`')
  .refine((m) => !m.value || m.unit, { message: '`value` needs a `unit`', path: ['unit'] })
  .refine((m) => !m.lineItem || m.period, { message: 'a `lineItem` needs the `period` the figure is for', path: ['period'] });

const QuoteEntry = z.strictObject({
  id: Slug,
  /** A person of governance.yaml (this disclosure's or an earlier one's). */
  speaker: Slug,
  /** The roles the speaker is introduced with. */
  roles: z.array(Slug).default([]),
  /** The words introducing the quote, verbatim. */
  attribution: Text,
  topic: Text,
  /** The quoted words, verbatim, in order (a quote interrupted by its attribution has several). */
  passages: z.array(Text).min(1),
  mentions: z.array(Mention).default([]),
});

/** `quotes.yaml` in a disclosure folder: management commentary. */
export const QuotesFile = z.strictObject({ quotes: z.array(QuoteEntry).min(1) });
export type QuotesFile = z.infer<typeof QuotesFile>;
