import type { Role } from '@thidua/domain';
import { ROLE_GROUPS } from '@thidua/domain';
import { forbidden } from './errors.ts';
import type { OrgTree } from './orgtree.ts';

/** What a route needs: nothing, any signed-in user, or one of these roles somewhere in the tree. */
export type Access = 'public' | 'authenticated' | readonly Role[];

// The groups are named in packages/domain (roles.ts), where the web reads them too.
export const ANY_ROLE: readonly Role[] = ROLE_GROUPS.anyone;
export const WRITERS_OF_PEOPLE: readonly Role[] = ROLE_GROUPS.unitWriters;
/** The emulation office: steers movements, blocs, dossiers, the council's sessions and mail. */
export const OFFICE: readonly Role[] = ROLE_GROUPS.office;
/** The system's administrators: users, audit, settings. */
export const ADMIN: readonly Role[] = ['admin'];
/** Who issues decisions. */
export const LEADERS: readonly Role[] = ROLE_GROUPS.leaders;

export interface Grant {
  role: Role;
  orgId: string;
}

export interface RequestUser {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: Grant[];
}

export function hasAnyRole(user: RequestUser, roles: readonly Role[]): boolean {
  return user.grants.some((g) => roles.includes(g.role));
}

/**
 * The organisations a user reaches with any of `roles`: 'all' when a grant
 * sits on a root (the common admin case, which then needs no filter).
 */
export function scopeOf(user: RequestUser, roles: readonly Role[], tree: OrgTree): 'all' | Set<string> {
  const grants = user.grants.filter((g) => roles.includes(g.role));
  const roots = new Set(tree.roots());
  if (grants.some((g) => roots.has(g.orgId))) return 'all';
  const ids = new Set<string>();
  for (const g of grants) for (const id of tree.subtree(g.orgId)) ids.add(id);
  return ids;
}

export function canReach(user: RequestUser, roles: readonly Role[], orgId: string, tree: OrgTree): boolean {
  return user.grants.some((g) => roles.includes(g.role) && tree.isWithin(orgId, g.orgId));
}

export function assertReach(user: RequestUser, roles: readonly Role[], orgId: string, tree: OrgTree): void {
  if (!canReach(user, roles, orgId, tree))
    throw forbidden('Bạn không có quyền với đơn vị này (ngoài phạm vi đơn vị được phân quyền).');
}
