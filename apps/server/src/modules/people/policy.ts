import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * Who may do what with people, in one place: the routes admit by these role
 * groups, the services refuse by the unit rules below, and the responses and
 * `/auth/me` carry the same answers so the web shows only what works.
 */

/** Anyone with a role reads the people of the units his grants cover. */
export const PEOPLE_READERS: readonly Role[] = ROLE_GROUPS.anyone;
/** The office, or a unit's own officer, writes (adds, edits, imports) the people of his units. */
export const PEOPLE_WRITERS: readonly Role[] = ROLE_GROUPS.unitWriters;

/** The units whose people this user reads ('all' for a grant at the root). */
export const readableOrgs = (user: RequestUser, tree: OrgTree) => scopeOf(user, PEOPLE_READERS, tree);
/** The units whose people this user writes. */
export const writableOrgs = (user: RequestUser, tree: OrgTree) => scopeOf(user, PEOPLE_WRITERS, tree);

export const canReadPeopleOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, PEOPLE_READERS, orgId, tree);
export const canWritePeopleOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, PEOPLE_WRITERS, orgId, tree);

export interface PersonAbilities {
  edit: boolean;
}

/** What this user may do with a person of this unit. */
export const personAbilities = (user: RequestUser, tree: OrgTree, orgId: string): PersonAbilities => ({
  edit: canWritePeopleOf(user, tree, orgId),
});

/** The same for many rows at once, from scopes worked out once. */
export function personAbilitiesIn(user: RequestUser, tree: OrgTree): (orgId: string) => PersonAbilities {
  const writable = writableOrgs(user, tree);
  return (orgId) => ({ edit: writable === 'all' || writable.has(orgId) });
}

/** What the user may do with people as a whole (for `/auth/me`): add, import, export the view he reads. */
export const peopleCollectionAbilities = (user: RequestUser) => ({
  create: hasAnyRole(user, PEOPLE_WRITERS),
  import: hasAnyRole(user, PEOPLE_WRITERS),
  export: hasAnyRole(user, PEOPLE_READERS),
});
