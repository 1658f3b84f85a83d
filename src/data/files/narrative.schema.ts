import { z } from 'zod';
import { IsoDate, Slug, Text } from './common.schema.js';
import { Measure } from './table.schema.js';

/** A line item reference: `<statement>/<key>`, e.g. `income-statement/total-net-revenue`. */
export const LineItemRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <statement>/<key>, e.g. income-statement/total-net-revenue');

/** Term of a formula: a line item ref, optionally negated or weighted ("0.5 * ref"). */
const Term = z.string().regex(/^-?\s*(?:\d+(?:\.\d+)?\s*\*\s*)?[a-z0-9-]+\/[a-z0-9-]+$/, 'must be a line item ref, optionally "-ref" or "0.5 * ref"');

/** `metrics.yaml`: operating metrics stated in prose, as line items of OPERATING_METRICS. */
export const MetricsFile = z.strictObject({
  lineItems: z
    .array(
      z.strictObject({
        key: Slug,
        label: Text,
        parent: Slug.optional(),
        measure: Measure.default('monetary'),
        unit: z.string().regex(/^[a-z]+$/).optional(),
      }),
    )
    .min(1),
});
export type MetricsFile = z.infer<typeof MetricsFile>;

const Correction = z.strictObject({ printed: z.string().min(1), corrected: z.string().min(1), note: Text });

/** `footnotes.yaml`: the numbered notes and the line items each defines or qualifies. */
export const FootnotesFile = z.strictObject({
  footnotes: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        text: Text,
        corrections: z.array(Correction).default([]),
        lineItems: z.array(LineItemRef).min(1, 'a note must be linked to the line items it defines or qualifies'),
      }),
    )
    .min(1),
});
export type FootnotesFile = z.infer<typeof FootnotesFile>;

const Formula = z
  .strictObject({
    sum: z.array(Term).min(1).optional(),
    ratio: z.strictObject({ numerator: z.array(Term).min(1), denominator: z.array(Term).min(1) }).optional(),
    tolerance: z.string().regex(/^\d+(?:\.\d+)?$/).optional(),
    toleranceNote: Text.optional(),
  })
  .refine((f) => Boolean(f.sum) !== Boolean(f.ratio), 'needs exactly one of `sum` or `ratio`')
  .refine((f) => !f.tolerance || Boolean(f.toleranceNote), 'a `tolerance` needs a `toleranceNote` saying why');

/** `definitions.yaml`: what defines each measure, and its formula. */
export const DefinitionsFile = z.strictObject({
  definitions: z
    .array(
      z
        .strictObject({
          lineItem: LineItemRef,
          footnote: z.number().int().positive().optional(),
          section: Text.optional(),
          text: Text.optional(),
          basis: Text.optional(),
          formula: Formula.optional(),
        })
        .refine((d) => Boolean(d.text) !== Boolean(d.basis), 'needs either the defining `text` (verbatim) or, when the release defines nothing in words, a `basis`')
        .refine((d) => !d.text || Boolean(d.footnote) !== Boolean(d.section), 'a defining text needs exactly one of `footnote` or `section`'),
    )
    .min(1),
});
export type DefinitionsFile = z.infer<typeof DefinitionsFile>;

const PeriodSpec = z.union([z.strictObject({ instant: IsoDate }), z.strictObject({ start: IsoDate, end: IsoDate })]);

const NarrativeFact = z.union([
  z.tuple([LineItemRef, Slug.or(z.string().regex(/^[A-Za-z0-9-]+$/)), z.string().min(1)]),
  z.strictObject({
    item: LineItemRef,
    period: z.string().min(1),
    printed: z.string().min(1),
    corrected: z.string().min(1).optional(),
    note: Text.optional(),
  }),
]);

/** `narrative.yaml`: figures stated in sentences, with the sentence as printed. */
export const NarrativeFile = z.strictObject({
  periods: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), PeriodSpec),
  sections: z
    .array(
      z.strictObject({
        title: Text,
        statements: z
          .array(
            z.strictObject({
              excerpt: Text,
              facts: z.array(NarrativeFact).min(1),
              changes: z
                .array(z.strictObject({ item: LineItemRef, from: z.string().min(1), to: z.string().min(1), printed: z.string().min(1) }))
                .default([]),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type NarrativeFile = z.infer<typeof NarrativeFile>;
