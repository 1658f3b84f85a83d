import { percent } from './format.js';

/**
 * Figures for reading: scaled to thousands, millions or billions only where no digit is
 * lost ("383285000000" USD → "383.285 billion USD"), with the unit in words. Exact string
 * arithmetic, never a float.
 */

const SCALES = [
  { power: 9, word: 'billion' },
  { power: 6, word: 'million' },
  { power: 3, word: 'thousand' },
] as const;

/** `value` divided by 10^power as a decimal string, or null when more than `maxDecimals` digits would follow the point. */
export function shift(value: string, power: number, maxDecimals = 3): string | null {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = whole.padStart(power + 1, '0');
  const int = digits.slice(0, digits.length - power).replace(/^0+(?=\d)/, '');
  const frac = (digits.slice(digits.length - power) + fraction).replace(/0+$/, '');
  if (frac.length > maxDecimals) return null;
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const group = (n: string) => {
  const [w, f] = n.split('.');
  return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f !== undefined ? `.${f}` : ''}`;
};

/** A unit in words: "USD/shares" → "USD per share", "shares" → "shares", "pure" → "". */
export function unitWords(unit: string): string {
  if (unit === 'pure') return '';
  const [num, den] = unit.split('/');
  if (den) return `${num} per ${den.replace(/s$/, '')}`;
  return num;
}

/** "383285000000" USD → "383.285 billion USD"; "0.0340" pure → "3.40%"; "6.13" USD/shares → "6.13 USD per share". */
export function readableValue(value: string, unit: string): string {
  if (unit === 'pure') return percent(value);
  const perUnit = unit.includes('/');
  if (!perUnit) {
    for (const { power, word } of SCALES) {
      const abs = value.replace(/^-/, '').split('.')[0];
      if (abs.length <= power) continue;
      const scaled = shift(value, power);
      if (scaled !== null) return `${group(scaled)} ${word} ${unitWords(unit)}`;
    }
  }
  return `${group(value)} ${unitWords(unit)}`.trim();
}
