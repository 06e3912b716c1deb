import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { applyTransition } from '../../platform/transitions.ts';

/**
 * An imported row that names its publishing decision goes in published: its first version takes the
 * decision and takes effect on the row's date (else the decision's), through the workflow's publish step.
 */
export async function publishInserted(
  trx: Transaction<Database>,
  user: RequestUser,
  actor: Actor,
  made: { id: string; versionId: string },
  effectiveFrom: string | null,
  decision: { no: string; date: string; signer: string },
  now: string,
): Promise<void> {
  const from = effectiveFrom ?? decision.date;
  await trx
    .updateTable('procedure_versions')
    .set({
      status: 'published',
      decision_no: decision.no,
      decision_date: decision.date,
      decision_signer: decision.signer,
      effective_from: from,
      updated_at: now,
      version: 2,
    })
    .where('id', '=', made.versionId)
    .execute();
  await applyTransition(trx, {
    entityType: 'procedure',
    entityId: made.id,
    action: 'publish',
    from: 'draft',
    to: 'published',
    user,
    at: now,
    reason: 'Nhập từ Excel',
    data: { decision, versionId: made.versionId, seq: 1, effectiveFrom: from, imported: true },
    update: { version: 1, set: { current_version_id: made.versionId, updated_at: now } },
    audit: {
      actor,
      action: 'procedure.publish',
      before: { status: 'draft' },
      after: { status: 'published', decision },
    },
  });
}
