import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';
import { RoleStatus } from './governance-enums.js';
import { Person } from './person.type.js';
import { Role } from './role.type.js';

@ObjectType('BoardMember', { description: 'A person on the board of directors on a date, with the board roles held then.' })
export class BoardMember {
  @Field(() => DateScalar, { description: 'The date asked about.' })
  asOf!: string;

  @Field(() => Person, { description: 'The director.' })
  person!: Person;

  @Field(() => [Role], { description: 'The board roles held (or possibly held) on the date: directorship, chair.' })
  roles!: Role[];

  @Field(() => RoleStatus, { description: 'HELD when the recorded dates show the person on the board on the date; POSSIBLY_HELD when they do not rule it out (e.g. the start is not disclosed).' })
  status!: RoleStatus;

  @Field(() => Boolean, { description: 'Whether the person chairs the board on the date (or possibly does: see the chair role\'s status).' })
  isChair!: boolean;

  @Field(() => Boolean, { description: 'Whether the person sits as an independent director.' })
  isIndependent!: boolean;
}
