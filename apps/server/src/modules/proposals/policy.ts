import {
  ROLE_GROUPS,
  isEditable,
  proposalActions,
  type ProposalAction,
  type ProposalActor,
  type ProposalStatus,
  type Role,
} from '@thidua/domain';
import { canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who drafts and submits a unit's dossier: its officer, or the emulation office. */
export const PROPOSERS: readonly Role[] = ROLE_GROUPS.unitWriters;
export { LEADERS, OFFICE } from '../../platform/access.ts';

/**
 * The kinds of actor this user is for a dossier of `orgId`: the proposing unit
 * when his grants reach it, the office when he is the department's. The
 * council's close and the leader's decision go through their own pages.
 */
export function proposalActorKinds(user: RequestUser, tree: OrgTree, orgId: string): ProposalActor[] {
  const kinds: ProposalActor[] = [];
  if (canReach(user, PROPOSERS, orgId, tree)) kinds.push('unit');
  if (scopeOf(user, ROLE_GROUPS.office, tree) === 'all') kinds.push('office');
  return kinds;
}

/** What this user may do with this dossier now: refused by the service, carried in the response. */
export function proposalAbilities(
  user: RequestUser,
  tree: OrgTree,
  p: { org_id: string; status: string },
): { edit: boolean; actions: ProposalAction[]; attach: boolean } {
  const status = p.status as ProposalStatus;
  const kinds = proposalActorKinds(user, tree, p.org_id);
  return {
    edit: kinds.includes('unit') && isEditable(status),
    actions: kinds.flatMap((k) => proposalActions(status, k)),
    attach: kinds.length > 0,
  };
}

/** What the user may do with dossiers as a whole (for `/auth/me`): draft one, review the units'. */
export const proposalCollectionAbilities = (user: RequestUser) => ({
  create: hasAnyRole(user, PROPOSERS),
  review: hasAnyRole(user, ROLE_GROUPS.office),
});
