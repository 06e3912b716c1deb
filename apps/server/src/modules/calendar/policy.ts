import type { Role } from '@thidua/domain';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Anyone signed in reads the working-day calendar; only an administrator changes it. */
export const CALENDAR_EDITORS: readonly Role[] = ADMIN;

/** What the user may do with the calendar (for `/auth/me`). */
export const calendarCollectionAbilities = (user: RequestUser) => ({ edit: hasAnyRole(user, CALENDAR_EDITORS) });
