import { REGISTRY_STATUSES, type RegistryKind } from '@thidua/contracts';
import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Everyone signed in reads the registries (docs/statistics.md, "Who does what"). */
export const READERS: readonly Role[] = ANY_ROLE;
/** The planning division keeps them. */
export const EDITORS: readonly Role[] = ROLE_GROUPS.statPlanners;

export const canEditRegistries = (user: RequestUser) => hasAnyRole(user, EDITORS);

/** Whether a record has been ended (a product's certificate may carry its planned end date while still valid). */
export const isEnded = (kind: RegistryKind, row: { status: string }) =>
  (REGISTRY_STATUSES[kind].closing as readonly string[]).includes(row.status);

/** What this user may do with this record now: the service refuses by the same rules. */
export const registryAbilities = (user: RequestUser, kind: RegistryKind, row: { status: string }) => ({
  edit: canEditRegistries(user),
  close: canEditRegistries(user) && !isEnded(kind, row),
});
