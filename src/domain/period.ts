/** Fiscal labels for periods ("Q2 2024", "6M 2024", "FY 2024"), relative to a company's fiscal year end. */

import { describeFiscal, fiscalYearName, type FiscalPeriodCode, type FiscalYearEnd } from './time/fiscal-calendar.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface FiscalDescription {
  fiscalYear: number;
  fiscalPeriod: FiscalPeriodCode | null;
  label: string;
}

function parse(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
}

/** The ISO date one day before `date` (the instant a period starting on `date` opens at). */
export function dayBefore(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}


export function formatDate(date: string): string {
  const { y, m, d } = parse(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** A period's fiscal year (as the company names it), fiscal period and label, by the year end in force when it ends. */
export function describePeriod(startDate: string | null, endDate: string, fiscalYearEnd: FiscalYearEnd): FiscalDescription {
  const described = describeFiscal(startDate, endDate, fiscalYearEnd);
  const fiscalYear = fiscalYearName(described.fiscalYear, fiscalYearEnd);
  const { fiscalPeriod } = described;
  if (startDate === null) return { fiscalYear, fiscalPeriod, label: formatDate(endDate) };
  const label = fiscalPeriod ? `${fiscalPeriod} ${fiscalYear}` : `${formatDate(startDate)} – ${formatDate(endDate)}`;
  return { fiscalYear, fiscalPeriod, label };
}

/** Id of a company's period: `<company>/<start>..<end>`, or `<company>/<date>` for an instant. */
export function periodId(company: { id: string }, startDate: string | null, endDate: string): string {
  return `${company.id}/${startDate ? `${startDate}..` : ''}${endDate}`;
}
