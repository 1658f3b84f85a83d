import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate } from '../../src/graphql/scalars/date.scalar.js';

/** The former check, with a Date object: the arithmetic one must agree with it everywhere. */
function byDateObject(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

describe('the Date scalar', () => {
  it('accepts exactly the calendar dates a Date object accepts (leap years, month lengths)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let disagreements = 0;
    for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isIsoDate(s) !== byDateObject(s)) disagreements++;
        }
      }
    }
    expect(disagreements).toBe(0);
    for (const s of ['2024-1-01', '2024-01-1x', '2024/01/01', '+02024-01-01', '2024-01-01T00:00:00Z', '', ' 2024-01-01']) expect(isIsoDate(s), s).toBe(false);
  });

  it('serializes valid dates as they are and refuses others', () => {
    expect(DateScalar.serialize('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.serialize('2023-02-29')).toThrow(/ISO 8601 calendar date/);
    expect(() => DateScalar.serialize(20240229)).toThrow(/ISO 8601 calendar date/);
  });
});
