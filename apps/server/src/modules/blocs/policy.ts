import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Anyone with a role reads the blocs and their covenants. */
export const BLOC_READERS: readonly Role[] = ROLE_GROUPS.anyone;
/** Blocs are the department's business as a whole: managed by the emulation office at the root. */
export const BLOC_MANAGERS: readonly Role[] = ROLE_GROUPS.office;

/** The routes admit the office; the service refuses an officer whose grant sits below the root. */
export const canManageBlocs = (user: RequestUser, tree: OrgTree) => scopeOf(user, BLOC_MANAGERS, tree) === 'all';

/** What the user may do with blocs as a whole (for `/auth/me`): set one up. */
export const blocCollectionAbilities = (user: RequestUser, tree: OrgTree) => ({
  create: canManageBlocs(user, tree),
});
