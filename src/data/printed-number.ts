/**
 * Turns a number as the source prints it into an exact full-unit decimal string.
 * Parsing is done on the digits (BigInt), never through floats, so "4,177,890" in
 * thousands becomes exactly "4177890000".
 */

export const SCALES = { units: 0, thousands: 3, millions: 6, billions: 9 } as const;
export type Scale = keyof typeof SCALES;

export interface ExactNumber {
  /** Full-unit value as a plain decimal string, e.g. "-213267000", "8.92", "0.279". */
  value: string;
  /**
   * How many decimal places of the full-unit value the print is exact to (XBRL's
   * `decimals`): -3 for a figure in thousands, 2 for "8.92", 3 for "27.9%".
   */
  decimals: number;
}

const NUMBER = /^(?<neg>-)?(?<open>\()?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?<close>\))?(?<pct>%)?$/;

/** The printed forms of a reported nil. */
const NIL = new Set(['-', '—', '–']);

/**
 * Parses a printed figure. `exponent` is the power of ten the table's scale applies
 * (3 for thousands); a trailing `%` divides by a further 100.
 * Throws with a reason when the text is not a number as printed in a financial table.
 */
export function parsePrinted(text: string, exponent: number): ExactNumber {
  const trimmed = text.trim();
  if (NIL.has(trimmed)) return { value: '0', decimals: -exponent };
  const m = NUMBER.exec(trimmed);
  if (!m?.groups) throw new Error(`"${text}" is not a printed number (expected e.g. "1,234", "(1,234)", "8.92", "27.9%" or "-")`);
  const { neg, open, int, frac = '', close, pct } = m.groups;
  if (Boolean(open) !== Boolean(close)) throw new Error(`"${text}" has an unbalanced parenthesis`);
  if (neg && open) throw new Error(`"${text}" is negative twice`);
  const exp = exponent - frac.length - (pct ? 2 : 0);
  const coefficient = BigInt(int.replace(/,/g, '') + frac);
  return { value: formatScaled(neg || open ? -coefficient : coefficient, exp), decimals: -exp };
}

/** coefficient × 10^exp as a plain decimal string that keeps every printed digit. */
export function formatScaled(coefficient: bigint, exp: number): string {
  const negative = coefficient < 0n;
  let digits = (negative ? -coefficient : coefficient).toString();
  if (exp >= 0) digits = coefficient === 0n ? '0' : digits + '0'.repeat(exp);
  else {
    const places = -exp;
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}
