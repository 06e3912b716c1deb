import type { Transaction } from 'kysely';
import { PROPOSAL_WORKFLOW, check, type ProposalAction, type ProposalStatus } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { staleVersion } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';

/** A dossier to move on: its id, with the version the user saw when he chose it (when he did). */
export type DossierRef = string | { id: string; version?: number | undefined };

/**
 * Moves dossiers on from another use case (the council's vote, a decision),
 * inside its transaction; the caller has authorised the step. A dossier the
 * user picked carries the version he saw, and one that moved on since is
 * refused with 409. One moved on as a consequence (every dossier of a closed
 * session) is taken at the version read here, under the row's lock.
 */
export async function advanceProposals(
  trx: Transaction<Database>,
  user: RequestUser,
  dossiers: readonly DossierRef[],
  action: ProposalAction,
  reason = '',
  /** When the step happened: the caller's clock reading (the app's clock), else now. */
  now = nowIso(),
): Promise<void> {
  for (const ref of dossiers) {
    const id = typeof ref === 'string' ? ref : ref.id;
    const seen = typeof ref === 'string' ? undefined : ref.version;
    const p = await trx
      .selectFrom('proposals')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (seen !== undefined && p.version !== seen) throw staleVersion('proposalVersion');
    const step = check(PROPOSAL_WORKFLOW, p.status as ProposalStatus, action, null, { reason });
    if (!step.ok) throw refusalError(step);
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action,
      from: p.status,
      to: step.to,
      user,
      ...(reason ? { reason } : {}),
      at: now,
      update: { version: seen ?? p.version, set: { updated_at: now } },
    });
  }
}
