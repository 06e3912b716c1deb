import { ROLE_GROUPS, type Role } from '@thidua/domain';
import type { z } from 'zod';
import type { SessionAbilities } from '@thidua/contracts';
import { scopeOf, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who composes the council and runs its sessions (roll call, closing): the emulation office, department-wide. */
export const COUNCIL_SECRETARIES: readonly Role[] = ROLE_GROUPS.office;

export const canManageCouncil = (user: RequestUser, tree: OrgTree) =>
  scopeOf(user, COUNCIL_SECRETARIES, tree) === 'all';

/** For /auth/me: whether the council's members and sessions tabs offer "add a member" and "open a session". */
export function councilCollectionAbilities(user: RequestUser, tree: OrgTree) {
  const office = canManageCouncil(user, tree);
  return { manageMembers: office, openSession: office };
}

export const isOffice = async (deps: Deps, user: RequestUser) => canManageCouncil(user, await deps.tree.fresh());

/**
 * What this user may do in this session: the service refuses by the same
 * rules (a ballot needs a seat and a recorded presence) and the session view
 * carries it, so the web shows exactly the buttons that work.
 */
export function sessionAbilities(
  user: RequestUser,
  tree: OrgTree,
  status: string,
  me: { present: number } | undefined,
): z.infer<typeof SessionAbilities> {
  const open = status === 'open';
  return {
    manage: open && canManageCouncil(user, tree),
    vote: open && !!me && me.present === 1,
  };
}
