import type { Role } from '@thidua/domain';
import { ADMIN, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Anyone signed in reads the settings in force; only an administrator changes or resets one. */
export const SETTING_EDITORS: readonly Role[] = ADMIN;

/** What the user may do with the settings (for `/auth/me`). */
export const settingCollectionAbilities = (user: RequestUser) => ({ edit: hasAnyRole(user, SETTING_EDITORS) });
