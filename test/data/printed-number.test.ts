import { describe, expect, it } from 'vitest';
import { parsePrinted } from '../../src/data/printed-number.js';

describe('parsePrinted', () => {
  it('scales thousands exactly, keeping every digit', () => {
    expect(parsePrinted('4,177,890', 3)).toEqual({ value: '4177890000', decimals: -3 });
    expect(parsePrinted('24,604,487', 3).value).toBe('24604487000');
  });

  it('reads parentheses and a leading minus as negative', () => {
    expect(parsePrinted('(213,267)', 3)).toEqual({ value: '-213267000', decimals: -3 });
    expect(parsePrinted('-213.3', 6)).toEqual({ value: '-213300000', decimals: -5 });
  });

  it('reads a dash as a reported nil', () => {
    expect(parsePrinted('-', 3)).toEqual({ value: '0', decimals: -3 });
  });

  it('keeps the printed precision of per-share amounts', () => {
    expect(parsePrinted('3.40', 0)).toEqual({ value: '3.40', decimals: 2 });
    expect(parsePrinted('0.62', 0)).toEqual({ value: '0.62', decimals: 2 });
  });

  it('turns percents into fractions', () => {
    expect(parsePrinted('41.3%', 0)).toEqual({ value: '0.413', decimals: 3 });
    expect(parsePrinted('5%', 0)).toEqual({ value: '0.05', decimals: 2 });
  });

  it('refuses what is not a printed number', () => {
    for (const bad of ['', '1,23', '12,3456', '(12', '12)', '1.2.3', 'RMBL1.65', '-(5)', '1e5']) {
      expect(() => parsePrinted(bad, 0), bad).toThrow();
    }
  });
});
