import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Refusal } from '@thidua/domain';
import type { TransitionView as TransitionViewSchema } from '@thidua/contracts';
import type { z } from 'zod';
import { appendAudit, type Actor } from './audit.ts';
import { AppError, forbidden, type ErrorCode } from './errors.ts';
import { newId } from './ids.ts';
import { notifyTurn } from './turns.ts';
import { updateVersioned } from './versioned.ts';

/** The rows whose status history lives in `transitions`, and the table each one's status is kept in. */
const STATUS_TABLES = {
  movement: 'movements',
  proposal: 'proposals',
  initiative: 'initiatives',
  initiative_round: 'initiative_rounds',
  council_session: 'council_sessions',
  procedure: 'procedures',
  dossier: 'dossiers',
  stat_submission: 'stat_submissions',
  scorecard: 'scorecards',
  scorecard_member: 'scorecard_members',
  work_programme: 'work_programmes',
  work_task: 'work_tasks',
} as const;
export type TransitionEntity = keyof typeof STATUS_TABLES;
export type TransitionView = z.infer<typeof TransitionViewSchema>;
type StatusTable<E extends TransitionEntity> = (typeof STATUS_TABLES)[E];

export interface TransitionInput<E extends TransitionEntity> {
  entityType: E;
  entityId: string;
  /** Null for the row's creation. */
  action: string | null;
  from: string | null;
  to: string;
  user: { id: string | null; displayName: string };
  reason?: string;
  at: string;
  /** Anything else the step carried, kept as JSON with it. */
  data?: Record<string, unknown>;
  /**
   * The status change under optimistic lock, at the version the user saw, with
   * whatever else the step sets on the row. Omitted when the caller has just
   * inserted the row at its first status.
   */
  update?: { version: number; set?: Omit<Updateable<Database[StatusTable<E>]>, 'id' | 'version' | 'status'> };
  audit?: { actor: Actor; action: string; before: unknown; after: unknown };
  /** What the new state's next-step words read beyond the record's own columns. */
  context?: Record<string, unknown>;
}

/**
 * The one way a movement, a dossier, an initiative, a review round or a council session changes status: the
 * row's status (with its version check), the step in `transitions`, the audit entry, and the notice to whoever
 * the new state hands the turn to, all in the caller's transaction. `seq` is read after the versioned update, which
 * holds the row's lock, so two steps on one row cannot take the same number.
 */
export async function applyTransition<E extends TransitionEntity>(
  trx: Transaction<Database>,
  t: TransitionInput<E>,
): Promise<void> {
  if (t.update)
    await updateVersioned(trx, STATUS_TABLES[t.entityType], t.entityId, t.update.version, {
      ...(t.update.set ?? {}),
      status: t.to,
    } as never);
  const last = await trx
    .selectFrom('transitions')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('entity_type', '=', t.entityType)
    .where('entity_id', '=', t.entityId)
    .executeTakeFirst();
  await trx
    .insertInto('transitions')
    .values({
      id: newId(),
      entity_type: t.entityType,
      entity_id: t.entityId,
      seq: Number(last?.seq ?? 0) + 1,
      action: t.action,
      from_status: t.from,
      to_status: t.to,
      actor_id: t.user.id,
      actor_name: t.user.displayName,
      reason: t.reason ?? '',
      at: t.at,
      data: JSON.stringify(t.data ?? {}),
    })
    .execute();
  if (t.audit)
    await appendAudit(trx, t.audit.actor, t.audit.action, t.entityType, t.entityId, t.audit.before, t.audit.after);
  // Whoever the new state hands the turn to is told, as the workflow declares it (platform/turns.ts).
  await notifyTurn(trx, {
    entityType: t.entityType,
    entityId: t.entityId,
    to: t.to,
    userId: t.user.id,
    reason: t.reason,
    data: t.data,
    context: t.context,
  });
}

/** A row's status history, oldest first, as every area's response shows it. */
export async function listTransitions(
  db: Kysely<Database> | Transaction<Database>,
  entityType: TransitionEntity,
  entityId: string,
): Promise<TransitionView[]> {
  const rows = await db
    .selectFrom('transitions')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((t) => ({
    id: t.id,
    seq: Number(t.seq),
    action: t.action,
    fromStatus: t.from_status,
    toStatus: t.to_status,
    at: t.at,
    actorName: t.actor_name,
    reason: t.reason,
  }));
}

/**
 * The HTTP answer to a workflow's refusal: an actor of the wrong kind is 403;
 * a wrong status, a missing reason or an unmet guard is 409 with the
 * definition's Vietnamese reason, on the field the clerk can act on.
 */
export function refusalError(r: Refusal, code: ErrorCode = 'transition_refused'): AppError {
  if (r.code === 'not_allowed') return forbidden(r.reason);
  return new AppError(409, code, r.reason, [
    { path: r.code === 'reason_required' ? 'reason' : 'action', message: r.reason },
  ]);
}
