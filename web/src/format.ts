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
  NON_GAAP_RECONCILIATION: 'Non-GAAP reconciliation',
  OPERATING_METRICS: 'Operating metrics',
};

/** A table's tab label: its statement's short name, or its title where several tables share a statement (a filing's notes). */
export function tableLabel(table: { statement: string; title: string }, all: readonly { statement: string }[]): string {
  const short = STATEMENT_NAMES[table.statement];
  return short && all.filter((t) => t.statement === table.statement).length === 1 ? short : table.title;
}
