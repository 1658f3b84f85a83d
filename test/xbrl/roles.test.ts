import { describe, expect, it } from 'vitest';
import { classifyRole, parseRoleDefinition } from '../../src/xbrl/roles.js';

describe('role definitions', () => {
  it('splits sort code, category and title', () => {
    expect(parseRoleDefinition('0000002 - Statement - CONSOLIDATED BALANCE SHEETS')).toEqual({ sortCode: '0000002', category: 'statement', title: 'CONSOLIDATED BALANCE SHEETS' });
    expect(parseRoleDefinition('9954733 - Disclosure - Segment Information - Reconciliation (Details)').title).toBe('Segment Information - Reconciliation (Details)');
    expect(parseRoleDefinition('Balance Sheet')).toEqual({ sortCode: null, category: null, title: 'Balance Sheet' });
  });

  it.each([
    ['0000002 - Statement - CONSOLIDATED BALANCE SHEETS', 'BALANCE_SHEET'],
    ['0000005 - Statement - CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) (Parenthetical)', 'PARENTHETICAL'],
    ['0000003 - Statement - CONSOLIDATED STATEMENTS OF OPERATIONS', 'INCOME_STATEMENT'],
    ['0000003 - Statement - Consolidated Statements of Income', 'INCOME_STATEMENT'],
    ['0000003 - Statement - Consolidated Statements of Operations and Comprehensive Loss', 'INCOME_STATEMENT'],
    ['0000004 - Statement - CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME', 'COMPREHENSIVE_INCOME'],
    ['0000006 - Statement - Consolidated Statements of Cash Flows', 'CASH_FLOW'],
    ['0000007 - Statement - CONSOLIDATED STATEMENTS OF SHAREHOLDERS’ EQUITY', 'EQUITY'],
    ["0000009 - Statement - Consolidated Statements Of Stockholders' Equity", 'EQUITY'],
    ['0000006 - Statement - Consolidated Statements of Redeemable Noncontrolling Interest and Equity', 'EQUITY'],
    ['0000004 - Statement - Statement of Financial Condition', 'BALANCE_SHEET'],
    ['0000001 - Document - Cover Page', 'COVER'],
    ['0000002 - Document - Auditor Information', 'COVER'],
    ['0000010 - Disclosure - Revenue', 'NOTES'],
    ['0000011 - Disclosure - Summary of Significant Accounting Policies (Policies)', 'POLICIES'],
    ['0000012 - Disclosure - Revenue (Tables)', 'TABLES'],
    ['0000013 - Disclosure - Revenue - Net Sales by Category (Details)', 'DETAILS'],
    ['0000014 - Disclosure - Income Taxes (Details Narrative)', 'DETAILS'],
    ['0000015 - Disclosure - Consolidated Financial Statement Details', 'NOTES'],
    ['Document and Entity Information', 'COVER'],
    ['Consolidated Statements of Income', 'INCOME_STATEMENT'],
    ['Income Taxes', 'OTHER'],
  ])('%s → %s', (definition, kind) => {
    expect(classifyRole(definition)).toBe(kind);
  });
});
