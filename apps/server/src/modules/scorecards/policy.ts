import {
  ROLE_GROUPS,
  SCORECARD_WORKFLOW,
  SHEET_WORKFLOW,
  availability,
  type Role,
  type ScorecardContext,
  type ScorecardStatus,
  type SheetActor,
  type SheetContext,
  type SheetStatus,
} from '@thidua/domain';
import { ANY_ROLE, canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Everyone signed in reads published cycles (the service hides the others). */
export const READERS: readonly Role[] = ANY_ROLE;
/** The office: opens and runs cycles, appraises every sheet. */
export const OFFICE: readonly Role[] = ROLE_GROUPS.scorecardOffice;
/** Who self-assesses a sheet: the office for any member, a unit officer for a member in his subtree. */
export const MEMBERS: readonly Role[] = ROLE_GROUPS.scorecardMembers;
/** A unit officer's own sheets. */
const UNIT: readonly Role[] = ['unit_officer'];

export interface SheetScope {
  org_id: string | null;
}

export const isOffice = (user: RequestUser) => hasAnyRole(user, OFFICE);
const isLeader = (user: RequestUser) => hasAnyRole(user, ROLE_GROUPS.leaders);

/** The member unit's own officer (the office self-assesses for an agency outside the department). */
export const isMemberOfficer = (user: RequestUser, tree: OrgTree, m: SheetScope) =>
  m.org_id !== null && canReach(user, UNIT, m.org_id, tree);

/** Who sees a sheet: anyone once published; before, the office, the leaders and the member's own officers. */
export function canReadSheet(user: RequestUser, tree: OrgTree, status: string, m: SheetScope): boolean {
  return status === 'published' || isOffice(user) || isLeader(user) || isMemberOfficer(user, tree, m);
}

/** Who sees an unpublished cycle as a whole (its other members' scores, the ranking): the office and the leaders. */
export const seesWholeCycle = (user: RequestUser, status: string) =>
  status === 'published' || isOffice(user) || isLeader(user);

/**
 * The cycles a user's list holds: every one for the office and the leaders; otherwise the published ones and
 * those with a member in the subtree of his unit-officer grant. Null: no filter.
 */
export function listReach(user: RequestUser, tree: OrgTree): null | { orgIds: string[] } {
  if (isOffice(user) || isLeader(user)) return null;
  const scope = scopeOf(user, UNIT, tree);
  if (scope === 'all') return null;
  return { orgIds: [...scope] };
}

/** The kinds of actor the user is on a sheet. */
export function sheetActorKinds(user: RequestUser, tree: OrgTree, m: SheetScope): SheetActor[] {
  const kinds: SheetActor[] = [];
  if (isOffice(user) || isMemberOfficer(user, tree, m)) kinds.push('member');
  if (isOffice(user)) kinds.push('appraiser');
  return kinds;
}

/** What the user may do with a cycle now; the services refuse by the same rules. */
export function cycleAbilities(user: RequestUser, status: ScorecardStatus, ctx: ScorecardContext) {
  const kinds = isOffice(user) ? (['office'] as const) : [];
  const a = availability(SCORECARD_WORKFLOW, status, { kinds }, ctx);
  return { edit: isOffice(user), transitions: a.actions, unavailable: a.unavailable };
}

/** What the user may do with a sheet now, given the cycle's status. */
export function sheetAbilities(
  user: RequestUser,
  tree: OrgTree,
  cycleStatus: string,
  m: SheetScope & { status: string },
  ctx: SheetContext,
) {
  const kinds = sheetActorKinds(user, tree, m);
  const status = m.status as SheetStatus;
  const a = availability(SHEET_WORKFLOW, status, { kinds }, ctx);
  // A sheet's steps follow the cycle's phase: self-assessment while it is open, appraisal after.
  const phase = (action: string) =>
    action === 'submit' || action === 'return' ? cycleStatus === 'open' : cycleStatus === 'appraisal';
  const member = kinds.includes('member');
  const appraiser = kinds.includes('appraiser');
  return {
    selfAssess: member && status === 'self_assessment' && cycleStatus === 'open',
    appraise: appraiser && (status === 'submitted' || status === 'explained') && cycleStatus === 'appraisal',
    explain: member && status === 'explanation' && cycleStatus === 'appraisal',
    transitions: a.actions.filter(phase),
    unavailable: a.unavailable.filter((u) => phase(u.action)),
  };
}
