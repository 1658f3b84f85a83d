import { FieldResolver, Resolver, Root } from 'type-graphql';
import { sourceColumn, sourceExcerpt, sourceSection, sourceTable } from '../../domain/fact-source.js';
import type { Column, CompanyFactsSource, FactSource as DomainSource, StatementTable as DomainTable, XbrlElementSource } from '../../domain/model.js';
import { StatementColumn } from '../statement/statement-column.type.js';
import { StatementTable } from '../statement/statement-table.type.js';
import { FactSourceKind } from './fact-source-kind.enum.js';
import { FactSource } from './fact-source.type.js';
import { XbrlElement } from './xbrl-element.type.js';
import { CompanyFactsRecord, companyFactsRecord } from './company-facts-record.type.js';

@Resolver(() => FactSource)
export class FactSourceResolver {
  @FieldResolver(() => FactSourceKind, { description: 'Whether the fact is a table cell, a figure in a sentence, derived, an element of a filing\'s XBRL instance, or a record of SEC\'s companyfacts.' })
  kind(@Root() source: DomainSource): FactSourceKind {
    return FactSourceKind[source.kind];
  }

  @FieldResolver(() => StatementTable, { nullable: true, description: 'The table that prints it, or the table a derived fact is derived from; null for a sentence or an XBRL element.' })
  table(@Root() source: DomainSource): DomainTable | null {
    return sourceTable(source);
  }

  @FieldResolver(() => StatementColumn, { nullable: true, description: 'The table column that prints it; null outside a table cell.' })
  column(@Root() source: DomainSource): Column | null {
    return sourceColumn(source);
  }

  @FieldResolver(() => String, { description: 'The row or sentence as printed in the source text; for a derived fact, how it was derived; for an XBRL element, the element in words (concept, context, unit, decimals and value as filed).' })
  excerpt(@Root() source: DomainSource): string {
    if (source.kind === 'COMPANY_FACTS') return describeRecord(source);
    return sourceExcerpt(source) ?? describeElement(source as XbrlElementSource);
  }

  @FieldResolver(() => String, { nullable: true, description: 'For a figure stated in a sentence: the heading of its section, e.g. "Second Quarter 2024 Financial Results".' })
  section(@Root() source: DomainSource): string | null {
    return sourceSection(source);
  }

  @FieldResolver(() => CompanyFactsRecord, { nullable: true, description: 'For a fact read from SEC\'s companyfacts: the record (accession, form, filing date, SEC\'s fiscal focus of the filing and frame); null for any other source.' })
  companyFacts(@Root() source: DomainSource): CompanyFactsRecord | null {
    return source.kind === 'COMPANY_FACTS' ? companyFactsRecord(source) : null;
  }

  @FieldResolver(() => XbrlElement, { nullable: true, description: 'For a fact of a filing: the instance element that reports it; null for any other source.' })
  element(@Root() source: DomainSource): XbrlElementSource | null {
    return source.kind === 'XBRL_ELEMENT' ? source : null;
  }
}

function describeElement(source: XbrlElementSource): string {
  return `${source.instance}${source.line ? ` line ${source.line}` : ''}: contextRef="${source.contextRef}"${source.unitRef ? ` unitRef="${source.unitRef}"` : ''}`;
}

function describeRecord(source: CompanyFactsSource): string {
  const { filing } = source;
  return `${filing.file}: SEC companyfacts record of ${filing.form} ${filing.accessionNumber}, filed ${filing.filedOn}${source.frame ? `, frame ${source.frame}` : ''}`;
}
