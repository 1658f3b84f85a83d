import { Decimal } from 'decimal.js';

/** Exact decimal arithmetic for the reader's checks (never floats). */
export const XD = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 80 });
export type XDecimal = InstanceType<typeof XD>;

/**
 * Rounds to `decimals` places (negative: to tens, hundreds, …), half to even, as XBRL
 * specifies for comparing reported values (the rule the SEC's Data Quality Committee also
 * applies: 532,500,000 at decimals -6 rounds to 532,000,000). `INF` leaves the value exact.
 */
export function roundToDecimals(value: XDecimal, decimals: number | 'INF'): XDecimal {
  if (decimals === 'INF') return value;
  if (decimals >= 0) return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
  const scale = new XD(10).pow(-decimals);
  return value.div(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).mul(scale);
}

/** The least precise of several `decimals`, `INF` being the most precise. */
export function minDecimals(values: Array<number | 'INF'>): number | 'INF' {
  let min: number | 'INF' = 'INF';
  for (const d of values) if (d !== 'INF' && (min === 'INF' || d < min)) min = d;
  return min;
}

/** xsd:float and xsd:double's values that are no number: positive and negative infinity, not-a-number. */
const NOT_FINITE = /^(?:[+-]?INF|NaN)$/;

/**
 * Whether a numeric fact's value is a float's `INF`, `-INF` or `NaN`. Such a value has no
 * decimal form (decimal.js refuses `INF`), so it is never rounded, compared as a number or
 * summed.
 */
export function isNotFinite(value: string): boolean {
  return NOT_FINITE.test(value);
}
