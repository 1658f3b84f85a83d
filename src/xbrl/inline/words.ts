/** English number words, for the SEC's `numwordsen` and `durwordsen` transformations. */

const SMALL: Record<string, number> = {
  zero: 0, no: 0, none: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SCALES: Record<string, bigint> = {
  thousand: 10n ** 3n,
  million: 10n ** 6n,
  billion: 10n ** 9n,
  trillion: 10n ** 12n,
  quadrillion: 10n ** 15n,
  quintillion: 10n ** 18n,
};

/** Hyphens and dashes that may join "twenty-one" (the registry accepts the Unicode ones too). */
const JOINERS = /[\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D-]/g;

/**
 * The integer that English words name ("two", "one hundred and five", "twenty-one thousand,
 * three hundred"), or null when the text is not number words. Exact (bigint), never a float.
 */
export function wordsToInteger(text: string): bigint | null {
  const words = text.toLowerCase().replace(JOINERS, ' ').replace(/,/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0n;
  let group = 0n;
  let seen = false;
  for (const w of words) {
    if (w in SMALL) {
      group += BigInt(SMALL[w]);
      seen = true;
    } else if (w === 'hundred') {
      if (!seen) return null;
      group = (group === 0n ? 1n : group) * 100n;
    } else if (w in SCALES) {
      if (!seen) return null;
      total += group * SCALES[w];
      group = 0n;
    } else {
      return null;
    }
  }
  return seen ? total + group : null;
}
