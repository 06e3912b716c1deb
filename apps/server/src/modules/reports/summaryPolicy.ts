import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { canReach, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** The emulation office and the leaders read the summary report and keep its drafts (docs/reports.md). */
export const SUMMARY_READERS: readonly Role[] = [...new Set([...ROLE_GROUPS.office, ...ROLE_GROUPS.leaders])];
export const SUMMARY_EDITORS: readonly Role[] = SUMMARY_READERS;
/** Who signs a report, freezing it. */
export const SUMMARY_SIGNERS: readonly Role[] = ROLE_GROUPS.leaders;

export const canReadSummaryOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, SUMMARY_READERS, orgId, tree);
export const canEditSummaryOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, SUMMARY_EDITORS, orgId, tree);
export const canSignSummaryOf = (user: RequestUser, tree: OrgTree, orgId: string) =>
  canReach(user, SUMMARY_SIGNERS, orgId, tree);
