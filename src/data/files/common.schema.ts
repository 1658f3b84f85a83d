import { z } from 'zod';

/** A stable identifier used in file names and references: lowercase words joined by hyphens. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens');

/** A calendar date, ISO 8601 (YYYY-MM-DD), that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** An exact decimal written as a string, so YAML never turns it into a float. */
export const DecimalString = z.string().regex(/^-?\d+(?:\.\d+)?$/, 'must be a decimal number written as a string, e.g. "7.2672"');

/** ISO 4217 currency code. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as CNY or USD');

/** Text that must not be empty or padded. */
export const Text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s.trim() === s, 'must not start or end with white space');
