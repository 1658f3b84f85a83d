import { conforms } from '../conforms.js';
import type { BoardChange as DomainBoardChange } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { RoleChange } from './role-change.type.js';

@ObjectType('BoardChange', { implements: Node, description: 'A change to the board of directors a disclosure announces: resignations and appointments with their effective date.' })
export class BoardChange {
  @Field(() => DateScalar, { description: 'The date the change takes effect, e.g. "2024-08-13".' })
  effectiveDate!: string;

  @Field(() => String, { description: 'The change in one sentence (curated, not printed).' })
  summary!: string;

  @Field(() => String, { description: 'The source text announcing the change, verbatim.' })
  excerpt!: string;

  @Field(() => [RoleChange], { description: 'The roles the change starts and ends.' })
  changes!: RoleChange[];
}

conforms<BoardChange, DomainBoardChange>();
