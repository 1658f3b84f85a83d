import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { RoleStatus } from './governance-enums.js';
import { Person } from './person.type.js';
import { Role } from './role.type.js';

@ObjectType('RoleTenure', { description: 'A role held (or possibly held) on a date.' })
export class RoleTenure {
  @Field(() => DateScalar, { description: 'The date asked about.' })
  asOf!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Person, { description: 'Who holds it.' })
  person!: Person;

  @Field(() => RoleStatus, { description: 'Whether the recorded dates show the role held on the date (HELD) or do not rule it out (POSSIBLY_HELD).' })
  status!: RoleStatus;
}
