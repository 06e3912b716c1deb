import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { RemoveProgrammeTaskRequest, TakeTasksRequest } from '@thidua/contracts';
import { num } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { canManageProgramme } from './policy.ts';
import { assertNotClosed, getWorkProgramme, programmeRow, type ProgrammeRow } from './view.ts';

/** The programme, checked writable by the user: his office reaches it and it is not closed. */
async function writable(tree: OrgTree, trx: Transaction<Database>, user: RequestUser, id: string) {
  const p = await programmeRow(trx, id);
  if (!canManageProgramme(user, tree, p)) throw forbidden('Bạn không có quyền sửa chương trình công tác này.');
  assertNotClosed(p);
  return p;
}

/** Once issued, a change of the programme's tasks is an amendment: it needs its reason (422 on `reason`). */
function reasonOf(p: ProgrammeRow, reason: string): string {
  const r = reason.trim();
  if (p.status === 'issued' && !r)
    throw new AppError(422, 'reason_required', 'Chương trình đã ban hành: ghi lý do điều chỉnh danh mục nhiệm vụ.', [
      { path: 'reason', message: 'Lý do: không được để trống' },
    ]);
  return r;
}

/** One line of a task's history (work_task_changes), numbered with the programme's amendment in force. */
async function recordChange(
  trx: Transaction<Database>,
  user: RequestUser,
  p: ProgrammeRow,
  taskId: string,
  kind: 'taken' | 'removed',
  reason: string,
  at: string,
) {
  await trx
    .insertInto('work_task_changes')
    .values({
      id: newId(),
      task_id: taskId,
      programme_id: p.id,
      amendment: p.amendment,
      kind,
      before: null,
      after: JSON.stringify({ programmeId: p.id, programmeTitle: p.title }),
      reason,
      actor_id: user.id,
      actor_name: user.displayName,
      created_at: at,
    })
    .execute();
}

/**
 * A quarter's or a month's programme takes tasks from its year's programme: each must be held by that programme
 * (and not dropped), else 422 naming `taskIds`. Tasks it already holds are left as they are; a task it removed
 * earlier comes back. Once issued, each task taken writes a `taken` line in its history with the reason.
 */
export async function takeTasks(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof TakeTasksRequest>,
) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  // Read before the transaction: on SQLite its one connection is the transaction's until commit.
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const p = await writable(tree, trx, user, id);
    if (!p.parent_id)
      throw new AppError(
        422,
        'invalid_parent',
        p.kind === 'year'
          ? 'Chương trình năm tự giao nhiệm vụ, không lấy nhiệm vụ từ chương trình khác.'
          : 'Chương trình chưa gắn với chương trình công tác năm nên không có nhiệm vụ để lấy.',
        [{ path: 'taskIds', message: 'Không có chương trình năm để lấy nhiệm vụ' }],
      );
    const reason = reasonOf(p, input.reason);
    const ids = [...new Set(input.taskIds)];
    const inParent = await trx
      .selectFrom('work_programme_tasks as pt')
      .innerJoin('work_tasks as t', 't.id', 'pt.task_id')
      .select(['t.id', 't.code', 't.title'])
      .where('pt.programme_id', '=', p.parent_id)
      .where('pt.removed_amendment', 'is', null)
      .where('t.status', '<>', 'dropped')
      .where('t.id', 'in', ids)
      .execute();
    const found = new Set(inParent.map((t) => t.id));
    const strangers = ids.filter((t) => !found.has(t));
    if (strangers.length)
      throw new AppError(
        422,
        'invalid_parent',
        `${strangers.length} nhiệm vụ được chọn không thuộc chương trình công tác năm (hoặc đã đưa ra khỏi chương trình); chỉ lấy được nhiệm vụ của chương trình năm.`,
        strangers.map((t) => ({
          path: `taskIds.${ids.indexOf(t)}`,
          message: 'Nhiệm vụ không thuộc chương trình công tác năm',
        })),
      );
    const mine = await trx
      .selectFrom('work_programme_tasks')
      .select(['task_id', 'removed_amendment'])
      .where('programme_id', '=', id)
      .where('task_id', 'in', ids)
      .execute();
    const held = new Set(mine.filter((r) => r.removed_amendment === null).map((r) => r.task_id));
    const removed = new Set(mine.filter((r) => r.removed_amendment !== null).map((r) => r.task_id));
    const taken = inParent.filter((t) => !held.has(t.id));
    // The programme's version moves with its list of tasks, so two clerks editing it at once see each other.
    await updateVersioned(trx, 'work_programmes', id, input.version, { updated_at: now });
    const last = await trx
      .selectFrom('work_programme_tasks')
      .select((eb) => eb.fn.max('position').as('n'))
      .where('programme_id', '=', id)
      .executeTakeFirst();
    let position = num(last?.n);
    const added = p.status === 'issued' ? p.amendment : 0;
    for (const t of taken) {
      position += 1;
      if (removed.has(t.id))
        await trx
          .updateTable('work_programme_tasks')
          .set({ position, added_amendment: added, removed_amendment: null, removed_reason: '' })
          .where('programme_id', '=', id)
          .where('task_id', '=', t.id)
          .execute();
      else
        await trx
          .insertInto('work_programme_tasks')
          .values({
            programme_id: id,
            task_id: t.id,
            position,
            added_amendment: added,
            removed_amendment: null,
            removed_reason: '',
          })
          .execute();
      // A draft is edited freely; an issued programme keeps the history of each task it takes.
      if (p.status === 'issued') await recordChange(trx, user, p, t.id, 'taken', reason, now);
    }
    await appendAudit(trx, actor, 'work_programme.tasks_taken', 'work_programme', id, null, {
      amendment: p.amendment,
      reason,
      tasks: taken.map((t) => ({ id: t.id, code: t.code, title: t.title })),
    });
  });
  return getWorkProgramme(deps, user, id);
}

/**
 * Takes a task out of a quarter's or a month's programme (it stays in the year's). From a draft the row goes;
 * from an issued programme it stays, marked with the amendment and the reason, and the task's history says so.
 * A task is never removed from the programme that created it: that is its `drop` step (with its reason).
 */
export async function removeProgrammeTask(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  taskId: string,
  input: z.output<typeof RemoveProgrammeTaskRequest>,
) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  // Read before the transaction: on SQLite its one connection is the transaction's until commit.
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const p = await writable(tree, trx, user, id);
    const row = await trx
      .selectFrom('work_programme_tasks as pt')
      .innerJoin('work_tasks as t', 't.id', 'pt.task_id')
      .select(['t.id', 't.code', 't.title', 't.programme_id'])
      .where('pt.programme_id', '=', id)
      .where('pt.task_id', '=', taskId)
      .where('pt.removed_amendment', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound('nhiệm vụ trong chương trình này');
    if (row.programme_id === id)
      throw conflict(
        'origin_programme',
        'Nhiệm vụ được giao trong chính chương trình này nên không gỡ ra được; để thôi thực hiện, dùng "Đưa ra khỏi chương trình" trên nhiệm vụ (ghi lý do).',
        [{ path: 'taskId', message: 'Nhiệm vụ gốc của chương trình' }],
      );
    const reason = reasonOf(p, input.reason);
    await updateVersioned(trx, 'work_programmes', id, input.version, { updated_at: now });
    if (p.status === 'issued') {
      await trx
        .updateTable('work_programme_tasks')
        .set({ removed_amendment: p.amendment, removed_reason: reason })
        .where('programme_id', '=', id)
        .where('task_id', '=', taskId)
        .execute();
      await recordChange(trx, user, p, taskId, 'removed', reason, now);
    } else
      await trx
        .deleteFrom('work_programme_tasks')
        .where('programme_id', '=', id)
        .where('task_id', '=', taskId)
        .execute();
    await appendAudit(
      trx,
      actor,
      'work_programme.task_removed',
      'work_programme',
      id,
      { task: { id: row.id, code: row.code, title: row.title } },
      { amendment: p.amendment, reason },
    );
  });
  return getWorkProgramme(deps, user, id);
}
