import type { z } from 'zod';
import type { TaskReportRequest } from '@thidua/contracts';
import { TASK_WORKFLOW, check, formatVnDate, type TaskStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import {
  assertProgrammeIssued,
  assertUnitInCharge,
  kindsOn,
  progressRow,
  unprocessable,
  type ProgressRow,
} from './progressTask.ts';
import { getTask } from './taskView.ts';

type Input = z.output<typeof TaskReportRequest>;

const CLOSED: readonly string[] = ['done', 'dropped'];

/** The checks of a report that read the task and the day; each names the field to correct. */
function reportErrors(t: ProgressRow, input: Input, today: string): void {
  if (CLOSED.includes(t.status))
    throw conflict(
      'transition_refused',
      t.status === 'done'
        ? 'Nhiệm vụ đã hoàn thành; không báo cáo tiến độ nữa.'
        : 'Nhiệm vụ đã được đưa ra khỏi chương trình; không báo cáo tiến độ nữa.',
      [{ path: 'status', message: 'Nhiệm vụ đã kết thúc' }],
    );
  if (input.period > today.slice(0, 7))
    throw unprocessable('period', `Tháng báo cáo ${input.period} chưa đến (hôm nay ${formatVnDate(today)})`);
  if (input.period < t.start_date.slice(0, 7))
    throw unprocessable(
      'period',
      `Tháng báo cáo ${input.period} trước ngày bắt đầu nhiệm vụ (${formatVnDate(t.start_date)})`,
    );
  if (input.requestedDeadline === null) return;
  if (t.status === 'extension_requested')
    throw conflict(
      'transition_refused',
      'Đề nghị gia hạn trước đang chờ lãnh đạo cho ý kiến; chưa đề nghị thêm được.',
      [{ path: 'requestedDeadline', message: 'Đang chờ duyệt đề nghị trước' }],
    );
  if (input.requestedDeadline <= t.deadline)
    throw unprocessable('requestedDeadline', `Hạn mới đề nghị phải sau hạn hiện tại (${formatVnDate(t.deadline)})`);
}

/**
 * A month's report by the unit in charge (docs/work-programmes.md): the percent is kept on the task; the first
 * report starts it; a new deadline asked for (with its reason) puts the request before the leaders. 100 % does
 * not complete the task: completion, with its product, is its own step.
 */
export async function reportProgress(deps: Deps, user: RequestUser, actor: Actor, id: string, input: Input) {
  const db = deps.db.kysely;
  const clock = clockOf(deps);
  const now = nowIsoOf(clock);
  const today = todayVn(clock);
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const t = await progressRow(trx, id);
    const kinds = kindsOn(user, tree, t);
    assertUnitInCharge(kinds, t, tree);
    assertProgrammeIssued(t);
    reportErrors(t, input, today);
    let status = t.status as TaskStatus;
    let version = input.version;
    const set = { percent: input.percent, updated_at: now };
    const steps: { action: 'start' | 'request_extension'; reason?: string }[] = [];
    if (status === 'assigned') steps.push({ action: 'start' });
    if (input.requestedDeadline) steps.push({ action: 'request_extension', reason: input.requestReason });
    for (const s of steps) {
      const step = check(TASK_WORKFLOW, status, s.action, { kinds }, { reason: s.reason });
      if (!step.ok) throw refusalError(step);
      await applyTransition(trx, {
        entityType: 'work_task',
        entityId: id,
        action: s.action,
        from: status,
        to: step.to,
        user,
        reason: s.reason ?? '',
        at: now,
        data: s.action === 'request_extension' ? { requestedDeadline: input.requestedDeadline } : {},
        update: { version, set },
        audit: {
          actor,
          action: `work_task.${s.action}`,
          before: { status, deadline: t.deadline },
          after: { status: step.to, requestedDeadline: input.requestedDeadline, reason: s.reason ?? '' },
        },
      });
      status = step.to;
      version += 1;
    }
    if (!steps.length) version = await updateVersioned(trx, 'work_tasks', id, version, set);
    const reportId = newId();
    const report = {
      id: reportId,
      task_id: id,
      org_id: t.org_id,
      period: input.period,
      percent: input.percent,
      done_text: input.doneText,
      obstacles: input.obstacles,
      requested_deadline: input.requestedDeadline,
      request_reason: input.requestedDeadline ? input.requestReason : '',
      request_status: input.requestedDeadline ? 'pending' : null,
      decided_by: null,
      decided_by_name: '',
      decided_at: null,
      decision_note: '',
      reported_by: user.id,
      reported_by_name: user.displayName,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('work_task_reports').values(report).execute();
    await appendAudit(
      trx,
      actor,
      'work_task.reported',
      'work_task',
      id,
      { percent: t.percent },
      {
        reportId,
        period: input.period,
        percent: input.percent,
        requestedDeadline: input.requestedDeadline,
      },
    );
  });
  return getTask(deps, user, id);
}
