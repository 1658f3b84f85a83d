import { conforms } from '../conforms.js';
import type { BoardChange as DomainBoardChange } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { RoleChangeKind } from './governance-enums.js';
import { Role } from './role.type.js';

@ObjectType('RoleChange', { description: 'One role a board change starts or ends.' })
export class RoleChange {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => RoleChangeKind, { description: 'Whether the change starts or ends it.' })
  change!: RoleChangeKind;
}

conforms<RoleChange, DomainBoardChange['changes'][number]>();
