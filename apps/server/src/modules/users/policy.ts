import type { Role } from '@thidua/domain';
import type { z } from 'zod';
import type { UpdateUserRequest } from '@thidua/contracts';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Accounts and their grants are the system administrators' alone (list, create, lock, grant, reset). */
export const USER_MANAGERS: readonly Role[] = ADMIN;

/** What the user may do with accounts (for `/auth/me`). */
export const userCollectionAbilities = (user: RequestUser) => ({ manage: hasAnyRole(user, USER_MANAGERS) });

/**
 * An administrator may not lock himself out: deactivating his own account, or
 * granting himself roles that no longer hold one of `USER_MANAGERS`, would
 * leave the accounts to no one he can reach.
 */
export const locksSelfOut = (actorId: string | null, id: string, input: z.output<typeof UpdateUserRequest>) =>
  actorId === id &&
  (input.active === false || (input.roles !== undefined && !input.roles.some((r) => USER_MANAGERS.includes(r.role))));
