import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Column } from '../../domain/model.js';
import { toGlobalId } from '../node/global-id.js';
import { StatementColumn } from './statement-column.type.js';

@Resolver(() => StatementColumn)
export class StatementColumnResolver {
  @FieldResolver(() => ID, { description: 'Globally unique, opaque identifier of this column (of this column of this table: normalized caches must not merge the columns of different tables).' })
  id(@Root() column: Column): string {
    return toGlobalId('StatementColumn', `${column.table.id}/${column.id}`);
  }

  @FieldResolver(() => String, { description: 'Identifier unique within the table, e.g. "usd-3m-2024".' })
  key(@Root() column: Column): string {
    return column.id;
  }
}
