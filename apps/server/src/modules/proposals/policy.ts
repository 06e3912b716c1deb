import {
  PROPOSAL_WORKFLOW,
  ROLE_GROUPS,
  availability,
  isEditable,
  type ProposalAction,
  type ProposalActor,
  type ProposalStatus,
  type ProposalStepContext,
  type Role,
} from '@thidua/domain';
import { canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who drafts and submits a unit's dossier: its officer, or the emulation office. */
export const PROPOSERS: readonly Role[] = ROLE_GROUPS.unitWriters;
export { LEADERS, OFFICE } from '../../platform/access.ts';

/**
 * The kinds of actor this user is for a dossier of `orgId`: the proposing unit
 * when his grants reach it, the office when he is the department's, the leader
 * (who issues the Director's decision) when he is the department's leader.
 */
export function proposalActorKinds(user: RequestUser, tree: OrgTree, orgId: string): ProposalActor[] {
  const kinds: ProposalActor[] = [];
  if (canReach(user, PROPOSERS, orgId, tree)) kinds.push('unit');
  if (scopeOf(user, ROLE_GROUPS.office, tree) === 'all') kinds.push('office');
  if (scopeOf(user, ROLE_GROUPS.leaders, tree) === 'all') kinds.push('leader');
  return kinds;
}

/** Steps the dossier's page takes elsewhere: the leader's decision on the decision page, which takes voted dossiers. */
const DECIDED_ON_THE_DECISION_PAGE: readonly ProposalStatus[] = ['voted', 'signing'];

/**
 * What this user may do with this dossier now, the workflow's guards judged on
 * the same context the step is checked with (`proposalStepContext`): an action
 * a guard closes is not offered, its refusal is (`unavailable`). The council's
 * vote is recorded by closing its session, never from the dossier.
 */
export function proposalAbilities(
  user: RequestUser,
  tree: OrgTree,
  p: { org_id: string; status: string },
  ctx: ProposalStepContext = {},
): { edit: boolean; actions: ProposalAction[]; attach: boolean; unavailable: { action: string; reason: string }[] } {
  const status = p.status as ProposalStatus;
  const kinds = proposalActorKinds(user, tree, p.org_id);
  const open = availability(PROPOSAL_WORKFLOW, status, { kinds }, ctx);
  return {
    edit: kinds.includes('unit') && isEditable(status),
    actions: open.actions.filter(
      (a) => a !== 'close_vote' && (a !== 'decide' || DECIDED_ON_THE_DECISION_PAGE.includes(status)),
    ),
    attach: kinds.includes('unit') || kinds.includes('office'),
    unavailable: open.unavailable,
  };
}

/** What the user may do with dossiers as a whole (for `/auth/me`): draft one, review the units'. */
export const proposalCollectionAbilities = (user: RequestUser) => ({
  create: hasAnyRole(user, PROPOSERS),
  review: hasAnyRole(user, ROLE_GROUPS.office),
});
