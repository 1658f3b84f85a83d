import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Company as DomainCompany } from '../../domain/model.js';
import type { BoardChange as DomainBoardChange, Citation, Person as DomainPerson, Role as DomainRole, RoleStatus as DomainRoleStatus } from '../../domain/governance/model.js';
import { roleStatus } from '../../domain/governance/role-status.js';
import { Company } from '../company/company.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { SourceExcerpt } from '../values/source-excerpt.type.js';
import { BoardChange } from './board-change.type.js';
import { RoleStatus } from './governance-enums.js';
import { Person } from './person.type.js';
import { Role } from './role.type.js';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { description: 'Who holds the role.' })
  person(@Root() role: DomainRole): DomainPerson {
    return role.person;
  }

  @FieldResolver(() => String, { description: 'Where the role is held: the company\'s name, or the other organization as printed, e.g. "RRJ Capital".' })
  organization(@Root() role: DomainRole): string {
    return role.organization ?? role.company.name;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company, for a role at the company; null for a role at another organization.' })
  company(@Root() role: DomainRole): DomainCompany | null {
    return role.organization === null ? role.company : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the role is at the company (not at another organization in the person\'s career).' })
  atCompany(@Root() role: DomainRole): boolean {
    return role.organization === null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the director is independent, as the disclosures say.' })
  isIndependent(@Root() role: DomainRole): boolean {
    return role.independent;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day the role started, when disclosed to the day; null when only the year or month is (see `start`) or nothing is.' })
  startDate(@Root() role: DomainRole): string | null {
    return role.start?.precision === 'DAY' ? role.start.value : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day the role ended (not held on this day), when disclosed to the day; null otherwise (see `end`).' })
  endDate(@Root() role: DomainRole): string | null {
    return role.end?.precision === 'DAY' ? role.end.value : null;
  }

  @FieldResolver(() => RoleStatus, { description: 'Whether the role is held on a date, as far as the disclosures tell (see RoleStatus).' })
  statusOn(@Root() role: DomainRole, @Arg('date', () => DateScalar, { description: 'The date, e.g. "2024-08-12".' }) date: string): DomainRoleStatus {
    return roleStatus(role, date);
  }

  @FieldResolver(() => [BoardChange], { description: 'Board changes that started or ended the role.' })
  boardChanges(@Root() role: DomainRole): DomainBoardChange[] {
    return role.changes;
  }

  @FieldResolver(() => [SourceExcerpt], { description: 'Where the disclosures state the role, one excerpt per statement.' })
  sources(@Root() role: DomainRole): Citation[] {
    return role.sources;
  }
}
