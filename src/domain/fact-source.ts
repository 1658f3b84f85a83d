import type { Column, FactSource, StatementTable } from './model.js';

/** The table a fact is printed in or derived from; null for a sentence or a filing's element. */
export function sourceTable(source: FactSource): StatementTable | null {
  return source.kind === 'TABLE_CELL' || source.kind === 'DERIVED' ? source.table : null;
}

/** The column of a table cell; null for any other source. */
export function sourceColumn(source: FactSource): Column | null {
  return source.kind === 'TABLE_CELL' ? source.column : null;
}

/** The row or sentence as printed, or how a fact was derived; null for a filing's element or a companyfacts record. */
export function sourceExcerpt(source: FactSource): string | null {
  return source.kind === 'XBRL_ELEMENT' || source.kind === 'COMPANY_FACTS' ? null : source.excerpt;
}

/** The section heading of a sentence; null for any other source. */
export function sourceSection(source: FactSource): string | null {
  return source.kind === 'NARRATIVE' ? source.section : null;
}
