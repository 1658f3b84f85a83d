import { z } from 'zod';
import { Slug, Text, DecimalString } from './common.schema.js';

export const SecurityKind = z.enum(['ORDINARY_SHARE', 'PREFERRED_SHARE', 'ADS', 'BOND']);

const SecurityFile = z.strictObject({
  id: Slug,
  name: Text,
  kind: SecurityKind,
  shareClass: Text.optional(),
  /** For a depositary receipt: the security it represents ... */
  underlying: Slug.optional(),
  /** ... and how many units of it one receipt represents. */
  underlyingPerUnit: DecimalString.optional(),
});

const ListingFile = z.strictObject({
  ticker: z.string().regex(/^[A-Z0-9.]{1,10}$/, 'must be 1-10 upper-case letters or digits'),
  exchange: z.enum(['NASDAQ', 'NYSE', 'HKEX', 'SSE', 'SZSE', 'LSE']),
  security: Slug,
});

/** `company.yaml`: one per company folder. */
export const CompanyFile = z.strictObject({
  id: Slug,
  name: Text,
  legalName: Text,
  /** SEC Central Index Key, ten digits zero-padded, when the company files with the SEC. */
  cik: z.string().regex(/^\d{10}$/, 'must be the ten-digit, zero-padded CIK').optional(),
  formerNames: z.array(Text).default([]),
  fiscalYearEnd: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD'),
  securities: z.array(SecurityFile).default([]),
  listings: z.array(ListingFile).min(1, 'a company needs at least one listing to be found by ticker'),
});
export type CompanyFile = z.infer<typeof CompanyFile>;
