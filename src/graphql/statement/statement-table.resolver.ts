import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Column, Disclosure as DomainDisclosure, PrintedRow, StatementTable as DomainTable } from '../../domain/model.js';
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
}
