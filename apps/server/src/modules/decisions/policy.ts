import { ROLE_GROUPS, type Role } from '@thidua/domain';
import type { z } from 'zod';
import type { DecisionAbilities } from '@thidua/contracts';
import { scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** Who issues and revokes the Director's decisions: the leaders, over the whole department. */
export const ISSUERS: readonly Role[] = ROLE_GROUPS.leaders;
/** Who records a higher level's decision: the emulation office, over the whole department. */
export const RECORDERS: readonly Role[] = ROLE_GROUPS.office;

export const canIssue = (user: RequestUser, tree: OrgTree) => scopeOf(user, ISSUERS, tree) === 'all';
export const canRecord = (user: RequestUser, tree: OrgTree) => scopeOf(user, RECORDERS, tree) === 'all';

interface DecisionFacts {
  status: string;
  kind: string;
  level: string;
}

/** Only the department's own award decision still in force can be revoked, by a new decision of its own. */
export const revocable = (d: DecisionFacts) => d.status === 'issued' && d.kind === 'award' && d.level === 'here';
/** A revocation awards nothing, so it has no certificates. */
export const hasCertificates = (d: DecisionFacts) => d.kind === 'award';

/**
 * What this user may do with this decision: the service refuses by the same
 * rules and the detail carries it, so the web shows exactly the buttons that work.
 */
export function decisionAbilities(
  user: RequestUser,
  tree: OrgTree,
  d: DecisionFacts,
  recipientCount: number,
): z.infer<typeof DecisionAbilities> {
  return {
    revoke: canIssue(user, tree) && revocable(d),
    printCertificates: hasCertificates(d) && recipientCount > 0,
  };
}

/** What the user may do with decisions as a whole (for `/auth/me`): issue the Director's, record a higher level's. */
export const decisionCollectionAbilities = (user: RequestUser, tree: OrgTree) => ({
  issue: canIssue(user, tree),
  record: canRecord(user, tree),
});
