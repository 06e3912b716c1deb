import type { Role } from '@thidua/domain';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** The audit log (and its chain check) is read by the system administrators only. */
export const AUDIT_READERS: readonly Role[] = ADMIN;

/** What the user may do with the audit log (for `/auth/me`). */
export const auditCollectionAbilities = (user: RequestUser) => ({ read: hasAnyRole(user, AUDIT_READERS) });
