import { conforms } from '../conforms.js';
import type { Role as DomainRole } from '../../domain/governance/model.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { PartialDate } from '../values/partial-date.type.js';
import { RoleKind } from './governance-enums.js';

@ObjectType('Role', {
  implements: Node,
  description:
    'A position a person holds over a span of time, at the company or at another organization. A role ends; it is not deleted. Dates are as precise as the disclosures give them; none is invented.',
})
export class Role {
  @Field(() => String, { description: 'Identifier unique within the company, e.g. "fan-zhao-chairman".' })
  slug!: string;

  @Field(() => String, { description: 'Title, e.g. "Chairman of the Board" or "Chief Financial Officer".' })
  title!: string;

  @Field(() => RoleKind, { description: 'What kind of position it is.' })
  kind!: RoleKind;

  @Field(() => PartialDate, { nullable: true, description: 'When the role started, as precisely as disclosed; null when no disclosure gives it.' })
  start!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When the role ended (it is not held on that date), as precisely as disclosed; null while no disclosure reports an end.' })
  end!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Why the role ended, as printed, e.g. "personal reasons".' })
  endReason!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The first date a disclosure states the role is held on (its publication date); null when none does. With an unknown start, the role is certain only from this date.' })
  knownHeldSince!: string | null;

  @Field(() => [String], { description: 'How the data was read from the source where it takes interpretation.' })
  notes!: string[];
}

conforms<Role, DomainRole>();
