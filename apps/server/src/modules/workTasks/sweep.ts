import type { Transaction } from 'kysely';
import {
  CalendarYearMissingError,
  TASK_WORKFLOW,
  check,
  formatVnDate,
  workingDaysBetween,
  type TaskStatus,
  type WorkCalendar,
} from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR, appendAudit } from '../../platform/audit.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, databaseConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers } from '../../platform/notify.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { usersOfKind } from '../../platform/turns.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { getSetting } from '../settings/service.ts';

/** The clock's steps are nobody's: the history and the audit name the system. */
const SYSTEM_USER = { id: null, displayName: 'Hệ thống' };
/** Statuses the clock marks overdue once the deadline has passed (an open request waits for the leader). */
const MARKABLE: readonly string[] = ['assigned', 'in_progress', 'extended'];
/** Statuses whose unit is reminded before the deadline. */
const REMINDED: readonly string[] = ['assigned', 'in_progress', 'extended'];

export interface SweepResult {
  /** Tasks the clock marked overdue. */
  markedOverdue: number;
  /** Reminders sent (one per task, kind and deadline), before the deadline and when overdue. */
  remindedBefore: number;
  remindedOverdue: number;
  /** Tasks whose deadline's year has no working calendar: not reminded before the deadline (never a guess). */
  calendarMissing: number;
}

type Task = Awaited<ReturnType<typeof openTasks>>[number];

async function openTasks(db: Deps['db']['kysely']) {
  return db
    .selectFrom('work_tasks as t')
    .innerJoin('work_programmes as p', 'p.id', 't.programme_id')
    .select(['t.id', 't.title', 't.org_id', 't.status', 't.deadline', 't.version'])
    .where('p.status', '=', 'issued')
    .where('t.status', 'in', [...MARKABLE, 'overdue'])
    .orderBy('t.deadline')
    .execute();
}

/** Records the reminder of (task, kind, deadline); false when it was already sent (nothing is sent twice). */
async function claimReminder(trx: Transaction<Database>, t: Task, kind: 'before' | 'overdue', at: string) {
  const sent = await trx
    .selectFrom('work_task_reminders')
    .select('task_id')
    .where('task_id', '=', t.id)
    .where('kind', '=', kind)
    .where('deadline', '=', t.deadline)
    .executeTakeFirst();
  if (sent) return false;
  await trx
    .insertInto('work_task_reminders')
    .values({ task_id: t.id, kind, deadline: t.deadline, sent_at: at })
    .execute();
  return true;
}

async function remindUnit(trx: Transaction<Database>, t: Task, title: string, body: string): Promise<number> {
  const users = await usersOfKind(trx, 'unit', 'work_task', t.id, t.org_id);
  return notifyUsers(trx, users, { kind: 'work_task', title, body, link: `/tasks/${t.id}` });
}

/** Working days from today to the deadline, or null when a year between them has no working calendar. */
function daysLeft(calendar: WorkCalendar, today: string, deadline: string): number | null {
  try {
    return workingDaysBetween(calendar, today, deadline);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return null;
    throw e;
  }
}

/**
 * The clock's round over the tasks of issued programmes (docs/work-programmes.md), hourly from main.ts:
 * - a task still open after its deadline is marked `overdue` (the workflow's system step, which tells its unit
 *   through platform/turns.ts); a task already overdue whose unit was not told of this deadline is told;
 * - a task whose deadline is `workProgrammes.remindDaysBefore` working days away or fewer (weekends and holidays
 *   of the calendar not counted) reminds its unit's officers, in-app and by mail.
 * Each reminder is sent once per task, kind and deadline (work_task_reminders): an approved extension earns new
 * ones. One transaction per task, so a task changed meanwhile (its version moved) is left to the next round.
 */
export async function sweepTasks(deps: Deps): Promise<SweepResult> {
  const db = deps.db.kysely;
  const clock = clockOf(deps);
  const today = todayVn(clock);
  const now = nowIsoOf(clock);
  const before = await getSetting(db, 'workProgrammes.remindDaysBefore');
  const year = Number(today.slice(0, 4));
  const tasks = await openTasks(db);
  const lastYear = Math.max(year, ...tasks.map((t) => Number(t.deadline.slice(0, 4))));
  const calendar = await loadWorkCalendar(db, year, lastYear);
  const out: SweepResult = { markedOverdue: 0, remindedBefore: 0, remindedOverdue: 0, calendarMissing: 0 };
  for (const t of tasks) {
    try {
      await db.transaction().execute(async (trx) => {
        if (t.deadline < today) await overdue(trx, t, today, now, out);
        else if (before > 0 && REMINDED.includes(t.status)) {
          const left = daysLeft(calendar, today, t.deadline);
          if (left === null) out.calendarMissing++;
          else if (left <= before && (await claimReminder(trx, t, 'before', now))) {
            const when = left === 0 ? 'hôm nay là hạn' : `còn ${left} ngày làm việc`;
            await remindUnit(
              trx,
              t,
              `Sắp đến hạn: ${t.title}`,
              `Nhiệm vụ có hạn hoàn thành ${formatVnDate(t.deadline)} (${when}). Đề nghị hoàn thành và báo cáo kèm sản phẩm, hoặc đề nghị gia hạn kèm lý do.`,
            );
            out.remindedBefore++;
          }
        }
      });
    } catch (e) {
      // Changed by a user (or reminded by a round running alongside) since it was read: the next round sees it.
      if (e instanceof AppError && e.code === 'stale_version') continue;
      if (databaseConflict(e as { code?: unknown })) continue;
      throw e;
    }
  }
  if (out.markedOverdue || out.remindedBefore || out.remindedOverdue)
    await db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, SYSTEM_ACTOR, 'work_tasks.swept', 'work_task_sweep', newId(), null, { today, ...out }),
      );
  return out;
}

async function overdue(trx: Transaction<Database>, t: Task, today: string, now: string, out: SweepResult) {
  if (MARKABLE.includes(t.status)) {
    const step = check(
      TASK_WORKFLOW,
      t.status as TaskStatus,
      'mark_overdue',
      { kinds: ['system'] },
      { notDue: t.deadline >= today },
    );
    if (!step.ok) return;
    // The step's own notice (platform/turns.ts) is the overdue reminder of this deadline.
    await claimReminder(trx, t, 'overdue', now);
    await applyTransition(trx, {
      entityType: 'work_task',
      entityId: t.id,
      action: 'mark_overdue',
      from: t.status,
      to: step.to,
      user: SYSTEM_USER,
      at: now,
      data: { deadline: t.deadline, today },
      update: { version: t.version, set: { updated_at: now } },
      audit: {
        actor: SYSTEM_ACTOR,
        action: 'work_task.mark_overdue',
        before: { status: t.status },
        after: { status: step.to, deadline: t.deadline },
      },
    });
    out.markedOverdue++;
    out.remindedOverdue++;
    return;
  }
  if (await claimReminder(trx, t, 'overdue', now)) {
    await remindUnit(
      trx,
      t,
      `Quá hạn: ${t.title}`,
      `Nhiệm vụ đã quá hạn hoàn thành ${formatVnDate(t.deadline)}. Đề nghị hoàn thành ngay hoặc giải trình, đề nghị gia hạn tại giao ban tháng.`,
    );
    out.remindedOverdue++;
  }
}
