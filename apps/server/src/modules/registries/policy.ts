import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Everyone signed in reads the registries (docs/statistics.md, "Who does what"). */
export const READERS: readonly Role[] = ANY_ROLE;
/** The planning division keeps them. */
export const EDITORS: readonly Role[] = ROLE_GROUPS.statPlanners;

export const canEditRegistries = (user: RequestUser) => hasAnyRole(user, EDITORS);

/** What this user may do with this record now: the service refuses by the same rules. */
export const registryAbilities = (user: RequestUser, row: { valid_to: string | null }) => ({
  edit: canEditRegistries(user),
  close: canEditRegistries(user) && row.valid_to === null,
});
