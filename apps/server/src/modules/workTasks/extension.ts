import type { z } from 'zod';
import type { DecideExtensionRequest } from '@thidua/contracts';
import { TASK_WORKFLOW, check, formatVnDate, type TaskStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { DEADLINE_LABEL, kindsOn, progressRow, shownDate, writeChange } from './progressTask.ts';
import { getTask } from './taskView.ts';

type Input = z.output<typeof DecideExtensionRequest>;

/**
 * A leader's answer to the pending request for a new deadline (docs/work-programmes.md). Approved: the deadline
 * moves to the one requested (the original deadline stays, for the results), the task's history records the
 * extension with the unit's reason; refused: the task is back in progress with its deadline, the note says why.
 * The report that asked is marked with the answer and who gave it.
 */
export async function decideExtension(deps: Deps, user: RequestUser, actor: Actor, id: string, input: Input) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const t = await progressRow(trx, id);
    const kinds = kindsOn(user, tree, t);
    if (!kinds.includes('leader')) throw forbidden('Chỉ lãnh đạo phụ trách quyết định đề nghị gia hạn.');
    const request = await trx
      .selectFrom('work_task_reports')
      .selectAll()
      .where('task_id', '=', id)
      .where('request_status', '=', 'pending')
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (t.status !== 'extension_requested' || !request?.requested_deadline)
      throw conflict('nothing_to_decide', 'Nhiệm vụ không có đề nghị gia hạn nào đang chờ ý kiến.', [
        { path: 'approve', message: 'Không có đề nghị đang chờ' },
      ]);
    const action = input.approve ? 'approve_extension' : 'refuse_extension';
    const from = t.status as TaskStatus;
    const note = input.note.trim();
    const step = check(TASK_WORKFLOW, from, action, { kinds }, { reason: note });
    if (!step.ok) throw refusalError(step);
    const requested = request.requested_deadline;
    if (input.approve && requested <= t.deadline)
      throw conflict(
        'transition_refused',
        `Hạn đề nghị (${formatVnDate(requested)}) không còn sau hạn hiện tại (${formatVnDate(t.deadline)}); không gia hạn được.`,
        [{ path: 'approve', message: 'Hạn đề nghị không sau hạn hiện tại' }],
      );
    await applyTransition(trx, {
      entityType: 'work_task',
      entityId: id,
      action,
      from,
      to: step.to,
      user,
      reason: note,
      at: now,
      data: { requestedDeadline: requested, reportId: request.id },
      update: {
        version: input.version,
        set: input.approve ? { deadline: requested, updated_at: now } : { updated_at: now },
      },
      audit: {
        actor,
        action: `work_task.${action}`,
        before: { status: from, deadline: t.deadline },
        after: { status: step.to, deadline: input.approve ? requested : t.deadline, note },
      },
    });
    if (input.approve)
      await writeChange(trx, t, {
        kind: 'extended',
        before: { [DEADLINE_LABEL]: shownDate(t.deadline) },
        after: { [DEADLINE_LABEL]: shownDate(requested) },
        reason: [request.request_reason, note && `Ý kiến lãnh đạo: ${note}`].filter(Boolean).join('. '),
        user,
        at: now,
      });
    await updateVersioned(trx, 'work_task_reports', request.id, request.version, {
      request_status: input.approve ? 'approved' : 'refused',
      decided_by: user.id,
      decided_by_name: user.displayName,
      decided_at: now,
      decision_note: note,
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      'work_task_report.decided',
      'work_task_report',
      request.id,
      { requestStatus: 'pending' },
      { requestStatus: input.approve ? 'approved' : 'refused', note },
    );
  });
  return getTask(deps, user, id);
}
