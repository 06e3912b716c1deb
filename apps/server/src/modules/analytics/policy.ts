import type { Role } from '@thidua/domain';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Everyone signed in reads the analyses, the dashboard and the shared views (docs/statistics.md, "Roles"). */
export const READERS: readonly Role[] = ANY_ROLE;

/** A saved view is its owner's to change; an administrator may remove any. */
export const viewAbilities = (user: RequestUser, ownerId: string) => ({
  edit: user.id === ownerId,
  delete: user.id === ownerId || hasAnyRole(user, ['admin']),
});
