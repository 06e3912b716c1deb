import {
  DOSSIER_WORKFLOW,
  ROLE_GROUPS,
  availability,
  type DossierAction,
  type DossierActor,
  type DossierStatus,
  type DossierStepContext,
  type Role,
} from '@thidua/domain';
import { canReach, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** The one-stop section (receives, accepts, hands over); admins too. */
export const DESK: readonly Role[] = ROLE_GROUPS.onestopDesk;
/** Everyone who works dossiers: the desk, the officers who handle steps, the leaders. */
export const STAFF: readonly Role[] = ROLE_GROUPS.onestopStaff;
const LEADER_ROLES: readonly Role[] = ['admin', 'leader'];

/** What the kinds and the visibility of a dossier read. */
export interface DossierScopeRow {
  org_id: string;
  assignee_id: string | null;
  /** The division holding it now (set at transfer). */
  assignee_org_id: string | null;
}

/**
 * The kinds of actor this user is for a dossier: `clerk` (the one-stop section, or an admin, reaching its
 * organisation), `handler` (the officer its current step is assigned to, and no one else; an admin too),
 * `leader` (a leader reaching its organisation, or an admin).
 */
export function dossierActorKinds(user: RequestUser, tree: OrgTree, d: DossierScopeRow): DossierActor[] {
  const kinds: DossierActor[] = [];
  if (canReach(user, DESK, d.org_id, tree)) kinds.push('clerk');
  const admin = canReach(user, ['admin'], d.org_id, tree);
  if (admin || (d.assignee_id !== null && d.assignee_id === user.id)) kinds.push('handler');
  if (canReach(user, LEADER_ROLES, d.org_id, tree)) kinds.push('leader');
  return kinds;
}

/**
 * Whether the user may read the dossier: staff whose grants reach its organisation or the division it was
 * transferred to, or its assignee.
 */
export function canSeeDossier(user: RequestUser, tree: OrgTree, d: DossierScopeRow): boolean {
  return (
    canReach(user, STAFF, d.org_id, tree) ||
    (d.assignee_org_id !== null && canReach(user, STAFF, d.assignee_org_id, tree)) ||
    (d.assignee_id !== null && d.assignee_id === user.id)
  );
}

/**
 * When the desk may tick and attach the checklist: before acceptance (an online or postal dossier checked at
 * receipt) and once the supplement has come in.
 */
export const CHECKLIST_STATUSES: readonly DossierStatus[] = ['submitted', 'supplement'];

/** The organisations whose dossiers a user's list holds ('all' for a department-wide grant). */
export const dossierScope = (user: RequestUser, tree: OrgTree) => scopeOf(user, STAFF, tree);

/**
 * What this user may do with the dossier now: the actions his kinds may take (the service refuses by the same
 * check), the ones closed by a guard with the reason, and whether he may tick and attach the checklist.
 */
export function dossierAbilities(
  user: RequestUser,
  tree: OrgTree,
  d: DossierScopeRow & { status: string },
  ctx: DossierStepContext,
): { actions: DossierAction[]; unavailable: { action: string; reason: string }[]; attach: boolean } {
  const kinds = dossierActorKinds(user, tree, d);
  const open = availability(DOSSIER_WORKFLOW, d.status as DossierStatus, { kinds }, ctx);
  return {
    actions: open.actions,
    unavailable: open.unavailable,
    attach: kinds.includes('clerk') && CHECKLIST_STATUSES.includes(d.status as DossierStatus),
  };
}
