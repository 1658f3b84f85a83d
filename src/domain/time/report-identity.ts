/**
 * What makes two facts reports of one figure, and when a report became known. The only
 * place that reads these off a fact or a disclosure, so a new source needs no change elsewhere.
 */
import type { Disclosure, Fact } from '../model.js';

/**
 * Facts of one company with the same concept, period, dimensions and unit report one figure.
 * A curated line item without a concept is its own concept.
 */
export function figureKey(fact: Fact): string {
  const item = fact.lineItem;
  return `${item.company.id}|${item.concept ?? item.id}|${fact.period.id}|${fact.unit}`;
}

/**
 * The day a disclosure became public: its filing date, or, where that is unknown, its
 * date of record (for a release, the day it was issued).
 */
export function knownOn(disclosure: Disclosure): string {
  return disclosure.date;
}

/** How `knownOn` was decided. */
export function knownOnBasis(_disclosure: Disclosure): 'FILING_DATE' | 'PERIOD_OF_REPORT' {
  return 'FILING_DATE';
}

/** Decimal places a value is exact to; Infinity for an exact value. */
export function precisionOf(fact: Fact): number {
  return fact.decimals;
}

/** ISO 4217 codes, from the runtime's own list: `ADS` or `shares` are no currencies. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether a unit is a currency, so that flows in it add and subtract across periods. */
export function isCurrency(unit: string): boolean {
  return CURRENCIES.has(unit);
}

/**
 * Whether a fact is a statement's own figure (a table cell or a filed element), not a
 * rounded restatement of it in prose: only those are inputs of derived quarters.
 */
export function isStatementFigure(fact: Fact): boolean {
  return fact.source.table !== null;
}
