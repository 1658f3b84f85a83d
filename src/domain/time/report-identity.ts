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
 * The day a disclosure became public: its filing date; where that is unknown (a filing
 * without metadata.json), the latest day it can have been filed, so that an as-of answer
 * never sees it before it could have been public (see `knownOnBasis`).
 */
export function knownOn(disclosure: Disclosure): string {
  return disclosure.filedOn ?? latestFilingDay(disclosure).day;
}

/** How `knownOn` was decided. */
export function knownOnBasis(disclosure: Disclosure): 'FILING_DATE' | 'FILING_DEADLINE' | 'ACCESSION_YEAR' {
  return disclosure.filedOn ? 'FILING_DATE' : latestFilingDay(disclosure).basis;
}

/**
 * The SEC's latest deadline for each form after the end of its period (that of the slowest
 * filer category: non-accelerated 10-K 90 days, 10-Q 45 days; 20-F four months; 40-F is due
 * with the home-country annual report, bounded here like a 20-F; a 6-K has no deadline and is
 * bounded at six months). An amendment is bounded by its form's deadline only where its
 * accession number does not say otherwise.
 */
const DEADLINES: ReadonlyArray<[RegExp, { days?: number; months?: number }]> = [
  [/^10-K/i, { days: 90 }],
  [/^10-Q/i, { days: 45 }],
  [/^(20-F|40-F)/i, { months: 4 }],
  [/^6-K/i, { months: 6 }],
];

/**
 * The latest day a filing can have been filed: its period of report plus its form's deadline,
 * kept within the year its accession number was assigned (`0000320193-23-000106`: 2023) when
 * one is known; a filing whose accession year is later than its deadline was filed late, at
 * the latest on the last day of that year.
 */
export function latestFilingDay(disclosure: Pick<Disclosure, 'form' | 'periodOfReport' | 'accessionNumber'>): { day: string; basis: 'FILING_DEADLINE' | 'ACCESSION_YEAR' } {
  const deadline = DEADLINES.find(([form]) => form.test(disclosure.form ?? ''))?.[1] ?? { days: 90 };
  const d = new Date(`${disclosure.periodOfReport}T00:00:00Z`);
  if (deadline.months) {
    // Four months after January 31 is May 31, not July 1.
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + deadline.months);
    d.setUTCDate(Math.min(day, new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()));
  }
  if (deadline.days) d.setUTCDate(d.getUTCDate() + deadline.days);
  const day = d.toISOString().slice(0, 10);
  const yy = /^\d{10}-(\d{2})-\d{6}$/.exec(disclosure.accessionNumber ?? '')?.[1];
  if (yy === undefined) return { day, basis: 'FILING_DEADLINE' };
  const year = Number(yy) + (Number(yy) >= 93 ? 1900 : 2000); // EDGAR's accession numbers start in 1993
  if (day.slice(0, 4) === String(year)) return { day, basis: 'FILING_DEADLINE' };
  return { day: `${year}-12-31`, basis: 'ACCESSION_YEAR' };
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
