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

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, as `Date.parse` counts them (a day past its
 * month's end rolls over, as there). Periods are classified by day numbers thousands of times a
 * company: the digits are read directly rather than through a string built and parsed each
 * time; anything else goes through `Date.parse`.
 */
export function toDay(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return daysFromCivil(y, m) + d - 1;
  }
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/** The `YYYY-MM-DD` of a day number (years 0–9999 computed directly, others as `Date` writes them). */
export function fromDay(day: number): string {
  if (Number.isInteger(day) && day >= YEAR_0 && day <= YEAR_9999_END) {
    const [y, m, d] = civilFromDays(day);
    return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  }
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The number of digits `s[from, to)`, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Day numbers of 0000-01-01 and 9999-12-31. */
const YEAR_0 = -719528;
const YEAR_9999_END = 2932896;

/** Day number (days since 1970-01-01) of the first of month `m` of year `y`, proleptic Gregorian (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Year, month and day of a day number (days_from_civil's inverse). */
function civilFromDays(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** The nominal end of fiscal year `year` (Feb 29 falls back to Feb 28 in common years). */
function nominalEnd(fye: FiscalYearEnd, year: number): number {
  // As the date `YYYY-MM-DD` would be read; any other year as its string is.
  if (year >= 1000 && year <= 9999 && fye.month >= 1 && fye.month <= 12 && fye.day >= 1) return daysFromCivil(year, fye.month) + Math.min(fye.day, daysInMonth(year, fye.month)) - 1;
  const lastDay = new Date(Date.UTC(year, fye.month, 0)).getUTCDate();
  return toDay(`${year}-${String(fye.month).padStart(2, '0')}-${String(Math.min(fye.day, lastDay)).padStart(2, '0')}`);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y` (Gregorian). */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}

/**
 * The fiscal year a date falls in: the year whose end is the first on or after the date.
 * A week-based year's end may fall up to a week after its nominal date, and a month-based
 * one never does, so Jan 1 of a calendar-year company stays in the new year.
 */
export function fiscalYearOf(date: string, fye: FiscalYearEnd, tolerance = fye.weekBased ? WEEK_TOLERANCE : 0): number {
  const day = toDay(date);
  const year = Number(date.slice(0, 4));
  for (let y = year - 1; y <= year + 1; y++) if (day <= (actualEnd(fye, y) ?? nominalEnd(fye, y) + tolerance)) return y;
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
  return fromDay(fiscalYearStartDay(year, fye));
}

function fiscalYearStartDay(year: number, fye: FiscalYearEnd): number {
  return (actualEnd(fye, year - 1) ?? nominalEnd(fye, year - 1)) + 1;
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
  const startDay = fiscalYearStartDay(fiscalYear, fye);
  // Outside years 0–9999 as the date's string reads back (or fails).
  const yearStart = startDay >= YEAR_0 && startDay <= YEAR_9999_END ? startDay : toDay(fiscalYearStart(fiscalYear, fye));
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
