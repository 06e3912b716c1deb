import { ROLE_GROUPS, type Role, type TaskActor, type TaskStatus } from '@thidua/domain';
import { ANY_ROLE, canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * Who does what with work programmes and tasks (docs/work-programmes.md). Everyone signed in reads them: a
 * department's programme is its staff's common reference. The office (its grant reaching the programme's
 * organisation) drafts, issues and amends; the unit in charge's officer (or the office) reports and completes; a
 * leader reaching the programme's organisation decides requests for a new deadline.
 */
export const READERS: readonly Role[] = ANY_ROLE;
export const PROGRAMME_OFFICE: readonly Role[] = ROLE_GROUPS.programmeOffice;
export const PROGRAMME_REPORTERS: readonly Role[] = ROLE_GROUPS.programmeReporters;
export const PROGRAMME_LEADERS: readonly Role[] = ROLE_GROUPS.programmeLeaders;
/** A unit officer reports for the tasks of the units his grant reaches. */
const UNIT: readonly Role[] = ['unit_officer'];

export interface ProgrammeScope {
  /** The programme's organisation. */
  org_id: string;
}
export interface TaskScope {
  /** The unit in charge. */
  org_id: string;
  /** The organisation of the task's origin programme. */
  programme_org_id: string;
}

export const canManageProgramme = (user: RequestUser, tree: OrgTree, p: ProgrammeScope) =>
  canReach(user, PROGRAMME_OFFICE, p.org_id, tree);

/** The kinds of actor the user is on a task (TASK_WORKFLOW's `by`); the clock is `system`, never a user. */
export function taskActorKinds(user: RequestUser, tree: OrgTree, t: TaskScope): TaskActor[] {
  const kinds: TaskActor[] = [];
  const office = canReach(user, PROGRAMME_OFFICE, t.programme_org_id, tree);
  if (office || canReach(user, UNIT, t.org_id, tree)) kinds.push('unit');
  if (office) kinds.push('office');
  if (canReach(user, PROGRAMME_LEADERS, t.programme_org_id, tree)) kinds.push('leader');
  return kinds;
}

/** The units whose tasks the user reports for (`mine=true` lists): 'all' for the office at the root. */
export function reportingScope(user: RequestUser, tree: OrgTree): 'all' | Set<string> {
  if (!hasAnyRole(user, PROGRAMME_REPORTERS)) return new Set();
  return scopeOf(user, PROGRAMME_REPORTERS, tree);
}

/** Statuses in which a task is still to be done. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = [
  'assigned',
  'in_progress',
  'extension_requested',
  'extended',
  'overdue',
];
