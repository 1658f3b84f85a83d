import { z } from 'zod';
import { IsoDate, Slug, Text } from './common.schema.js';
import { Excerpt, PeriodRef, PrintedMoney, PrintedQuantity, ZonedTimeText } from './governance-common.schema.js';

const Entitlement = z.strictObject({
  /** A security of company.yaml. */
  security: Slug,
  /** Per unit of the security, as printed: "US$0.30". */
  amount: PrintedMoney,
  recordDate: IsoDate,
  recordTime: z.strictObject({ printed: Text, timeZone: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, 'must be an IANA time zone') }),
  paymentDate: IsoDate,
  paymentDateQualifier: z.enum(['EXPECTED', 'EXPECTED_AROUND']),
  paymentDatePrinted: Text,
});

const DividendEntry = z.strictObject({
  id: Slug,
  frequency: z.enum(['ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'SPECIAL']),
  period: PeriodRef,
  approvedBy: Text,
  policy: Text.optional(),
  entitlements: z.array(Entitlement).min(1),
  registrar: z
    .strictObject({ name: Text, role: Text, address: Text.optional(), deadline: ZonedTimeText, requirement: Text.optional() })
    .optional(),
  excerpt: Excerpt,
});

const ProgressEntry = z.strictObject({
  asOf: IsoDate,
  security: Slug,
  quantity: PrintedQuantity,
  amount: PrintedMoney,
  inclusiveOfCommissions: z.boolean(),
  /** Per unit of `security`, as printed. */
  averagePrice: PrintedMoney,
  excerpt: Excerpt,
});

const ProgramEntry = z.strictObject({
  id: Slug,
  approvalDate: IsoDate,
  approvedBy: Text,
  securities: z.array(Slug).min(1),
  authorizedAmount: PrintedMoney,
  authorizedAmountQualifier: z.enum(['UP_TO', 'EXACTLY']),
  startDate: IsoDate,
  termMonths: z.number().int().positive(),
  excerpt: Excerpt,
  progress: z.array(ProgressEntry).default([]),
});

/** `capital-return.yaml` in a disclosure folder: dividends declared and buyback programs reported. */
export const CapitalReturnFile = z.strictObject({
  dividends: z.array(DividendEntry).default([]),
  repurchasePrograms: z.array(ProgramEntry).default([]),
});
export type CapitalReturnFile = z.infer<typeof CapitalReturnFile>;
