import { conforms } from '../conforms.js';
import type { PrintedRow as DomainPrintedRow } from '../../domain/model.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Fact } from '../fact/fact.type.js';
import { Dimension } from '../fact/dimension.type.js';
import { Period } from '../period/period.type.js';
import { LabelRole } from '../concept/concept-enums.js';
import { LineItem } from './line-item.type.js';

@ObjectType('StatementRow', { description: 'A row of a printed table, with its cells aligned to the table\'s columns.' })
export class StatementRow {
  @Field(() => LineItem, { description: 'The line item the row prints.' })
  lineItem!: LineItem;

  @Field(() => String, { description: 'The row\'s label as printed: for a filing, the concept\'s label in the role the presentation prefers (terse, total, negated, period start or end), else its standard label.' })
  label!: string;

  @Field(() => LabelRole, { nullable: true, description: 'Role of the row\'s label when it is not the standard one. Under a negated role (`NEGATED`…) the row displays each value with its sign flipped: `cells` show the displayed value, `facts` keep the value as reported.' })
  preferredLabel!: LabelRole | null;

  @Field(() => Int, { description: 'Indentation in the printed hierarchy, 0 for a top-level row.' })
  depth!: number;

  @Field(() => Int, { nullable: true, description: 'For a filing: how the row adds into `sumsInto` by the calculation linkbase of the same role, +1 or -1 (a row that is subtracted); null when no calculation names it.' })
  calculationWeight!: number | null;

  @Field(() => LineItem, { nullable: true, description: 'For a filing: the total this row adds into (with `calculationWeight`), by the calculation linkbase of the same role; null when none.' })
  sumsInto!: LineItem | null;

  @Field(() => Boolean, { description: 'Whether the row is a total or subtotal of other rows, which a printed table sets apart (for a filing: a total label, or a calculation total).' })
  isTotal!: boolean;

  @Field(() => [String], { nullable: 'items', description: 'Cells exactly as the source text prints them (an OCR error included, before its recorded correction), one per column; null for an empty cell. For a filing, which prints from its XBRL: the value in full units as displayed, sign flipped under a negated label.' })
  cells!: (string | null)[];

  @Field(() => [Fact], { nullable: 'items', description: 'The fact of each cell, one per column; null for an empty cell.' })
  facts!: (Fact | null)[];

  @Field(() => [Dimension], { description: 'The members the row\'s cells are restricted to: the row group it is printed in, as SEC prints a statement\'s members below its whole-company rows (Apple\'s "Products", then "Services"); empty for the whole company. A group starts with a heading row (no cells) carrying the same members, labelled with their labels.' })
  dimensions!: Dimension[];

  @Field(() => Period, { nullable: true, description: 'The period of the row\'s group where the table prints one group of rows per period (an equity statement, whose columns are its components); null when the columns carry the periods.' })
  period!: Period | null;
}

conforms<StatementRow, DomainPrintedRow>();
