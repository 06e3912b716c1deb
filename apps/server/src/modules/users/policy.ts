import type { Role } from '@thidua/domain';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Accounts and their grants are the system administrators' alone (list, create, lock, grant, reset). */
export const USER_MANAGERS: readonly Role[] = ADMIN;

/** What the user may do with accounts (for `/auth/me`). */
export const userCollectionAbilities = (user: RequestUser) => ({ manage: hasAnyRole(user, USER_MANAGERS) });
