import { describe, expect, it } from 'vitest';
import { exactValue, groupDigits, percent, slugify, splitAround, tableLabel } from '../src/format.js';

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
