import { z } from 'zod';
import { DecimalString, Slug, Text } from './common.schema.js';
import { Excerpt, LineItemRef, PeriodRef, PrintedMoney } from './governance-common.schema.js';

const GuidanceEntry = z.strictObject({
  id: Slug,
  period: PeriodRef,
  /** The measure as the source names it, e.g. "non-GAAP net income". */
  metric: Text,
  lineItem: LineItemRef.optional(),
  low: PrintedMoney,
  high: PrintedMoney,
  /** OCR errors in `low` or `high`: the corrected text is recorded there, what the source prints here. */
  corrections: z.array(z.strictObject({ field: z.enum(['low', 'high']), printed: z.string().min(1), note: Text })).default([]),
  growth: z
    .strictObject({ basis: Text, low: DecimalString, high: DecimalString, printed: Text, note: Text.optional() })
    .optional(),
  excerpt: Excerpt,
});

/** `outlook.yaml` in a disclosure folder: guidance for coming periods. */
export const OutlookFile = z.strictObject({
  guidance: z.array(GuidanceEntry).min(1),
  /** The disclosure's own qualification of its outlook, verbatim. */
  caveat: Text.optional(),
});
export type OutlookFile = z.infer<typeof OutlookFile>;
