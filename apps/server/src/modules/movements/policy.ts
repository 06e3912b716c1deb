import {
  MOVEMENT_WORKFLOW,
  ROLE_GROUPS,
  actionsFor,
  stageAllows,
  type MovementActor,
  type MovementStatus,
  type Role,
  type WorkflowActor,
} from '@thidua/domain';
import type { z } from 'zod';
import type { MovementAbilities } from '@thidua/contracts';
import { hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who launches and steers movements: the emulation office. */
export const MANAGERS: readonly Role[] = ROLE_GROUPS.office;
/** Who registers and reports for a unit: the office, or the unit's own officer. */
export const UNIT_ACTORS: readonly Role[] = ROLE_GROUPS.unitWriters;

/** A manager whose grants cover every participating unit may steer the movement. */
export function canManage(user: RequestUser, tree: OrgTree, orgIds: readonly string[]): boolean {
  const scope = scopeOf(user, MANAGERS, tree);
  if (scope === 'all') return true;
  return scope.size > 0 && orgIds.every((id) => scope.has(id));
}

/** The participating units this user may register or report for. */
export function actingOrgIds(user: RequestUser, tree: OrgTree, orgIds: readonly string[]): string[] {
  const scope = scopeOf(user, UNIT_ACTORS, tree);
  return scope === 'all' ? [...orgIds] : orgIds.filter((id) => scope.has(id));
}

/** The user as the movement's workflow sees him. */
export function movementActor(
  user: RequestUser,
  tree: OrgTree,
  orgIds: readonly string[],
): WorkflowActor<MovementActor> {
  return { kinds: canManage(user, tree, orgIds) ? ['manager'] : [] };
}

/**
 * What this user may do with this movement now: the service refuses by it and
 * the response carries it, so the web shows exactly the buttons that work.
 */
export function movementAbilities(
  user: RequestUser,
  tree: OrgTree,
  orgIds: readonly string[],
  status: MovementStatus,
): z.infer<typeof MovementAbilities> {
  const manage = canManage(user, tree, orgIds);
  const allows = stageAllows(status);
  const acting = actingOrgIds(user, tree, orgIds);
  return {
    edit: manage && allows.edit,
    transitions: actionsFor(MOVEMENT_WORKFLOW, status, movementActor(user, tree, orgIds), {}),
    registerOrgIds: acting,
    register: allows.register && acting.length > 0,
    report: allows.report && acting.length > 0,
    exemplars: allows.exemplars && (manage || acting.length > 0),
    remind: manage && allows.register,
  };
}

/** What the user may do with movements as a whole (for `/auth/me`): launch one. */
export const movementCollectionAbilities = (user: RequestUser) => ({
  create: hasAnyRole(user, MANAGERS),
});
