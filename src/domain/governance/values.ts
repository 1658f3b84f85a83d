/** Exact values from printed text: money, counts, partial dates and zoned times. */
import { formatScaled } from '../../data/printed-number.js';
import type { DatePrecision, Money, PartialDate, ZonedTime } from './model.js';

const CURRENCIES: Record<string, string> = { RMB: 'CNY', US$: 'USD', HK$: 'HKD' };
const WORD_SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9 };
const PRINTED_MONEY = /^(?<approx>approximately )?(?<cur>RMB|US\$|HK\$)(?<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (?<scale>thousand|million|billion))?$/;
const PRINTED_QUANTITY = /^(?<approx>approximately )?(?<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (?<scale>thousand|million|billion))?$/;

/** `digits` × 10^scale as an exact decimal string, by digit arithmetic. */
function scaled(num: string, scale: string | undefined): string {
  const [int, frac = ''] = num.replace(/,/g, '').split('.');
  return formatScaled(BigInt(int + frac), (scale ? WORD_SCALES[scale] : 0) - frac.length);
}

/** "approximately US$211 million" → 211000000 USD, approximate. Throws on anything else. */
export function parseMoney(text: string): Money & { isApproximate: boolean } {
  const m = PRINTED_MONEY.exec(text);
  if (!m?.groups) throw new Error(`"${text}" is not money as printed (e.g. "US$0.30", "RMB1.50 billion")`);
  const { approx, cur, num, scale } = m.groups;
  return { amount: scaled(num, scale), currency: CURRENCIES[cur], isApproximate: Boolean(approx) };
}

/** "approximately 10.7 million" → "10700000", approximate. */
export function parseQuantity(text: string): { value: string; isApproximate: boolean } {
  const m = PRINTED_QUANTITY.exec(text);
  if (!m?.groups) throw new Error(`"${text}" is not a count as printed (e.g. "approximately 10.7 million")`);
  return { value: scaled(m.groups.num, m.groups.scale), isApproximate: Boolean(m.groups.approx) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2000" → the year 2000 (2000-01-01 to 2000-12-31); "2023-01" → January 2023; a full date → that day. */
export function partialDate(value: string): PartialDate {
  const [y, m, d] = value.split('-').map(Number);
  const precision: DatePrecision = d ? 'DAY' : m ? 'MONTH' : 'YEAR';
  if (precision === 'DAY') return { value, precision, earliest: value, latest: value };
  if (precision === 'MONTH') return { value, precision, earliest: `${y}-${pad(m)}-01`, latest: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { value, precision, earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The last day of a term of `months` whole months starting on `start` ("2024-04-01", 12 → "2025-03-31"). */
export function termEnd(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return addDays(`${year}-${pad(month)}-${pad(day)}`, -1);
}

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at `instant`. */
function zoneOffset(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The UTC instant of a local time in an IANA zone, checked against the printed words:
 * they must name the same calendar date, time of day and (when printed) weekday.
 * Throws with a reason otherwise.
 */
export function zonedTime(local: string, timeZone: string, printed: string): ZonedTime {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`"${timeZone}" is not an IANA time zone`);
  }
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let utc = wall - zoneOffset(timeZone, wall);
  utc = wall - zoneOffset(timeZone, utc); // again at the instant itself, in case a DST change lies between
  if (utc + zoneOffset(timeZone, utc) !== wall) throw new Error(`${local} does not exist in ${timeZone}`);

  const dateWords = `${MONTH_NAMES[mo - 1]} ${d}, ${y}`;
  if (!printed.includes(dateWords)) throw new Error(`"${printed}" does not name the date of ${local} (${dateWords})`);
  const clock = /(\d{1,2}):(\d{2})\s*(AM|PM|a\.m\.|p\.m\.)/i.exec(printed);
  if (!clock) throw new Error(`"${printed}" prints no time of day such as "8:30 PM"`);
  const hour24 = (Number(clock[1]) % 12) + (clock[3].toLowerCase().startsWith('p') ? 12 : 0);
  if (hour24 !== h || Number(clock[2]) !== mi) throw new Error(`"${printed}" prints ${clock[0]}, not the time of ${local}`);
  const weekday = WEEKDAYS.find((w) => printed.includes(w));
  const actual = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  if (weekday && weekday !== actual) throw new Error(`"${printed}" says ${weekday}, but ${date} is a ${actual}`);
  return { local, timeZone, utc: new Date(utc).toISOString().replace('.000Z', 'Z'), printed };
}
