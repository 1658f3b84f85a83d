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
    // dei:stateOrProvinceItemType: Canada's provinces by their postal codes (EDGAR's A0… are edgarprovcountryen's).
    [IXT.sec, 'stateprovnameen', 'Ontario', 'ON'],
    [IXT.sec, 'stateprovnameen', 'Québec', 'QC'],
    [IXT.sec, 'stateprovnameen', 'Virgin Islands, U.S.', 'VI'],
    [IXT.sec, 'stateprovnameen', 'United States Minor Outlying Islands', 'UM'],
    [IXT.sec, 'countrynameen', 'Cayman Islands', 'KY'],
    [IXT.sec, 'countrynameen', 'The People’s Republic of China', 'CN'],
    [IXT.sec, 'countrynameen', 'Republic of Korea', 'KR'],
    [IXT.sec, 'countrynameen', 'Democratic Republic of the Congo', 'CD'],
    [IXT.sec, 'countrynameen', 'Congo', 'CG'],
    [IXT.sec, 'countrynameen', 'U.K.', 'GB'],
    [IXT.sec, 'countrynameen', 'United States of America', 'US'],
    [IXT.sec, 'countrynameen', "Côte d'Ivoire", 'CI'],
    [IXT.sec, 'countrynameen', ' Curaçao ', 'CW'],
    [IXT.sec, 'edgarprovcountryen', 'Cayman Islands', 'E9'],
    [IXT.sec, 'edgarprovcountryen', 'Israel', 'L3'],
    [IXT.sec, 'edgarprovcountryen', 'British Virgin Islands', 'D8'],
    [IXT.sec, 'edgarprovcountryen', 'Ontario, Canada', 'A6'],
    [IXT.sec, 'edgarprovcountryen', 'Quebec', 'A8'],
    [IXT.sec, 'edgarprovcountryen', 'Canada', 'Z4'],
    [IXT.sec, 'edgarprovcountryen', 'Puerto Rico', 'PR'],
    [IXT.sec, 'edgarprovcountryen', 'United States', 'X1'],
    [IXT.sec, 'edgarprovcountryen', 'Unknown', 'XX'],
    [IXT.sec, 'exchnameen', 'The Nasdaq Stock Market LLC', 'NASDAQ'],
    [IXT.sec, 'exchnameen', 'Nasdaq Global Select Market', 'NASDAQ'],
    [IXT.sec, 'exchnameen', 'The Nasdaq BX, Inc.', 'BX'],
    [IXT.sec, 'exchnameen', 'Nasdaq PHLX LLC', 'Phlx'],
    [IXT.sec, 'exchnameen', 'Cboe C2 Exchange, Inc.', 'C2'],
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
    [IXT.sec, 'countrynameen', 'Atlantis'],
    [IXT.sec, 'countrynameen', 'Netherlands Antilles'], // EDGAR has a code for it, ISO 3166-1 no longer
    [IXT.sec, 'countrynameen', 'Korea'], // which one: the registry names both in full
    [IXT.sec, 'edgarprovcountryen', 'California'], // a state's EDGAR code is stateprovnameen's
    [IXT.sec, 'edgarprovcountryen', ''],
    [IXT.sec, 'boolballotbox', 'yes'],
  ])('%s %s refuses %j', (ns, name, input) => {
    expect(() => rule(ns, name)(input)).toThrow(TransformError);
  });

  it("defines every rule of the SEC's registry (ixt-sec 2015-08-31)", () => {
    const registry = ['duryear', 'durmonth', 'durweek', 'durday', 'durhour', 'durwordsen', 'numwordsen', 'datequarterend', 'boolballotbox', 'yesnoballotbox', 'countrynameen', 'stateprovnameen', 'edgarprovcountryen', 'exchnameen', 'entityfilercategoryen', 'numinf', 'numneginf', 'numnan'];
    expect(registry.filter((name) => transformation(IXT.sec, name) === null)).toEqual([]);
  });

  it('knows no rule outside the registries, and none under a wrong namespace', () => {
    expect(transformation(IXT.v4, 'num-dot-decimal-typo')).toBeNull();
    expect(transformation(IXT.v4, 'numwordsen')).toBeNull();
    expect(transformation('http://example.com/ixt', 'num-dot-decimal')).toBeNull();
  });
});
