import { XD } from '../decimal.js';
import { countryCode, edgarStateCountryCode, exchangeCode, filerCategory, stateCode } from './sec-names.js';
import { wordsToInteger } from './words.js';

/**
 * The Inline XBRL transformation rules EDGAR accepts: the XII Transformation Registries 1 to
 * 5 (`ixt`) and the SEC's own (`ixt-sec`). A rule turns the text a reader sees ("1,234.5",
 * "—", "two", "March 29, 2025") into the value's lexical form ("1234.5", "0", "2",
 * "2025-03-29"). Every rule is exact string work: no floats.
 */

export const IXT = {
  v1: 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
  v2: 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
  v3: 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  v4: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  v5: 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
  sec: 'http://www.sec.gov/inlineXBRL/transformation/2015-08-31',
} as const;

/** Thrown when the displayed text does not fit the rule; the reader names the fact. */
export class TransformError extends Error {}

type Rule = (text: string) => string;

const fail = (rule: string, text: string): never => {
  throw new TransformError(`"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not valid input for ${rule}`);
};

/** Whitespace as XML and HTML print it, including the no-break space. */
const trim = (s: string) => s.replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '');

/**
 * A number printed with `group` as thousands separators and `point` as decimal separator.
 * Separators are checked where they stand (groups of three), so "1.234,5" is refused by a
 * dot-decimal rule instead of silently becoming 1.2345.
 */
function number(rule: string, group: string, point: string): Rule {
  const g = `[${group}]`;
  const p = point === '.' ? '\\.' : point;
  const re = new RegExp(`^(?:(\\d{1,3}(?:${g}\\d{3})+)|(\\d+))(?:${p}(\\d*))?$|^${p}(\\d+)$`);
  return (text) => {
    const t = trim(text);
    const m = re.exec(t);
    if (!m) return fail(rule, t);
    if (m[4] !== undefined) return `0.${m[4]}`;
    const whole = (m[1] ?? m[2]).replace(new RegExp(g, 'g'), '');
    return m[3] ? `${whole}.${m[3]}` : whole;
  };
}

/** "5 dollars 35 cents", "5 and 35/100": a whole part and a fraction of up to two digits, any unit words between. */
function numberWithUnit(rule: string, group: string): Rule {
  const whole = number(rule, group, '\u0000');
  return (text) => {
    const m = /^([\d\s\u00A0.,'’]+?)[^\d]+(\d{1,2})[^\d]*$/.exec(trim(text));
    if (!m) return fail(rule, text);
    const w = whole(m[1]);
    return `${w}.${m[2].padStart(2, '0')}`;
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) {
    const n = Number(token);
    return n >= 1 && n <= 12 ? n : null;
  }
  const t = token.toLowerCase();
  if (t.length < 3) return null;
  const i = MONTHS.indexOf(t.slice(0, 3));
  // A full or abbreviated English name ("Sept" included), never other words starting alike.
  if (i < 0) return null;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return full.startsWith(t) || t === 'sept' ? i + 1 : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date printed with its parts in `order` (D day, M month number or name, Y year), any
 * separators between; the output is the xs:date, xs:gYearMonth, xs:gMonthDay or xs:gDay
 * form the parts make. Two-digit years are 20yy, as the registry says.
 */
function date(rule: string, order: string): Rule {
  return (text) => {
    const tokens = trim(text).split(/[^0-9A-Za-z]+/).filter(Boolean).map((t) => t.replace(/^(\d+)(st|nd|rd|th)$/i, '$1'));
    if (tokens.length !== order.length) return fail(rule, text);
    let y: number | null = null;
    let m: number | null = null;
    let d: number | null = null;
    for (let i = 0; i < order.length; i++) {
      const t = tokens[i];
      if (order[i] === 'Y') {
        if (!/^\d{2}(\d{2})?$/.test(t)) return fail(rule, text);
        y = t.length === 2 ? 2000 + Number(t) : Number(t);
      } else if (order[i] === 'M') {
        m = monthOf(t);
        if (m === null) return fail(rule, text);
      } else {
        if (!/^\d{1,2}$/.test(t)) return fail(rule, text);
        d = Number(t);
      }
    }
    const daysIn = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate(); // 2000: a leap year, so --02-29 passes
    if (d !== null && (d < 1 || d > (m === null ? 31 : daysIn))) return fail(rule, text);
    if (y !== null && m !== null && d !== null) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (y !== null && m !== null) return `${pad(y, 4)}-${pad(m)}`;
    if (m !== null && d !== null) return `--${pad(m)}-${pad(d)}`;
    if (d !== null) return `---${pad(d)}`;
    return fail(rule, text);
  };
}

const fixed = (value: string): Rule => () => value;

/** ixt-sec's durations from a number: whole units, the rest spilling into the next smaller ones (a month is 30.4375 days). */
function duration(unit: 'Y' | 'M' | 'W' | 'D' | 'H'): Rule {
  return (text) => {
    const t = trim(text);
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return fail(`ixt-sec:dur…`, t);
    let n = new XD(t);
    const sign = n.isNeg() && !n.isZero() ? '-' : '';
    n = n.abs();
    const parts: Array<[number, string]> = [];
    const whole = (x: InstanceType<typeof XD>) => x.floor().toNumber();
    if (unit === 'Y') {
      const months = n.minus(n.floor()).times(12);
      parts.push([whole(n), 'Y'], [whole(months), 'M'], [whole(months.minus(months.floor()).times('30.4375')), 'D']);
    } else if (unit === 'M') {
      parts.push([whole(n), 'M'], [whole(n.minus(n.floor()).times('30.4375')), 'D']);
    } else if (unit === 'W') {
      parts.push([whole(n.times(7)), 'D']);
    } else if (unit === 'D') {
      parts.push([whole(n), 'D'], [whole(n.minus(n.floor()).times(24)), 'TH']);
    } else {
      parts.push([whole(n), 'TH']);
    }
    const shown = parts.filter(([v], i) => v !== 0 || i === 0);
    const body = shown.map(([v, u]) => (u === 'TH' ? `T${v}H` : `${v}${u}`)).join('');
    return `${shown.every(([v]) => v === 0) ? '' : sign}P${body}`;
  };
}

/** "two years, six months and ten days", "3 years": each part in words or digits. */
const durationWords: Rule = (text) => {
  const t = trim(text).toLowerCase();
  if (/^[-\u2010-\u2015]?\s*(zero|no|none)\s*[-\u2010-\u2015]?$/.test(t)) return 'P0D';
  const re = /(.+?)[\s\u2010-\u2015-]+(years?|months?|days?)(?:\s*,?\s*(?:and\s+)?|$)/gy;
  let out = 'P';
  let m: RegExpExecArray | null;
  let end = 0;
  const order = ['y', 'm', 'd'];
  let last = -1;
  while ((m = re.exec(t))) {
    end = re.lastIndex;
    const part = m[1].trim();
    const n = /^\d{1,4}$/.test(part) ? BigInt(part) : wordsToInteger(part);
    if (n === null) return fail('ixt-sec:durwordsen', text);
    const u = order.indexOf(m[2][0]);
    if (u <= last) return fail('ixt-sec:durwordsen', text);
    last = u;
    if (n !== 0n) out += `${n}${m[2][0].toUpperCase()}`;
  }
  if (end !== t.length || last < 0) return fail('ixt-sec:durwordsen', text);
  return out === 'P' ? 'P0D' : out;
};

const numberWords: Rule = (text) => {
  const n = wordsToInteger(trim(text));
  return n === null ? fail('number words', text) : String(n);
};

const ballot = (unchecked: string, checked: string): Rule => (text) => {
  const t = trim(text);
  if (t === '\u2610') return unchecked;
  if (t === '\u2611' || t === '\u2612') return checked;
  return fail('a ballot box rule', text);
};

/** "first quarter 2025", "2025 Q3", "fourth quarter of 2024" → the calendar quarter's last day. */
const quarterEnd: Rule = (text) => {
  const t = trim(text).toLowerCase();
  const q = /\b(1|first|2|second|3|third|4|fourth|last)(?:st|nd|rd|th)?\b|\bq([1-4])\b/.exec(t);
  const y = /\b(\d{4})\b/.exec(t);
  if (!q || !y) return fail('ixt-sec:datequarterend', text);
  const which = q[2] ?? q[1];
  const month = ({ 1: 3, first: 3, 2: 6, second: 6, 3: 9, third: 9, 4: 12, fourth: 12, last: 12 } as Record<string, number>)[which];
  const day = new Date(Date.UTC(Number(y[1]), month, 0)).getUTCDate();
  return `${y[1]}-${pad(month)}-${pad(day)}`;
};

const lookup = (rule: string, f: (t: string) => string | null): Rule => (text) => f(trim(text)) ?? fail(rule, text);

/** Dates by part order, under the names each registry gives them. */
const DATE_ORDERS: Record<string, string> = {
  'day-month-year': 'DMY', 'month-day-year': 'MDY', 'year-month-day': 'YMD', 'day-month': 'DM', 'month-day': 'MD',
  'month-year': 'MY', 'year-month': 'YM', 'day-monthname-year-en': 'DMY', 'monthname-day-year-en': 'MDY',
  'year-monthname-day-en': 'YMD', 'day-monthname-en': 'DM', 'monthname-day-en': 'MD', 'monthname-year-en': 'MY',
  'year-monthname-en': 'YM',
};

function registries(): Map<string, Map<string, Rule>> {
  const v4: Record<string, Rule> = {
    'num-dot-decimal': number('ixt:num-dot-decimal', ', \u00A0\'’', '.'),
    'num-comma-decimal': number('ixt:num-comma-decimal', '. \u00A0\'’', ','),
    'num-unit-decimal': numberWithUnit('ixt:num-unit-decimal', ', \u00A0\'’'),
    'fixed-zero': fixed('0'),
    'fixed-empty': fixed(''),
    'fixed-false': fixed('false'),
    'fixed-true': fixed('true'),
  };
  for (const [name, order] of Object.entries(DATE_ORDERS)) v4[`date-${name}`] = date(`ixt:date-${name}`, order);
  // Registry 5 keeps every rule of 4 and adds a few not used on EDGAR.
  const v5 = { ...v4 };

  const v3: Record<string, Rule> = {
    numdotdecimal: number('ixt:numdotdecimal', ', \u00A0', '.'),
    numcommadecimal: number('ixt:numcommadecimal', '. \u00A0', ','),
    numunitdecimal: numberWithUnit('ixt:numunitdecimal', ', \u00A0'),
    zerodash: fixed('0'),
    nocontent: fixed(''),
    booleanfalse: fixed('false'),
    booleantrue: fixed('true'),
    datedaymonthyear: date('ixt:datedaymonthyear', 'DMY'),
    datemonthdayyear: date('ixt:datemonthdayyear', 'MDY'),
    dateyearmonthday: date('ixt:dateyearmonthday', 'YMD'),
    datedaymonth: date('ixt:datedaymonth', 'DM'),
    datemonthday: date('ixt:datemonthday', 'MD'),
    datemonthyear: date('ixt:datemonthyear', 'MY'),
    datedaymonthyearen: date('ixt:datedaymonthyearen', 'DMY'),
    datemonthdayyearen: date('ixt:datemonthdayyearen', 'MDY'),
    datedaymonthen: date('ixt:datedaymonthen', 'DM'),
    datemonthdayen: date('ixt:datemonthdayen', 'MD'),
    datemonthyearen: date('ixt:datemonthyearen', 'MY'),
    dateyearmonthen: date('ixt:dateyearmonthen', 'YM'),
    dateyearmonthdayen: date('ixt:dateyearmonthdayen', 'YMD'),
  };
  const v2 = { ...v3 };
  // Registry 1's names: separators and order spelled out.
  const v1: Record<string, Rule> = {
    numcommadot: number('ixt:numcommadot', ',', '.'),
    numdotcomma: number('ixt:numdotcomma', '.', ','),
    numspacedot: number('ixt:numspacedot', ' \u00A0', '.'),
    numspacecomma: number('ixt:numspacecomma', ' \u00A0', ','),
    numcomma: number('ixt:numcomma', '\u0000', ','),
    numdash: fixed('0'),
    zerodash: fixed('0'),
    datedoteu: date('ixt:datedoteu', 'DMY'),
    datedotus: date('ixt:datedotus', 'MDY'),
    dateslasheu: date('ixt:dateslasheu', 'DMY'),
    dateslashus: date('ixt:dateslashus', 'MDY'),
    datelonguk: date('ixt:datelonguk', 'DMY'),
    datelongus: date('ixt:datelongus', 'MDY'),
    dateshortuk: date('ixt:dateshortuk', 'DMY'),
    dateshortus: date('ixt:dateshortus', 'MDY'),
    datelongdaymonthuk: date('ixt:datelongdaymonthuk', 'DM'),
    datelongmonthdayus: date('ixt:datelongmonthdayus', 'MD'),
    dateshortdaymonthuk: date('ixt:dateshortdaymonthuk', 'DM'),
    dateshortmonthdayus: date('ixt:dateshortmonthdayus', 'MD'),
    dateslashdaymontheu: date('ixt:dateslashdaymontheu', 'DM'),
    dateslashmonthdayus: date('ixt:dateslashmonthdayus', 'MD'),
    datelongyearmonth: date('ixt:datelongyearmonth', 'YM'),
    dateshortyearmonth: date('ixt:dateshortyearmonth', 'YM'),
    datelongmonthyear: date('ixt:datelongmonthyear', 'MY'),
    dateshortmonthyear: date('ixt:dateshortmonthyear', 'MY'),
  };
  const sec: Record<string, Rule> = {
    numwordsen: numberWords,
    numinf: fixed('INF'),
    numneginf: fixed('-INF'),
    numnan: fixed('NaN'),
    duryear: duration('Y'),
    durmonth: duration('M'),
    durweek: duration('W'),
    durday: duration('D'),
    durhour: duration('H'),
    durwordsen: durationWords,
    datequarterend: quarterEnd,
    boolballotbox: ballot('false', 'true'),
    yesnoballotbox: ballot('No', 'Yes'),
    stateprovnameen: lookup('ixt-sec:stateprovnameen', stateCode),
    countrynameen: lookup('ixt-sec:countrynameen', countryCode),
    edgarprovcountryen: lookup('ixt-sec:edgarprovcountryen', edgarStateCountryCode),
    exchnameen: lookup('ixt-sec:exchnameen', exchangeCode),
    entityfilercategoryen: lookup('ixt-sec:entityfilercategoryen', filerCategory),
  };
  return new Map(
    ([[IXT.v1, v1], [IXT.v2, v2], [IXT.v3, v3], [IXT.v4, v4], [IXT.v5, v5], [IXT.sec, sec]] as const).map(([ns, rules]) => [ns, new Map(Object.entries(rules))]),
  );
}

const RULES = registries();

/** The rule a `format` QName names, or null when no registry EDGAR accepts defines it. */
export function transformation(namespace: string, local: string): Rule | null {
  return RULES.get(namespace)?.get(local) ?? null;
}
