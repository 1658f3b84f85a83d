/** Fiscal labels for periods ("Q2 2024", "6M 2024", "FY 2024"), relative to a company's fiscal year end. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface FiscalDescription {
  fiscalYear: number;
  fiscalPeriod: string | null;
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

function dayAfter(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export function formatDate(date: string): string {
  const { y, m, d } = parse(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Whole months from `start` to the day after `end`, or null when the span is not whole months. */
function wholeMonths(start: string, end: string): number | null {
  const a = parse(start);
  const b = parse(dayAfter(end));
  if (a.d !== b.d) return null;
  return (b.y - a.y) * 12 + (b.m - a.m);
}

export function describePeriod(startDate: string | null, endDate: string, fiscalYearEnd: { month: number; day: number }): FiscalDescription {
  const end = parse(endDate);
  const endsAfterFye = end.m > fiscalYearEnd.month || (end.m === fiscalYearEnd.month && end.d > fiscalYearEnd.day);
  const fiscalYear = endsAfterFye ? end.y + 1 : end.y;
  if (startDate === null) return { fiscalYear, fiscalPeriod: null, label: formatDate(endDate) };

  const fyEnd = `${fiscalYear - 1}-${String(fiscalYearEnd.month).padStart(2, '0')}-${String(fiscalYearEnd.day).padStart(2, '0')}`;
  const fyStart = dayAfter(fyEnd);
  const months = wholeMonths(startDate, endDate);
  const offset = wholeMonths(fyStart, dayBefore(startDate));
  let fiscalPeriod: string | null = null;
  if (months !== null) {
    if (startDate === fyStart) fiscalPeriod = months === 12 ? 'FY' : months === 3 ? 'Q1' : `${months}M`;
    else if (months === 3 && offset !== null && offset % 3 === 0 && offset < 12) fiscalPeriod = `Q${offset / 3 + 1}`;
  }
  const label = fiscalPeriod ? `${fiscalPeriod} ${fiscalYear}` : `${formatDate(startDate)} – ${formatDate(endDate)}`;
  return { fiscalYear, fiscalPeriod, label };
}

/** Id of a company's period: `<company>/<start>..<end>`, or `<company>/<date>` for an instant. */
export function periodId(company: { id: string }, startDate: string | null, endDate: string): string {
  return `${company.id}/${startDate ? `${startDate}..` : ''}${endDate}`;
}
