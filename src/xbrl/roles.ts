import type { StatementKind } from './xbrl-filing.js';

/**
 * Splits an EDGAR role definition (`0000002 - Statement - CONSOLIDATED BALANCE SHEETS`)
 * into its sort code, category and title. Definitions that do not follow the convention
 * keep their whole text as title and have no category.
 */
export function parseRoleDefinition(definition: string): { sortCode: string | null; category: string | null; title: string } {
  const m = /^\s*(\S+)\s+-\s+(Statement|Disclosure|Document|Schedule)\s+-\s+(.*)$/is.exec(definition);
  if (!m) return { sortCode: null, category: null, title: definition.trim() };
  return { sortCode: m[1], category: m[2].toLowerCase(), title: m[3].trim() };
}

/** Classifies a presentation role from its definition, as EDGAR's viewer groups them. */
export function classifyRole(definition: string): StatementKind {
  const { category, title } = parseRoleDefinition(definition);
  const t = title.toLowerCase().replace(/[’‘`]/g, "'");
  if (category === 'document') return 'COVER';
  if (category === 'disclosure' || category === 'schedule') {
    if (/\(polic(y|ies)\)/.test(t)) return 'POLICIES';
    if (/\(tables?\)/.test(t)) return 'TABLES';
    if (/\(details?( narrative| textual)?\)/.test(t) || /\(narrative\)/.test(t)) return 'DETAILS';
    return 'NOTES';
  }
  if (category !== 'statement') {
    // Older or unconventional definitions: only a clear cover page is classified.
    if (/\b(cover|document and entity information)\b/.test(t)) return 'COVER';
    if (category === null && !/statement|balance sheet/.test(t)) return 'OTHER';
  }
  if (/parenthetical/.test(t)) return 'PARENTHETICAL';
  if (/cash flows?/.test(t)) return 'CASH_FLOW';
  if (/balance sheets?|financial condition|financial position|statements? of condition|assets and liabilities/.test(t)) return 'BALANCE_SHEET';
  if (/comprehensive (income|loss|earnings)/.test(t) && !/(operations|income|earnings|loss) and (other )?comprehensive/.test(t)) return 'COMPREHENSIVE_INCOME';
  if (/(shareholders|stockholders|shareowners|members|partners)'? ?(equity|deficit|investment)|changes in (net assets|equity|capital)|statements? of (changes in )?equity|\bequity\b/.test(t)) return 'EQUITY';
  if (/operations|income|earnings|loss/.test(t)) return 'INCOME_STATEMENT';
  return 'OTHER';
}
