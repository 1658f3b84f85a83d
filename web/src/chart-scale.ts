/** Pure helpers of the series chart: time positions, gaps, and the value axis's scale. */

const DAY = 86_400_000;

/** A point's position on the time axis: its period's end date, in ms since 1970 (UTC). */
export const timeOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** Periods missing between two consecutive points of a series (a quarter is ~91 days, a year ~365). */
export function missingBetween(a: string, b: string, annual: boolean): number {
  const step = annual ? 365.25 : 91.31;
  return Math.max(0, Math.round((timeOf(b) - timeOf(a)) / DAY / step) - 1);
}

/** The value axis's scale: the largest power of a thousand below the largest magnitude. */
export function axisScale(values: readonly number[]): { divisor: number; word: string } {
  const max = Math.max(...values.map((v) => Math.abs(v)));
  if (max >= 1e9) return { divisor: 1e9, word: 'billions' };
  if (max >= 1e6) return { divisor: 1e6, word: 'millions' };
  if (max >= 1e3) return { divisor: 1e3, word: 'thousands' };
  return { divisor: 1, word: '' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 2023" for a tick of the time axis. */
export function monthYear(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
