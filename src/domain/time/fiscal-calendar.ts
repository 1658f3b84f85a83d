/**
 * Fiscal years and periods from a company's fiscal year end. Two kinds of calendar:
 * - month-based: the year ends on a fixed day (Dec 31), quarters are three calendar months;
 * - 52/53-week: the year ends on a weekday near a nominal date (Apple: the last Saturday
 *   of September), so years are 364 or 371 days and quarters 13 or 14 weeks.
 * Periods are classified by their length and their start within the fiscal year, with a
 * tolerance of a week for week-based calendars: exact month arithmetic would call Apple's
 * quarter ended 2023-07-01 "an irregular span".
 */

export interface FiscalYearEnd {
  /** Nominal month and day the fiscal year ends, e.g. { month: 9, day: 30 }. */
  month: number;
  day: number;
  /** True when the year ends on a weekday within a week of the nominal date (52/53-week years). */
  weekBased?: boolean;
  /**
   * Actual last days of fiscal years where known (the periods of report of annual reports,
   * sorted): where one is known it decides which year a date is in, the week's tolerance
   * only where none is (an instant dated 2024-01-03 is in the new year of a company whose
   * year ended 2023-12-30).
   */
  knownEnds?: readonly string[];
  /**
   * How the company names its years: the calendar year a year ends in, plus this. 0 for most;
   * -1 for a retailer whose year ending 2024-02-03 is its fiscal 2023 (Target), as its
   * `dei:DocumentFiscalYearFocus` says.
   */
  yearNameOffset?: number;
}

/** A company's year end as each of its filings states it: the one in force for periods ending up to `through`. */
export interface FiscalEra {
  through: string;
  fiscalYearEnd: FiscalYearEnd;
}

/**
 * The year end in force on `date`: that of the first filing (by period of report) whose
 * period ends on or after it, so the latest filing's year end does not relabel the years
 * before a change; the company's own (latest) for later dates or without filings.
 */
export function fiscalYearEndOn(company: { fiscalYearEnd: FiscalYearEnd; fiscalEras?: readonly FiscalEra[] }, date: string): FiscalYearEnd {
  for (const era of company.fiscalEras ?? []) if (era.through >= date) return era.fiscalYearEnd;
  return company.fiscalYearEnd;
}

export type FiscalPeriodCode = 'FY' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | '6M' | '9M';

export interface FiscalDescription {
  fiscalYear: number;
  /** Null for an instant or a span that is no fiscal period. */
  fiscalPeriod: FiscalPeriodCode | null;
}

const DAY = 86_400_000;
/** How far a 52/53-week year's end may fall from its nominal date. */
const WEEK_TOLERANCE = 7;

export function toDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The nominal end of fiscal year `year` (Feb 29 falls back to Feb 28 in common years). */
function nominalEnd(fye: FiscalYearEnd, year: number): number {
  const lastDay = new Date(Date.UTC(year, fye.month, 0)).getUTCDate();
  return toDay(`${year}-${String(fye.month).padStart(2, '0')}-${String(Math.min(fye.day, lastDay)).padStart(2, '0')}`);
}

/**
 * The fiscal year a date falls in: the year whose end is the first on or after the date.
 * A week-based year's end may fall up to a week after its nominal date, and a month-based
 * one never does, so Jan 1 of a calendar-year company stays in the new year.
 */
export function fiscalYearOf(date: string, fye: FiscalYearEnd, tolerance = fye.weekBased ? WEEK_TOLERANCE : 0): number {
  const day = toDay(date);
  const year = Number(date.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) if (day <= (actualEnd(fye, y) ?? nominalEnd(fye, y) + tolerance)) return y;
  return year + 2;
}

/** The known last day of fiscal year `year` (one of `knownEnds` within a week of its nominal end), or null. */
function actualEnd(fye: FiscalYearEnd, year: number): number | null {
  if (!fye.knownEnds?.length) return null;
  const nominal = nominalEnd(fye, year);
  for (const end of fye.knownEnds) {
    const d = toDay(end);
    if (Math.abs(d - nominal) <= WEEK_TOLERANCE) return d;
  }
  return null;
}

/** The name of fiscal year `year` (counted by the calendar year it ends in) as the company names it. */
export function fiscalYearName(year: number, fye: FiscalYearEnd): number {
  return year + (fye.yearNameOffset ?? 0);
}

/** The first day of fiscal year `year` by the nominal calendar (a week-based year may start a few days off it). */
export function fiscalYearStart(year: number, fye: FiscalYearEnd): string {
  return fromDay((actualEnd(fye, year - 1) ?? nominalEnd(fye, year - 1)) + 1);
}

/**
 * The fiscal period a report ending on `date` covers, as a cover states it (`dei:DocumentFiscalPeriodFocus`):
 * FY, or the quarter the year-to-date span ends (Q1, Q2, Q3); null when the date ends no quarter.
 */
export function focusOf(date: string, fye: FiscalYearEnd): { fiscalYear: number; fiscalPeriod: 'FY' | 'Q1' | 'Q2' | 'Q3' | null } {
  const fiscalYear = fiscalYearOf(date, fye, WEEK_TOLERANCE);
  const { fiscalPeriod } = describeFiscal(fiscalYearStart(fiscalYear, { ...fye, weekBased: true }), date, { ...fye, weekBased: true });
  const focus = { FY: 'FY', Q1: 'Q1', '6M': 'Q2', '9M': 'Q3' } as const;
  return { fiscalYear: fiscalYearName(fiscalYear, fye), fiscalPeriod: fiscalPeriod && fiscalPeriod in focus ? focus[fiscalPeriod as keyof typeof focus] : null };
}

/** Length in days of a span, both ends included. */
function spanDays(startDate: string, endDate: string): number {
  return toDay(endDate) - toDay(startDate) + 1;
}

/**
 * Classifies a span of a fiscal year: FY, Q1..Q4, 6M or 9M, or null. A duration ending
 * within a week of a fiscal year's end belongs to that year whatever the calendar (periods
 * end on period ends), and its start is placed in quarters from that year's start.
 */
export function describeFiscal(startDate: string | null, endDate: string, fye: FiscalYearEnd): FiscalDescription {
  if (startDate === null) return { fiscalYear: fiscalYearOf(endDate, fye), fiscalPeriod: null };
  const days = spanDays(startDate, endDate);
  // A duration of whole weeks (13 or more) ending a few days after a nominal year end closes
  // that year (a 53-week year, even where the calendar was not recognised as week-based);
  // any other span ending on 1-7 January of a December company is in the new year.
  const fiscalYear = fiscalYearOf(endDate, fye, fye.weekBased || (days % 7 === 0 && days >= 84) ? WEEK_TOLERANCE : 0);
  const yearStart = toDay(fiscalYearStart(fiscalYear, fye));
  const tolerance = fye.weekBased ? WEEK_TOLERANCE : 3;
  const startOffset = toDay(startDate) - yearStart;
  // Quarters of 13 weeks (91 days) in a week-based year; 90–92 days in a month-based one.
  const quarters = Math.round(days / 91.3);
  const quarterOffset = Math.round(startOffset / 91.3);
  if (quarters < 1 || quarters > 4) return { fiscalYear, fiscalPeriod: null };
  const expectedDays = quarters === 4 ? 365.25 : quarters * 91.3;
  if (Math.abs(days - expectedDays) > tolerance + 4) return { fiscalYear, fiscalPeriod: null };
  if (Math.abs(startOffset - quarterOffset * 91.3) > tolerance + 4) return { fiscalYear, fiscalPeriod: null };
  if (!fye.weekBased && !monthAligned(startDate, endDate, fye)) return { fiscalYear, fiscalPeriod: null };
  if (quarters === 1 && quarterOffset >= 0 && quarterOffset <= 3) return { fiscalYear, fiscalPeriod: `Q${quarterOffset + 1}` as FiscalPeriodCode };
  if (quarterOffset !== 0) return { fiscalYear, fiscalPeriod: null };
  return { fiscalYear, fiscalPeriod: quarters === 4 ? 'FY' : quarters === 2 ? '6M' : quarters === 3 ? '9M' : null };
}

/** A month-based period starts on the day after a month's last day that ends a fiscal quarter, and ends on such a day. */
function monthAligned(startDate: string, endDate: string, fye: FiscalYearEnd): boolean {
  const dayBeforeStart = fromDay(toDay(startDate) - 1);
  return isQuarterEnd(dayBeforeStart, fye) && isQuarterEnd(endDate, fye);
}

function isQuarterEnd(date: string, fye: FiscalYearEnd): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if ((((m - fye.month) % 3) + 3) % 3 !== 0) return false;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // A fiscal year ending on a day other than the month's last (e.g. the 30th of a 31-day month) keeps that day.
  return d === Math.min(fye.day, lastDay) || d === lastDay;
}

/**
 * Whether a company's years end on a weekday rather than on a date: a year or quarter
 * end it reports (a period of report, or the fiscal year end its cover states, `--MM-DD`)
 * is not the last day of its month. Month-based companies close on month ends.
 */
export function isWeekBased(reportedEnds: readonly string[]): boolean {
  return reportedEnds.some((date) => {
    const [m, d] = date.slice(-5).split('-').map(Number);
    return d !== new Date(Date.UTC(2001, m, 0)).getUTCDate();
  });
}
