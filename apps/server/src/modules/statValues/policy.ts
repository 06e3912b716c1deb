import {
  ROLE_GROUPS,
  STAT_SUBMISSION_WORKFLOW,
  availability,
  type Role,
  type StatSubmissionActor,
  type StatSubmissionContext,
  type StatSubmissionStatus,
} from '@thidua/domain';
import { ANY_ROLE, canReach, hasAnyRole, type RequestUser } from '../../platform/access.ts';
import { forbidden } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Everyone signed in reads the figures (docs/statistics.md, "Roles"). */
export const READERS: readonly Role[] = ANY_ROLE;
/** Who enters, imports and submits: the units' reporters, the planning division, admins. */
export const ENTRY: readonly Role[] = ROLE_GROUPS.statEntry;
/** The planning division: approves and returns; enters for any unit. */
export const PLANNERS: readonly Role[] = ROLE_GROUPS.statPlanners;
/** Leaders: accept (lock) and unlock. */
export const ACCEPTORS: readonly Role[] = ROLE_GROUPS.statAcceptors;
/** Who may step a submission at all (the workflow then says which step). */
export const STEPPERS: readonly Role[] = [...new Set([...ENTRY, ...ACCEPTORS])];

/** What access to a reporting unit reads. */
export interface UnitScope {
  org_id: string | null;
}

/**
 * Whether the user enters for the unit: the planning division (and admins) for any unit; a reporter when the
 * unit's organisation lies in the subtree of his grant.
 */
export function canEnterFor(user: RequestUser, tree: OrgTree, unit: UnitScope): boolean {
  if (hasAnyRole(user, PLANNERS)) return true;
  return unit.org_id !== null && canReach(user, ['stat_reporter'], unit.org_id, tree);
}

export function assertEntryFor(user: RequestUser, tree: OrgTree, unit: UnitScope, name: string): void {
  if (!canEnterFor(user, tree, unit))
    throw forbidden(`Bạn không nhập số liệu cho đơn vị báo cáo "${name}" (ngoài phạm vi đơn vị được phân quyền).`);
}

/** The kinds of actor this user is for a submission of this unit. */
export function submissionActorKinds(user: RequestUser, tree: OrgTree, unit: UnitScope): StatSubmissionActor[] {
  const kinds: StatSubmissionActor[] = [];
  if (canEnterFor(user, tree, unit)) kinds.push('reporter');
  if (hasAnyRole(user, PLANNERS)) kinds.push('planner');
  if (hasAnyRole(user, ACCEPTORS)) kinds.push('acceptor');
  return kinds;
}

/** What the user may do with the submission now; the services refuse by the same rules. */
export function submissionAbilities(
  user: RequestUser,
  tree: OrgTree,
  unit: UnitScope,
  status: StatSubmissionStatus,
  ctx: StatSubmissionContext,
) {
  const kinds = submissionActorKinds(user, tree, unit);
  const a = availability(STAT_SUBMISSION_WORKFLOW, status, { kinds }, ctx);
  return { edit: status === 'open' && kinds.includes('reporter'), transitions: a.actions, unavailable: a.unavailable };
}
