import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Column, Disclosure as DomainDisclosure, PrintedRow, StatementTable as DomainTable, TextFact as DomainTextFact } from '../../domain/model.js';
import { TextFact } from '../text-fact/text-fact.type.js';
import { Disclosure } from '../disclosure/disclosure.type.js';
import { StatementColumn } from './statement-column.type.js';
import { StatementRow } from './statement-row.type.js';
import { StatementTable } from './statement-table.type.js';

@Resolver(() => StatementTable)
export class StatementTableResolver {
  @FieldResolver(() => Disclosure, { description: 'The disclosure that prints the table.' })
  disclosure(@Root() table: DomainTable): DomainDisclosure {
    return table.disclosure;
  }

  @FieldResolver(() => [StatementColumn], { description: 'Columns in printed order.' })
  columns(@Root() table: DomainTable): Column[] {
    return table.columns;
  }

  @FieldResolver(() => [StatementRow], { description: 'Every row, headings included, depth-first in printed order.' })
  rows(@Root() table: DomainTable): PrintedRow[] {
    return table.rows;
  }

  @FieldResolver(() => [TextFact], { description: 'For a filing: the text facts of the table\'s concepts (a note\'s text block, a policy\'s text, cover text); empty for a curated table.' })
  textFacts(@Root() table: DomainTable): DomainTextFact[] {
    return table.textFacts;
  }
}
