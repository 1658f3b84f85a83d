/**
 * Whether a role is held on a date, as far as the disclosures tell.
 *
 * - A start or end known only to the year or month makes the dates inside that year or
 *   month uncertain (POSSIBLY_HELD).
 * - An unknown start is never invented: before the first date a disclosure states the
 *   role is held (`knownHeldSince`), the role is POSSIBLY_HELD; from then on, HELD.
 * - A role without an end is taken to continue: no disclosure has reported its end.
 * - `end` is the date the role ends: it is not held on that date.
 */
import { addDays } from './values.js';
import type { Role, RoleStatus } from './model.js';

export function roleStatus(role: Role, on: string): RoleStatus {
  const { start, end, knownHeldSince } = role;
  if (start && on < start.earliest) return 'NOT_HELD';
  if (end && on >= (end.precision === 'DAY' ? end.value : addDays(end.latest, 1))) return 'NOT_HELD';
  const started = (start !== null && on >= start.latest) || (knownHeldSince !== null && on >= knownHeldSince);
  const notEnded = !end || on < end.earliest;
  return started && notEnded ? 'HELD' : 'POSSIBLY_HELD';
}

/** The more certain of two statuses. */
export function strongest(a: RoleStatus, b: RoleStatus): RoleStatus {
  const rank: Record<RoleStatus, number> = { NOT_HELD: 0, POSSIBLY_HELD: 1, HELD: 2 };
  return rank[a] >= rank[b] ? a : b;
}
