import type { Role } from '@thidua/domain';
import { OFFICE, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who launches and steers movements: the emulation office. */
export const MANAGERS: readonly Role[] = OFFICE;
/** Who registers and reports for a unit: the office, or the unit's own officer. */
export const UNIT_ACTORS: readonly Role[] = ['admin', 'emulation_officer', 'unit_officer'];

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
