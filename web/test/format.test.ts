import { describe, expect, it } from 'vitest';
import { describeScale, displayFigure, exactValue, filingDisplay, groupDigits, percent, sameAtPrecision, slugify, splitAround, statementGroup, tableLabel } from '../src/format.js';

describe('display helpers keep values exact', () => {
  it('groups digits of decimal strings without going through a float', () => {
    expect(groupDigits('4177890000')).toBe('4,177,890,000');
    expect(groupDigits('-213267000')).toBe('-213,267,000');
    expect(groupDigits('12345678901234567890.125')).toBe('12,345,678,901,234,567,890.125');
    expect(groupDigits('999')).toBe('999');
  });

  it('shows ratios as percents by moving the decimal point', () => {
    expect(percent('0.413')).toBe('41.3%');
    expect(percent('0.6029')).toBe('60.29%');
    expect(percent('0.05')).toBe('5%');
    expect(percent('-0.232')).toBe('-23.2%');
    expect(percent('1.5')).toBe('150%');
    expect(exactValue('0.034', 'pure')).toBe('0.034 (3.4%)');
    expect(exactValue('6337134000', 'CNY')).toBe('6,337,134,000 CNY');
  });

  it('makes URL segments from titles and finds the printed figure in its sentence', () => {
    expect(slugify('Unaudited Reconciliations of GAAP and Non-GAAP Results')).toBe('unaudited-reconciliations-of-gaap-and-non-gaap-results');
    expect(splitAround('Total net revenue was RMB4,160.1 million.', 'RMB4,160.1 million')).toEqual(['Total net revenue was ', 'RMB4,160.1 million', '.']);
    expect(splitAround('no figure here', '1,234')).toBeNull();
    expect(splitAround('Investment loss (30,112) - - (30,112) - -', '-')).toBeNull();
  });

  it('labels a table by its statement unless several tables share it', () => {
    const balance = { statement: 'BALANCE_SHEET', title: 'Unaudited Condensed Consolidated Balance Sheets' };
    const noteA = { statement: 'NOTES', title: 'Revenue (Details)' };
    const noteB = { statement: 'NOTES', title: 'Leases (Details)' };
    expect(tableLabel(balance, [balance, noteA, noteB])).toBe('Balance sheet');
    expect(tableLabel(noteA, [balance, noteA, noteB])).toBe('Revenue (Details)');
  });
});

describe('a filing\'s full-unit cells, scaled for reading', () => {
  const row = (cells: (string | null)[], unit: string) => ({ cells, facts: cells.map((c) => (c === null ? null : { unit })) });

  it('divides out millions of money and thousands of shares only where nothing is rounded away', () => {
    const table = { scaleExponent: 0, rows: [row(['383285000000', '-565000000', null], 'USD'), row(['15744231000', '15812547000', null], 'shares'), row(['6.16', '-0.05', null], 'USD/shares')] };
    const scale = filingDisplay(table)!;
    expect(scale).toEqual({ money: 6, shares: 3 });
    expect(displayFigure('383285000000', 'USD', scale)).toBe('383,285');
    expect(displayFigure('-565000000', 'USD', scale)).toBe('(565)');
    expect(displayFigure('15744231000', 'shares', scale)).toBe('15,744,231');
    expect(displayFigure('6.16', 'USD/shares', scale)).toBe('6.16');
    expect(displayFigure('0', 'USD', scale)).toBe('0');
    expect(describeScale(scale, 'USD')).toBe('USD in millions, shares in thousands, except per-share amounts');
    // One figure exact to the dollar keeps the whole table's money unscaled.
    expect(filingDisplay({ scaleExponent: 0, rows: [row(['383285000000', '1234567'], 'USD')] })).toEqual({ money: 0, shares: 0 });
    expect(filingDisplay({ scaleExponent: 0, rows: [row(['383285000000', '1234000'], 'USD')] })).toEqual({ money: 3, shares: 0 });
  });

  it('leaves tables printed with their own scale (the curated release) as they are', () => {
    expect(filingDisplay({ scaleExponent: 3, rows: [row(['4,177,890'], 'CNY')] })).toBeNull();
    expect(filingDisplay({ scaleExponent: 0, rows: [row(['1,234', '-'], 'CNY')] })).toBeNull();
  });

  it('groups a filing\'s roles by kind', () => {
    expect(['BALANCE_SHEET', 'EQUITY', 'PARENTHETICAL', 'NOTES', 'POLICIES', 'TABLES', 'DETAILS', 'COVER'].map(statementGroup)).toEqual(['statements', 'statements', 'statements', 'notes', 'notes', 'tables', 'details', 'cover']);
  });
});

describe('reports of a figure compared at the lower precision', () => {
  it('treats a value repeated at another precision as the same value, and a restatement as a change', () => {
    expect(sameAtPrecision({ value: '110100000000', decimals: -8 }, { value: '110087000000', decimals: -6 })).toBe(true);
    expect(sameAtPrecision({ value: '-111000000', decimals: -6 }, { value: '-1006000000', decimals: -6 })).toBe(false);
    expect(sameAtPrecision({ value: '6.16', decimals: 2 }, { value: '6.16', decimals: null })).toBe(true);
    expect(sameAtPrecision({ value: '1.5', decimals: null }, { value: '1.50', decimals: null })).toBe(true);
    expect(sameAtPrecision({ value: '1.5', decimals: null }, { value: '1.51', decimals: null })).toBe(false);
    expect(sameAtPrecision({ value: '-0.125', decimals: 2 }, { value: '-0.13', decimals: 2 })).toBe(true);
  });
});
