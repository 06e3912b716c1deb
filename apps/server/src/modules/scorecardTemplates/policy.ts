import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Everyone signed in reads the templates: members see what they will be scored on. */
export const TEMPLATE_READERS: readonly Role[] = ANY_ROLE;
/** The emulation office keeps the templates (docs/scorecards.md, "Roles"). */
export const TEMPLATE_EDITORS: readonly Role[] = ROLE_GROUPS.scorecardOffice;

export const canKeepTemplates = (user: RequestUser) => hasAnyRole(user, TEMPLATE_EDITORS);

/** A template is edited only while a draft that no cycle uses; the service refuses by the same rule. */
export const canEditTemplate = (user: RequestUser, t: { status: string }, usedBy: number) =>
  canKeepTemplates(user) && t.status === 'draft' && usedBy === 0;
