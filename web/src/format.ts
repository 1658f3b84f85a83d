/** Display helpers. Values stay exact decimal strings: nothing here goes through a float. */

/** "4177890000" → "4,177,890,000"; "-213267000.5" → "-213,267,000.5". */
export function groupDigits(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** An exact value with its unit, e.g. "4,177,890,000 CNY", "0.413 (41.3%)". */
export function exactValue(value: string, unit: string): string {
  if (unit === 'pure') return `${value} (${percent(value)})`;
  return `${groupDigits(value)} ${unit}`;
}

/** "0.413" → "41.3%", exactly (shifts the decimal point in the string). */
export function percent(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = fraction.padEnd(2, '0');
  const int = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return `${negative ? '-' : ''}${int}${rest ? `.${rest}` : ''}%`;
}

/** A URL segment from a title: "Unaudited Condensed Consolidated Balance Sheets" → "unaudited-condensed-consolidated-balance-sheets". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Splits `text` around `part`, for highlighting; null when `part` is absent or occurs more
 * than once (a row printing "-" in several columns): marking the wrong one would mislead.
 */
export function splitAround(text: string, part: string | null | undefined): [string, string, string] | null {
  if (!part) return null;
  const at = text.indexOf(part);
  if (at < 0 || text.indexOf(part, at + 1) >= 0) return null;
  return [text.slice(0, at), part, text.slice(at + part.length)];
}

/** Today as an ISO date in UTC, e.g. "2024-08-13". */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export const STATEMENT_NAMES: Record<string, string> = {
  BALANCE_SHEET: 'Balance sheet',
  INCOME_STATEMENT: 'Income statement',
  COMPREHENSIVE_INCOME: 'Comprehensive income',
  CASH_FLOW: 'Cash flows',
  EQUITY: 'Equity',
  PARENTHETICAL: 'Parenthetical',
  POLICIES: 'Policies',
  NON_GAAP_RECONCILIATION: 'Non-GAAP reconciliation',
  OPERATING_METRICS: 'Operating metrics',
};

/** A table's tab label: its statement's short name, or its title where several tables share a statement (a filing's notes). */
export function tableLabel(table: { statement: string; title: string }, all: readonly { statement: string }[]): string {
  const short = STATEMENT_NAMES[table.statement];
  return short && all.filter((t) => t.statement === table.statement).length === 1 ? short : table.title;
}

/**
 * How a table's tabs are grouped, so a filing's seventy presentation roles are not
 * seventy tabs: the primary statements first, then notes, tables, details and the cover.
 */
export const STATEMENT_GROUPS: readonly { key: string; name: string; statements: readonly string[] }[] = [
  { key: 'statements', name: 'Statements', statements: ['BALANCE_SHEET', 'INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'EQUITY', 'PARENTHETICAL', 'NON_GAAP_RECONCILIATION', 'OPERATING_METRICS'] },
  { key: 'notes', name: 'Notes', statements: ['NOTES', 'POLICIES'] },
  { key: 'tables', name: 'Note tables', statements: ['TABLES'] },
  { key: 'details', name: 'Details', statements: ['DETAILS'] },
  { key: 'cover', name: 'Cover', statements: ['COVER'] },
  { key: 'other', name: 'Other', statements: ['OTHER'] },
];

export function statementGroup(statement: string): string {
  return STATEMENT_GROUPS.find((g) => g.statements.includes(statement))?.key ?? 'other';
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** What a table's figures are shown in: per kind of unit, the power of ten divided out. */
export interface DisplayScale {
  money: number;
  shares: number;
}

/**
 * A filing's cells are full-unit numbers ("383285000000"). For reading, money is shown in
 * millions or thousands and share counts in thousands where every such figure of the table
 * is a whole number of them (so nothing is rounded away: the exact value stays in the
 * trace). Null for a table whose cells are already as printed (the curated release's).
 */
export function filingDisplay(table: { scaleExponent: number; rows: readonly { cells: readonly (string | null)[]; facts: readonly ({ unit: string } | null)[] }[] }): DisplayScale | null {
  if (table.scaleExponent !== 0) return null;
  const cells = table.rows.flatMap((row) => row.cells.map((cell, c) => ({ cell, unit: row.facts[c]?.unit })));
  const figures = cells.filter((x): x is { cell: string; unit: string | undefined } => x.cell !== null);
  if (figures.length === 0 || !figures.every((x) => PLAIN_NUMBER.test(x.cell))) return null;
  const largest = (pick: (unit: string) => boolean) => {
    const of = figures.filter((x) => x.unit && pick(x.unit)).map((x) => x.cell.replace(/^-/, ''));
    for (const k of [6, 3]) if (of.length > 0 && of.every((v) => v === '0' || (!v.includes('.') && v.endsWith('0'.repeat(k))))) return k;
    return 0;
  };
  return { money: largest((u) => CURRENCY.test(u)), shares: largest((u) => u === 'shares') };
}

/** One filing cell for reading: scaled, grouped, negatives in parentheses ("-565000000" in millions → "(565)"). */
export function displayFigure(cell: string, unit: string | undefined, scale: DisplayScale): string {
  const k = unit && CURRENCY.test(unit) ? scale.money : unit === 'shares' ? scale.shares : 0;
  const negative = cell.startsWith('-');
  let digits = negative ? cell.slice(1) : cell;
  if (k > 0 && digits !== '0') digits = digits.slice(0, -k);
  const grouped = groupDigits(digits);
  return negative ? `(${grouped})` : grouped;
}

const SCALE_WORDS: Record<number, string> = { 3: 'thousands', 6: 'millions' };

/** "USD in millions, shares in thousands", or null when nothing is scaled. */
export function describeScale(scale: DisplayScale, currency: string | undefined): string | null {
  const parts = [scale.money ? `${currency ?? 'money'} in ${SCALE_WORDS[scale.money]}` : null, scale.shares ? `shares in ${SCALE_WORDS[scale.shares]}` : null].filter(Boolean);
  return parts.length ? `${parts.join(', ')}, except per-share amounts` : null;
}


/**
 * Whether two reports of a figure say the same value once read at the lower precision of the
 * two (110.1 billion at decimals −8 and 110,087 million at −6 are one value). Exact: decimal
 * strings are compared as scaled integers, never through a float.
 */
export function sameAtPrecision(a: { value: string; decimals?: number | null }, b: { value: string; decimals?: number | null }): boolean {
  const places = (v: string) => v.split('.')[1]?.length ?? 0;
  const d = Math.min(a.decimals ?? Infinity, b.decimals ?? Infinity);
  const at = d === Infinity ? Math.max(places(a.value), places(b.value)) : d;
  return roundedUnits(a.value, at) === roundedUnits(b.value, at);
}

/** The value in units of 10^−decimals, rounded half away from zero, as a BigInt. */
function roundedUnits(value: string, decimals: number): bigint {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  // value × 10^F as an integer, F = fraction length; then shift by decimals − F.
  const scaled = BigInt(whole + fraction);
  const shift = decimals - fraction.length;
  let units: bigint;
  if (shift >= 0) units = scaled * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    units = scaled / divisor;
    if ((scaled % divisor) * 2n >= divisor) units += 1n;
  }
  return negative ? -units : units;
}
