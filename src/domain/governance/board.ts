/** The board and the officers of a company on a date, from its roles over time. */
import type { Company } from '../model.js';
import type { Person, Role, RoleStatus } from './model.js';
import { roleStatus, strongest } from './role-status.js';

export interface BoardMemberOn {
  asOf: string;
  person: Person;
  roles: Role[];
  status: RoleStatus;
  isChair: boolean;
  isIndependent: boolean;
}

export interface TenureOn {
  asOf: string;
  role: Role;
  person: Person;
  status: RoleStatus;
}

function companyRoles(company: Company): Role[] {
  return company.governance ? [...company.governance.roles.values()].filter((r) => r.organization === null) : [];
}

/** Directors on `asOf` whose board roles are held or possibly held, in the order the disclosures name them. */
export function boardMembers(company: Company, asOf: string): BoardMemberOn[] {
  const members = new Map<Person, BoardMemberOn>();
  for (const role of companyRoles(company)) {
    if (role.kind !== 'DIRECTOR' && role.kind !== 'CHAIR') continue;
    const status = roleStatus(role, asOf);
    if (status === 'NOT_HELD') continue;
    let member = members.get(role.person);
    if (!member) {
      member = { asOf, person: role.person, roles: [], status, isChair: false, isIndependent: false };
      members.set(role.person, member);
    }
    member.roles.push(role);
    member.status = strongest(member.status, status);
    member.isChair ||= role.kind === 'CHAIR';
    member.isIndependent ||= role.independent;
  }
  return [...members.values()];
}

/** Who chairs the board on `asOf`: the chair whose role is most certainly held; null when none is known. */
export function boardChair(company: Company, asOf: string): BoardMemberOn | null {
  let best: BoardMemberOn | null = null;
  for (const member of boardMembers(company, asOf)) {
    if (!member.isChair) continue;
    const chairStatus = member.roles.filter((r) => r.kind === 'CHAIR').map((r) => roleStatus(r, asOf)).reduce(strongest);
    if (!best || (chairStatus === 'HELD' && best.status !== 'HELD')) best = { ...member, status: chairStatus };
  }
  return best;
}

/** Officers of the company on `asOf`, held or possibly held. */
export function officers(company: Company, asOf: string): TenureOn[] {
  return companyRoles(company)
    .filter((r) => r.kind === 'OFFICER')
    .map((role) => ({ asOf, role, person: role.person, status: roleStatus(role, asOf) }))
    .filter((t) => t.status !== 'NOT_HELD');
}
