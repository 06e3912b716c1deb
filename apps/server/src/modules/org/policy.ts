import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Anyone with a role reads the organisation tree (pickers and names need all of it). */
export const ORG_READERS: readonly Role[] = ROLE_GROUPS.anyone;
/** Only the system administrators create, rename, move or close units. */
export const ORG_MANAGERS: readonly Role[] = ADMIN;

/** What the user may do with the tree (for `/auth/me`). */
export const orgCollectionAbilities = (user: RequestUser) => ({ manage: hasAnyRole(user, ORG_MANAGERS) });
