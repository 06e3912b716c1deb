import type { z } from 'zod';
import type { CreateWorkTaskRequest, UpdateWorkTaskRequest } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { appendAudit } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { canManageProgramme } from '../workProgrammes/policy.ts';
import { getTask, taskRow, type TaskRow } from './taskView.ts';
import {
  assertInScope,
  deadlineOf,
  diffFields,
  labelled,
  referencedNames,
  shownFields,
  unprocessable,
  type TaskFields,
} from './tasksFields.ts';

type CreateInput = z.output<typeof CreateWorkTaskRequest>;
type UpdateInput = z.output<typeof UpdateWorkTaskRequest>;

const closed = () =>
  conflict('programme_closed', 'Chương trình đã kết thúc, không sửa được.', [
    { path: 'programmeId', message: 'Chương trình đã kết thúc' },
  ]);
const reasonMissing = () =>
  unprocessable('reason', 'Lý do: chương trình đã ban hành, mọi điều chỉnh nhiệm vụ phải ghi lý do');

/** The columns the form sets (the same for a new task and an edit). */
const columnsOf = (f: TaskFields, deadline: string) => ({
  title: f.title,
  search_key: searchKey(f.title),
  content: f.content,
  product: f.product,
  leader_person_id: f.leaderPersonId,
  org_id: f.orgId,
  start_date: f.startDate,
  deadline,
  deadline_working_days: f.deadline === null ? f.deadlineWorkingDays : null,
  priority: f.priority,
  source_kind: f.source?.kind ?? null,
  source_number: f.source?.number ?? '',
  source_date: f.source?.date ?? null,
  source_issuer: f.source?.issuer ?? '',
  source_title: f.source?.title ?? '',
  movement_id: f.movementId,
  procedure_id: f.procedureId,
  indicator_id: f.indicatorId,
});

/** An entry of the task's amendment history, in its origin programme at the amendment in force. */
async function writeChange(
  trx: Transaction<Database>,
  c: {
    taskId: string;
    programmeId: string;
    amendment: number;
    kind: 'added' | 'edited' | 'moved';
    before: Record<string, string> | null;
    after: Record<string, string> | null;
    reason: string;
    actor: Actor;
    at: string;
  },
) {
  await trx
    .insertInto('work_task_changes')
    .values({
      id: newId(),
      task_id: c.taskId,
      programme_id: c.programmeId,
      amendment: c.amendment,
      kind: c.kind,
      before: c.before ? JSON.stringify(c.before) : null,
      after: c.after ? JSON.stringify(c.after) : null,
      reason: c.reason,
      actor_id: c.actor.id,
      actor_name: c.actor.name,
      created_at: c.at,
    })
    .execute();
}

/** The next number in the programme ("12") and the position after its last task. */
async function nextPlace(trx: Transaction<Database>, programmeId: string) {
  const [codes, pos] = await Promise.all([
    trx.selectFrom('work_tasks').select('code').where('programme_id', '=', programmeId).execute(),
    trx
      .selectFrom('work_programme_tasks')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('programme_id', '=', programmeId)
      .executeTakeFirst(),
  ]);
  const top = codes.reduce((m, c) => Math.max(m, /^\d+$/u.test(c.code) ? Number(c.code) : 0), 0);
  return { code: String(top + 1), position: Number(pos?.p ?? 0) + 1 };
}

/**
 * A new task in a programme (the office reaching its organisation): numbered after the programme's last, its
 * deadline a date or working days counted on the calendar. In an issued programme it is an amendment: the reason
 * is required and the task's history starts with `added` at the amendment in force; a draft keeps no history.
 */
export async function createTask(deps: Deps, user: RequestUser, actor: Actor, input: CreateInput) {
  const tree = await deps.tree.fresh();
  const at = nowIsoOf(clockOf(deps));
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    // The programme's row lock first: two tasks added at once take consecutive numbers, and a close waits.
    await trx
      .updateTable('work_programmes')
      .set({ status: sql<string>`status` })
      .where('id', '=', input.programmeId)
      .execute();
    const p = await trx
      .selectFrom('work_programmes')
      .selectAll()
      .where('id', '=', input.programmeId)
      .executeTakeFirst();
    if (!p) throw notFound('chương trình công tác');
    if (!canManageProgramme(user, tree, p))
      throw forbidden('Chỉ Văn phòng (bộ phận theo dõi chương trình) được thêm nhiệm vụ vào chương trình này.');
    if (p.status === 'closed') throw closed();
    const issued = p.status === 'issued';
    if (issued && !input.reason.trim()) throw reasonMissing();
    assertInScope(tree, p.org_id, input);
    const deadline = await deadlineOf(trx, input);
    const names = await referencedNames(trx, input);
    const { code, position } = await nextPlace(trx, p.id);
    const amendment = issued ? Number(p.amendment) : 0;
    const row = {
      id,
      programme_id: p.id,
      year: Number(p.year),
      code,
      position,
      ...columnsOf(input, deadline),
      original_deadline: deadline,
      status: 'assigned',
      percent: 0,
      completed_on: null,
      product_note: '',
      created_at: at,
      updated_at: at,
      version: 1,
    };
    await trx.insertInto('work_tasks').values(row).execute();
    await trx
      .insertInto('work_programme_tasks')
      .values({
        programme_id: p.id,
        task_id: id,
        position,
        added_amendment: amendment,
        removed_amendment: null,
        removed_reason: '',
      })
      .execute();
    for (const orgId of input.partnerOrgIds)
      await trx.insertInto('work_task_partners').values({ task_id: id, org_id: orgId }).execute();
    if (issued)
      await writeChange(trx, {
        taskId: id,
        programmeId: p.id,
        amendment,
        kind: 'added',
        before: null,
        after: labelled(shownFields(tree, { ...input, deadline }, names)),
        reason: input.reason.trim(),
        actor,
        at,
      });
    await applyTransition(trx, {
      entityType: 'work_task',
      entityId: id,
      action: null,
      from: null,
      to: 'assigned',
      user: { id: user.id, displayName: user.displayName },
      reason: issued ? input.reason.trim() : '',
      at,
      audit: {
        actor,
        action: 'work_task.created',
        before: null,
        after: { ...row, partnerOrgIds: input.partnerOrgIds, reason: input.reason.trim() },
      },
    });
  });
  return getTask(deps, user, id);
}

/** The form's fields as the stored task has them (for the before side of a change). */
async function storedFields(trx: Transaction<Database>, t: TaskRow): Promise<TaskFields & { deadline: string }> {
  const partners = await trx.selectFrom('work_task_partners').select('org_id').where('task_id', '=', t.id).execute();
  return {
    title: t.title,
    content: t.content,
    product: t.product,
    leaderPersonId: t.leader_person_id,
    orgId: t.org_id,
    partnerOrgIds: partners.map((p) => p.org_id),
    startDate: t.start_date,
    deadline: t.deadline,
    deadlineWorkingDays: t.deadline_working_days === null ? null : Number(t.deadline_working_days),
    priority: t.priority as TaskFields['priority'],
    source: t.source_kind
      ? {
          kind: t.source_kind as NonNullable<TaskFields['source']>['kind'],
          number: t.source_number,
          date: t.source_date,
          issuer: t.source_issuer,
          title: t.source_title,
        }
      : null,
    movementId: t.movement_id,
    procedureId: t.procedure_id,
    indicatorId: t.indicator_id,
  };
}

/**
 * An edit of a task by the office, at the version read. A draft programme's task changes freely (its first
 * deadline follows, as nothing was assigned yet); an issued one's edit is an amendment: the reason is required,
 * the history gets `moved` (only dates changed) or `edited` with the fields before and after, and the deadline
 * first assigned stays in `original_deadline`. A closed programme, or a task done or dropped, refuses edits.
 */
export async function updateTask(deps: Deps, user: RequestUser, actor: Actor, id: string, input: UpdateInput) {
  const tree = await deps.tree.fresh();
  const at = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const t = await taskRow(trx, id);
    if (!canManageProgramme(user, tree, { org_id: t.programme_org_id }))
      throw forbidden('Chỉ Văn phòng (bộ phận theo dõi chương trình) được sửa nhiệm vụ của chương trình.');
    if (t.programme_status === 'closed') throw closed();
    if (t.status === 'done' || t.status === 'dropped')
      throw conflict(
        'transition_refused',
        t.status === 'done'
          ? 'Nhiệm vụ đã hoàn thành, không sửa được.'
          : 'Nhiệm vụ đã đưa ra khỏi chương trình, không sửa được.',
        [{ path: 'version', message: 'Nhiệm vụ đã kết thúc' }],
      );
    const issued = t.programme_status === 'issued';
    assertInScope(tree, t.programme_org_id, input);
    const deadline = await deadlineOf(trx, input);
    const [names, old] = await Promise.all([referencedNames(trx, input), storedFields(trx, t)]);
    const diff = diffFields(
      shownFields(tree, old, await referencedNames(trx, old, false)),
      shownFields(tree, { ...input, deadline }, names),
    );
    if (issued && diff && !input.reason.trim()) throw reasonMissing();
    const set = {
      ...columnsOf(input, deadline),
      // While the programme is a draft nothing was assigned yet: the deadline set last is the first one.
      ...(issued ? {} : { original_deadline: deadline }),
      updated_at: at,
    };
    await updateVersioned(trx, 'work_tasks', id, input.version, set);
    await trx.deleteFrom('work_task_partners').where('task_id', '=', id).execute();
    for (const orgId of input.partnerOrgIds)
      await trx.insertInto('work_task_partners').values({ task_id: id, org_id: orgId }).execute();
    if (issued && diff)
      await writeChange(trx, {
        taskId: id,
        programmeId: t.programme_id,
        amendment: t.programme_amendment,
        ...diff,
        reason: input.reason.trim(),
        actor,
        at,
      });
    await appendAudit(
      trx,
      actor,
      'work_task.updated',
      'work_task',
      id,
      { ...old, original_deadline: t.original_deadline },
      { ...input, deadline, kind: issued ? (diff?.kind ?? null) : 'draft' },
    );
  });
  return getTask(deps, user, id);
}
