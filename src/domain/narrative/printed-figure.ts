import { parsePrinted, type ExactNumber } from '../../data/printed-number.js';

/** A figure as a sentence prints it: "RMB4,160.1 million", "US$-29.3 million", "247.6 million", "3.40%", "9.97 months". */
export interface PrintedFigure extends ExactNumber {
  /** ISO currency, or null when the figure names none. */
  currency: string | null;
}

const FIGURE = /^(?<currency>RMB|US\$)?(?<number>-?\d[\d,]*(?:\.\d+)?%?)(?: (?<scale>thousand|million|billion))?(?: months)?$/;
const SCALE = { thousand: 3, million: 6, billion: 9 } as const;
const CURRENCY = { RMB: 'CNY', US$: 'USD' } as const;

export function parseFigure(text: string): PrintedFigure {
  const m = FIGURE.exec(text.trim());
  if (!m?.groups) throw new Error(`"${text}" is not a figure as prose prints it (e.g. "RMB4,160.1 million", "247.6 million", "3.40%", "9.97 months")`);
  const { currency, number, scale } = m.groups;
  const exact = parsePrinted(number, scale ? SCALE[scale as keyof typeof SCALE] : 0);
  return { ...exact, currency: currency ? CURRENCY[currency as keyof typeof CURRENCY] : null };
}
