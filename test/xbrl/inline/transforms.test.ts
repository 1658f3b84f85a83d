import { describe, expect, it } from 'vitest';
import { IXT, transformation } from '../../../src/xbrl/inline/index.js';
import { TransformError } from '../../../src/xbrl/inline/transforms.js';

const rule = (ns: string, name: string) => {
  const r = transformation(ns, name);
  if (!r) throw new Error(`no rule ${name}`);
  return r;
};

describe('Inline XBRL transformations, one by one', () => {
  it.each([
    [IXT.v4, 'num-dot-decimal', '1,234,567.89', '1234567.89'],
    [IXT.v4, 'num-dot-decimal', '1 234\u00A0567', '1234567'],
    [IXT.v4, 'num-dot-decimal', '.5', '0.5'],
    [IXT.v4, 'num-dot-decimal', ' 95,359 ', '95359'],
    [IXT.v4, 'num-comma-decimal', '1.234.567,89', '1234567.89'],
    [IXT.v3, 'numdotdecimal', '12,345.6', '12345.6'],
    [IXT.v3, 'numcommadecimal', '12.345,6', '12345.6'],
    [IXT.v1, 'numcommadot', '1,000.25', '1000.25'],
    [IXT.v4, 'num-unit-decimal', '5 dollars 35 cents', '5.35'],
    [IXT.v4, 'fixed-zero', '—', '0'],
    [IXT.v3, 'zerodash', '-', '0'],
    [IXT.v1, 'numdash', '–', '0'],
    [IXT.v4, 'fixed-true', '☒', 'true'],
    [IXT.v4, 'fixed-false', 'None.', 'false'],
    [IXT.v4, 'fixed-empty', 'n/a', ''],
    [IXT.v4, 'date-monthname-day-year-en', 'March\u00A029, 2025', '2025-03-29'],
    [IXT.v4, 'date-monthname-day-year-en', 'Sept. 30, 2024', '2024-09-30'],
    [IXT.v4, 'date-day-monthname-year-en', '1st January 2025', '2025-01-01'],
    [IXT.v4, 'date-month-day-year', '02/29/2024', '2024-02-29'],
    [IXT.v4, 'date-day-month-year', '31.12.24', '2024-12-31'],
    [IXT.v4, 'date-year-month-day', '2025-03-31', '2025-03-31'],
    [IXT.v4, 'date-monthname-day-en', 'September 27', '--09-27'],
    [IXT.v4, 'date-monthname-year-en', 'December 2024', '2024-12'],
    [IXT.v3, 'datemonthdayyearen', 'June 30, 2024', '2024-06-30'],
    [IXT.v1, 'datelongus', 'June 30, 2024', '2024-06-30'],
    [IXT.sec, 'numwordsen', 'two', '2'],
    [IXT.sec, 'numwordsen', 'None', '0'],
    [IXT.sec, 'numwordsen', 'one hundred twenty-three thousand, four hundred and five', '123405'],
    [IXT.sec, 'numwordsen', 'three billion', '3000000000'],
    [IXT.sec, 'duryear', '2.7', 'P2Y8M12D'],
    [IXT.sec, 'duryear', '17', 'P17Y'],
    [IXT.sec, 'duryear', '0', 'P0Y'],
    [IXT.sec, 'durmonth', '12', 'P12M'],
    [IXT.sec, 'durmonth', '1.5', 'P1M15D'],
    [IXT.sec, 'durweek', '2', 'P14D'],
    [IXT.sec, 'durday', '1.5', 'P1DT12H'],
    [IXT.sec, 'durwordsen', 'two years and six months', 'P2Y6M'],
    [IXT.sec, 'durwordsen', 'Thirty days', 'P30D'],
    [IXT.sec, 'durwordsen', 'five years, three months and ten days', 'P5Y3M10D'],
    [IXT.sec, 'datequarterend', 'fourth quarter of 2024', '2024-12-31'],
    [IXT.sec, 'datequarterend', 'Q1 2025', '2025-03-31'],
    [IXT.sec, 'boolballotbox', '☐', 'false'],
    [IXT.sec, 'yesnoballotbox', '☒', 'Yes'],
    [IXT.sec, 'stateprovnameen', 'California', 'CA'],
    [IXT.sec, 'stateprovnameen', 'New York', 'NY'],
    [IXT.sec, 'exchnameen', 'The Nasdaq Stock Market LLC', 'NASDAQ'],
    [IXT.sec, 'exchnameen', 'New York Stock Exchange', 'NYSE'],
    [IXT.sec, 'exchnameen', 'NYSE Arca, Inc.', 'NYSEArca'],
    [IXT.sec, 'entityfilercategoryen', 'Large accelerated filer', 'Large Accelerated Filer'],
    [IXT.sec, 'entityfilercategoryen', 'Non-accelerated filer', 'Non-accelerated Filer'],
    [IXT.sec, 'numinf', 'unlimited', 'INF'],
  ])('%s %s: %j is %j', (ns, name, input, output) => {
    expect(rule(ns, name)(input)).toBe(output);
  });

  it.each([
    [IXT.v4, 'num-dot-decimal', '1.234,5'],
    [IXT.v4, 'num-dot-decimal', '12,34'],
    [IXT.v4, 'num-dot-decimal', '(1,234)'],
    [IXT.v4, 'num-comma-decimal', '1,234.5'],
    [IXT.v4, 'date-monthname-day-year-en', 'February 30, 2025'],
    [IXT.v4, 'date-month-day-year', '13/01/2025'],
    [IXT.v4, 'date-monthname-day-year-en', 'Marchish 3, 2025'],
    [IXT.sec, 'numwordsen', 'two and a half'],
    [IXT.sec, 'durwordsen', 'six months and two years'],
    [IXT.sec, 'stateprovnameen', 'Atlantis'],
    [IXT.sec, 'exchnameen', 'Moon Exchange'],
    [IXT.sec, 'boolballotbox', 'yes'],
  ])('%s %s refuses %j', (ns, name, input) => {
    expect(() => rule(ns, name)(input)).toThrow(TransformError);
  });

  it('knows no rule outside the registries, and none under a wrong namespace', () => {
    expect(transformation(IXT.v4, 'num-dot-decimal-typo')).toBeNull();
    expect(transformation(IXT.v4, 'numwordsen')).toBeNull();
    expect(transformation('http://example.com/ixt', 'num-dot-decimal')).toBeNull();
  });
});
