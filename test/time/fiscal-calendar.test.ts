import { describe, expect, it } from 'vitest';
import { describeFiscal, fiscalYearOf, fromDay, isWeekBased, toDay } from '../../src/domain/time/fiscal-calendar.js';

const apple = { month: 9, day: 30, weekBased: true };
const calendar = { month: 12, day: 31 };
const june = { month: 6, day: 30 };

describe('fiscal calendar', () => {
  it.each([
    // Apple's 52/53-week years: fiscal 2022 ended 2022-09-24 (52 weeks), fiscal 2023 ended 2023-09-30 (53 weeks).
    ['2021-09-26', '2022-09-24', 2022, 'FY'],
    ['2022-09-25', '2023-09-30', 2023, 'FY'],
    ['2022-09-25', '2022-12-31', 2023, 'Q1'],
    ['2023-01-01', '2023-04-01', 2023, 'Q2'],
    ['2023-04-02', '2023-07-01', 2023, 'Q3'],
    ['2023-07-02', '2023-09-30', 2023, 'Q4'],
    ['2022-09-25', '2023-04-01', 2023, '6M'],
    ['2022-09-25', '2023-07-01', 2023, '9M'],
    ['2021-09-26', '2022-06-25', 2022, '9M'],
  ])('Apple %s..%s is %s %s', (start, end, year, period) => {
    expect(describeFiscal(start, end, apple)).toEqual({ fiscalYear: year, fiscalPeriod: period });
  });

  it.each([
    ['2024-04-01', '2024-06-30', 2024, 'Q2'],
    ['2024-01-01', '2024-06-30', 2024, '6M'],
    ['2023-01-01', '2023-12-31', 2023, 'FY'],
    ['2024-07-01', '2024-09-30', 2024, 'Q3'],
    ['2024-01-01', '2024-09-30', 2024, '9M'],
    ['2023-10-01', '2023-12-31', 2023, 'Q4'],
    // Not a fiscal period: a two-month span, a quarter off the quarter grid.
    ['2024-04-01', '2024-05-31', 2024, null],
    ['2024-02-01', '2024-04-30', 2024, null],
  ])('a calendar year %s..%s is %s %s', (start, end, year, period) => {
    expect(describeFiscal(start, end, calendar)).toEqual({ fiscalYear: year, fiscalPeriod: period });
  });

  it('a June year end shifts the fiscal year and its quarters', () => {
    expect(describeFiscal('2023-07-01', '2023-09-30', june)).toEqual({ fiscalYear: 2024, fiscalPeriod: 'Q1' });
    expect(describeFiscal('2024-04-01', '2024-06-30', june)).toEqual({ fiscalYear: 2024, fiscalPeriod: 'Q4' });
  });

  it('places instants in the fiscal year they fall in', () => {
    expect(fiscalYearOf('2023-09-30', apple)).toBe(2023);
    expect(fiscalYearOf('2022-09-24', apple)).toBe(2022);
    expect(fiscalYearOf('2023-10-03', apple)).toBe(2023); // within the week a 53-week year may run over
    expect(fiscalYearOf('2024-01-01', calendar)).toBe(2024); // a month-based year never runs over
    expect(fiscalYearOf('2023-12-31', calendar)).toBe(2023);
  });

  it('tells week-based calendars from their reported ends', () => {
    expect(isWeekBased(['--09-24', '2023-07-01'])).toBe(true);
    expect(isWeekBased(['--09-30', '2023-07-01'])).toBe(true);
    expect(isWeekBased(['--12-31', '2024-06-30', '2024-09-30'])).toBe(false);
  });

  it('counts days as Date does, without building dates (every day of 1600–2400, rollovers, other strings)', () => {
    const DAY = 86_400_000;
    for (let day = toDay('1600-01-01'); day <= toDay('2400-12-31'); day++) {
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      if (fromDay(day) !== iso || toDay(iso) !== day) expect([day, fromDay(day), toDay(iso)]).toEqual([day, iso, day]);
    }
    for (const date of ['2023-02-29', '2023-02-31', '2024-04-31', '0000-01-01', '0099-12-31', '9999-12-31', '2023-13-01', '2023-01-00', '2023-1-1', '+02023-01-01', 'no date']) {
      expect(toDay(date)).toEqual(Math.round(Date.parse(`${date}T00:00:00Z`) / DAY));
    }
    for (const day of [toDay('0000-01-01') - 1, toDay('9999-12-31') + 1, 1.5]) expect(fromDay(day)).toBe(new Date(day * DAY).toISOString().slice(0, 10));
  });
});
