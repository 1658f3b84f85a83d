import { conforms } from '../conforms.js';
import type { StatementTable as DomainStatementTable } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { Statement } from './statement.enum.js';

@ObjectType('StatementTable', { implements: Node, description: 'A financial table as a disclosure prints it: its columns and its rows in printed order.' })
export class StatementTable {
  @Field(() => String, { description: 'Title as printed, e.g. "Unaudited Condensed Consolidated Balance Sheets".' })
  title!: string;

  @Field(() => Statement, { description: 'Which statement the table is.' })
  statement!: Statement;

  @Field(() => Int, { description: 'Power of ten the table prints money in: 3 for "in thousands". Facts are always served in full units.' })
  scaleExponent!: number;
}

conforms<StatementTable, DomainStatementTable>();
