import type { Measure } from './model.js';

/** Measures whose unit carries a currency, and so can be translated. */
export const CURRENCY_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['monetary', 'per-share', 'per-ads']);

/**
 * The unit string of a value: `CNY`, `USD/ADS`, `CNY/share`, `shares`, `ADS`, `pure`
 * (ratios), `months`, or a count's own noun. Null for a count without one.
 */
export function unitFor(measure: Measure, currency: string, countUnit?: string | null): string | null {
  switch (measure) {
    case 'monetary':
      return currency;
    case 'per-share':
      return `${currency}/share`;
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
