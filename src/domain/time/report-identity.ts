/**
 * What makes two facts reports of one figure, and when a report became known. The only
 * place that reads these off a fact or a disclosure, so a new source needs no change elsewhere.
 */
import type { Disclosure, Fact } from '../model.js';

/** Facts of one company with the same concept, period, dimensions and unit report one figure. */
export function figureKey(fact: Pick<Fact, 'concept' | 'period' | 'dimensions' | 'unit'>): string {
  const dimensions = fact.dimensions.map((d) => `${d.axis}=${d.member}`).join(',');
  return `${fact.concept.company.id}|${fact.concept.name}|${fact.period.id}|${dimensions}|${fact.unit}`;
}

/**
 * The day a disclosure became public: its filing date, or, where that is unknown (a filing
 * without metadata), the end of the period it reports on.
 */
export function knownOn(disclosure: Disclosure): string {
  return disclosure.filedOn ?? disclosure.periodOfReport;
}

/** How `knownOn` was decided. */
export function knownOnBasis(disclosure: Disclosure): 'FILING_DATE' | 'PERIOD_OF_REPORT' {
  return disclosure.filedOn ? 'FILING_DATE' : 'PERIOD_OF_REPORT';
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
 * Whether a fact is a statement's own figure (a table cell, a filed element or SEC's companyfacts record of one), not a
 * rounded restatement of it in prose: only those are inputs of derived quarters.
 */
export function isStatementFigure(fact: Fact): boolean {
  return fact.source.kind === 'TABLE_CELL' || fact.source.kind === 'XBRL_ELEMENT' || fact.source.kind === 'COMPANY_FACTS';
}
