import type { Measure } from './model.js';

/** Measures whose unit carries a currency, and so can be translated. */
export const CURRENCY_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['monetary', 'per-share', 'per-ads']);

/**
 * The unit string of a value: `CNY`, `CNY/shares`, `USD/ADS`, `shares`, `ADS`, `pure`
 * (ratios), `months`, or a count's own noun. Null for a count without one.
 *
 * One vocabulary with filings: XBRL units are named from their measures' local names
 * (`USD`, `shares`, `USD/shares`, `pure`), so the curated release writes per-share amounts
 * as `CNY/shares` too, and one unit filter finds both. American depositary shares have no
 * XBRL standard measure (filers use `shares` or an extension measure of their own), so
 * `ADS` and `USD/ADS` stay ours.
 */
export function unitFor(measure: Measure, currency: string, countUnit?: string | null): string | null {
  switch (measure) {
    case 'monetary':
      return currency;
    case 'per-share':
      return `${currency}/shares`;
    case 'per-ads':
      return `${currency}/ADS`;
    case 'shares':
      return 'shares';
    case 'ads':
      return 'ADS';
    case 'percent':
      return 'pure';
    case 'months':
      return 'months';
    case 'count':
      return countUnit ?? null;
  }
}
