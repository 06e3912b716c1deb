import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { TaskTransitionRequest } from '@thidua/contracts';
import { TASK_STATUS_LABELS, TASK_WORKFLOW, check, formatVnDate, type TaskStatus } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import {
  STATUS_LABEL,
  assertUnitInCharge,
  kindsOn,
  progressRow,
  unprocessable,
  writeChange,
  type ProgressRow,
} from './progressTask.ts';
import { getTask } from './taskView.ts';

type Input = z.output<typeof TaskTransitionRequest>;

/** Steps with their own request (and form): the transitions route points there. */
const ELSEWHERE: Partial<Record<Input['action'], string>> = {
  request_extension: 'Đề nghị gia hạn gửi kèm báo cáo tiến độ (POST /tasks/{id}/reports).',
  approve_extension: 'Ý kiến về đề nghị gia hạn gửi qua POST /tasks/{id}/extension.',
  refuse_extension: 'Ý kiến về đề nghị gia hạn gửi qua POST /tasks/{id}/extension.',
};

async function hasProductFile(trx: Transaction<Database>, id: string): Promise<boolean> {
  const f = await trx
    .selectFrom('files')
    .select('id')
    .where('owner_type', '=', 'work_task')
    .where('owner_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Boolean(f);
}

/** The day a completion is recorded on: given or today, never in the future nor before the start. */
function completedOnOf(t: ProgressRow, input: Input, today: string): string {
  const day = input.completedOn ?? today;
  if (day > today)
    throw unprocessable(
      'completedOn',
      `Ngày hoàn thành ${formatVnDate(day)} chưa đến (hôm nay ${formatVnDate(today)})`,
    );
  if (day < t.start_date)
    throw unprocessable(
      'completedOn',
      `Ngày hoàn thành ${formatVnDate(day)} trước ngày bắt đầu nhiệm vụ (${formatVnDate(t.start_date)})`,
    );
  return day;
}

/**
 * A step of a task by a user (docs/work-programmes.md): the unit in charge starts or completes it (with the
 * product: a file attached to the task, or a description of what was delivered), the office drops it from the
 * programme with the reason (kept in the task's history under the programme's amendment in force). The clock's
 * `mark_overdue` is never a user's.
 */
export async function stepTask(deps: Deps, user: RequestUser, actor: Actor, id: string, input: Input) {
  const db = deps.db.kysely;
  const clock = clockOf(deps);
  const now = nowIsoOf(clock);
  const today = todayVn(clock);
  const tree = await deps.tree.fresh();
  const elsewhere = ELSEWHERE[input.action];
  if (elsewhere) throw conflict('wrong_route', elsewhere, [{ path: 'action', message: elsewhere }]);
  await db.transaction().execute(async (trx) => {
    const t = await progressRow(trx, id);
    const kinds = kindsOn(user, tree, t);
    if (input.action === 'complete' || input.action === 'start') assertUnitInCharge(kinds, t, tree);
    if (t.programme_status === 'closed')
      throw conflict('programme_closed', 'Chương trình đã kết thúc, không sửa được.', [
        { path: 'programmeId', message: 'Chương trình đã kết thúc' },
      ]);
    const from = t.status as TaskStatus;
    const reason = input.reason?.trim() ?? '';
    let set: Record<string, unknown> = { updated_at: now };
    let productMissing = false;
    if (input.action === 'complete') {
      const productNote = input.productNote?.trim() || t.product_note;
      productMissing = !productNote && !(await hasProductFile(trx, id));
      set = { ...set, completed_on: completedOnOf(t, input, today), percent: 100, product_note: productNote };
    }
    const step = check(
      TASK_WORKFLOW,
      from,
      input.action,
      { kinds },
      { reason, programmeNotIssued: t.programme_status !== 'issued', productMissing },
    );
    if (!step.ok) throw refusalError(step);
    await applyTransition(trx, {
      entityType: 'work_task',
      entityId: id,
      action: input.action,
      from,
      to: step.to,
      user,
      reason,
      at: now,
      data: input.action === 'complete' ? { completedOn: set.completed_on } : {},
      update: { version: input.version, set: set as never },
      audit: {
        actor,
        action: `work_task.${input.action}`,
        before: { status: from, percent: t.percent },
        after: { status: step.to, reason, ...set },
      },
    });
    // Dropping a task of an issued programme amends it: the task's history keeps the reason.
    if (input.action === 'drop' && t.programme_status === 'issued')
      await writeChange(trx, t, {
        kind: 'dropped',
        before: { [STATUS_LABEL]: TASK_STATUS_LABELS[from] },
        after: { [STATUS_LABEL]: TASK_STATUS_LABELS.dropped },
        reason,
        user,
        at: now,
      });
  });
  return getTask(deps, user, id);
}
