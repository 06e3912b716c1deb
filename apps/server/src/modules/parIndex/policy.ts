import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { canReach, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Everyone signed in reads the PAR-index history: the results are announced by the province. */
export const PAR_READERS: readonly Role[] = ROLE_GROUPS.anyone;
/** The office keeps it (docs/scorecards.md), for the organisations its grant reaches. */
export const PAR_EDITORS: readonly Role[] = ROLE_GROUPS.scorecardOffice;

export const canEditPar = (user: RequestUser, orgId: string, tree: OrgTree) => canReach(user, PAR_EDITORS, orgId, tree);
