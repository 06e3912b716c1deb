import type { Transaction } from 'kysely';
import { checkProposalTransition, type ProposalAction, type ProposalStatus } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { applyTransition } from '../../platform/transitions.ts';

/** Moves dossiers on from another use case (the council's vote, a decision), inside its transaction. */
export async function advanceProposals(
  trx: Transaction<Database>,
  user: RequestUser,
  proposalIds: string[],
  action: ProposalAction,
  reason = '',
): Promise<void> {
  const now = nowIso();
  for (const id of proposalIds) {
    const p = await trx
      .selectFrom('proposals')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const check = checkProposalTransition(p.status as ProposalStatus, action, { reason: reason || 'x' });
    if (!check.ok) throw new AppError(409, 'transition_refused', check.reason);
    // The dossier may have moved on since the caller read it (a decision issued at the same time).
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action,
      from: p.status,
      to: check.to,
      user,
      reason,
      at: now,
      update: { version: p.version, set: { updated_at: now } },
    });
  }
}
