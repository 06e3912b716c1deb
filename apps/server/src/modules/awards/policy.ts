import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * Who keeps a subject's award history (past awards, periods of service and
 * their imports): anyone reads the history of a person or collective of the
 * units his grants cover; the office, or a unit's own officer, records,
 * corrects and withdraws it. The routes admit by these groups, the services
 * refuse by the unit rules, the history says whether its reader may edit it,
 * and `/auth/me` says whether to offer recording and importing at all.
 */
export const HISTORY_READERS: readonly Role[] = ROLE_GROUPS.anyone;
export const HISTORY_WRITERS: readonly Role[] = ROLE_GROUPS.unitWriters;

export const canReadHistoryOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, HISTORY_READERS, orgId, tree);
export const canWriteHistoryOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, HISTORY_WRITERS, orgId, tree);

/** A test of the units whose history this user reads, worked out once for many subjects. */
export function historyReadableOrgs(user: RequestUser, tree: OrgTree) {
  const scope = scopeOf(user, HISTORY_READERS, tree);
  return (orgId: string) => scope === 'all' || scope.has(orgId);
}

/** What the user may do with award history as a whole (for `/auth/me`). */
export const awardHistoryCollectionAbilities = (user: RequestUser) => ({
  create: hasAnyRole(user, HISTORY_WRITERS),
  import: hasAnyRole(user, HISTORY_WRITERS),
});
