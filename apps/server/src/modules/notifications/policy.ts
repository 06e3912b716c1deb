import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** The mail wording and the outbox are the emulation office's (each user reads only his own notifications). */
export const MAIL_MANAGERS: readonly Role[] = ROLE_GROUPS.office;

/** What the user may do with mail (for `/auth/me`): edit its wording and watch the outbox. */
export const mailCollectionAbilities = (user: RequestUser) => ({ manage: hasAnyRole(user, MAIL_MANAGERS) });
