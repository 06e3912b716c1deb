import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * Who rates whom: anyone reads the ratings of the units his grants cover; the
 * office, or a unit's own officer, rates that unit and its people. The routes
 * admit by these groups, the service refuses rows by the scopes, each grid row
 * says whether it may be edited, and `/auth/me` says whether to offer editing at all.
 */
export const RATING_READERS: readonly Role[] = ROLE_GROUPS.anyone;
export const RATERS: readonly Role[] = ROLE_GROUPS.unitWriters;

const within = (scope: 'all' | Set<string>, orgId: string) => scope === 'all' || scope.has(orgId);

/** The units whose ratings this user reads, and a test of one unit. */
export function readableRatings(user: RequestUser, tree: OrgTree) {
  const scope = scopeOf(user, RATING_READERS, tree);
  return (orgId: string) => within(scope, orgId);
}

/** Whether this user may rate a unit, or a person of it (worked out once for a whole grid). */
export function ratableOrgs(user: RequestUser, tree: OrgTree) {
  const scope = scopeOf(user, RATERS, tree);
  return (orgId: string) => within(scope, orgId);
}

/** What the user may do with ratings as a whole (for `/auth/me`). */
export const ratingCollectionAbilities = (user: RequestUser) => ({
  edit: hasAnyRole(user, RATERS),
  import: hasAnyRole(user, RATERS),
});
