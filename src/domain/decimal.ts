import { Decimal } from 'decimal.js';

/** Exact decimal arithmetic for checks; never used to store values. */
export const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 60 });
export type D = InstanceType<typeof D>;

/** Rounds to `decimals` places (negative rounds to tens, hundreds, thousands...), half away from zero. */
export function roundTo(value: D, decimals: number): D {
  if (decimals >= 0) return value.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  const step = new D(10).pow(-decimals);
  return value.div(step).toDecimalPlaces(0, D.ROUND_HALF_UP).times(step);
}

/** A plain decimal string (no exponent), keeping `decimals` places when positive. */
export function toPlain(value: D, decimals = 0): string {
  return value.toFixed(Math.max(0, decimals));
}
