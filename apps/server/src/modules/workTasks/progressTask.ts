import type { Transaction } from 'kysely';
import { formatVnDate, type TaskActor } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, conflict, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { taskActorKinds } from '../workProgrammes/policy.ts';
import { taskRow, type TaskRow } from './taskView.ts';

/** A task with what its steps read of its origin programme (its organisation, status and amendment in force). */
export const progressRow = taskRow;
export type ProgressRow = TaskRow;

export const kindsOn = (user: RequestUser, tree: OrgTree, t: ProgressRow): TaskActor[] =>
  taskActorKinds(user, tree, { org_id: t.org_id, programme_org_id: t.programme_org_id });

/** Only the unit in charge (its officer, or the office for it) reports and completes a task. */
export function assertUnitInCharge(kinds: readonly TaskActor[], t: ProgressRow, tree: OrgTree): void {
  if (!kinds.includes('unit'))
    throw forbidden(
      `Bạn không phải đơn vị chủ trì nhiệm vụ này (đơn vị chủ trì: ${tree.name(t.org_id) || 'không rõ'}); chỉ đơn vị chủ trì báo cáo tiến độ.`,
    );
}

/** A closed programme refuses every change; a draft one has not been handed to the units yet. */
export function assertProgrammeIssued(t: ProgressRow): void {
  if (t.programme_status === 'closed')
    throw conflict('programme_closed', 'Chương trình đã kết thúc, không sửa được.', [
      { path: 'programmeId', message: 'Chương trình đã kết thúc' },
    ]);
  if (t.programme_status !== 'issued')
    throw conflict('transition_refused', 'Chương trình chứa nhiệm vụ chưa được ban hành; chưa báo cáo tiến độ được.', [
      { path: 'programmeId', message: 'Chương trình chưa ban hành' },
    ]);
}

/** A rule of the module broken by well-formed input: 422 on the field, nothing written. */
export const unprocessable = (path: string, message: string) =>
  new AppError(422, 'validation_failed', `${message}.`, [{ path, message }]);

/** One entry of the task's history (work_task_changes), in the origin programme at its amendment in force. */
export async function writeChange(
  trx: Transaction<Database>,
  t: ProgressRow,
  c: {
    kind: 'extended' | 'dropped';
    before: Record<string, string> | null;
    after: Record<string, string> | null;
    reason: string;
    user: { id: string | null; displayName: string };
    at: string;
  },
): Promise<void> {
  await trx
    .insertInto('work_task_changes')
    .values({
      id: newId(),
      task_id: t.id,
      programme_id: t.programme_id,
      amendment: Number(t.programme_amendment),
      kind: c.kind,
      before: c.before ? JSON.stringify(c.before) : null,
      after: c.after ? JSON.stringify(c.after) : null,
      reason: c.reason,
      actor_id: c.user.id,
      actor_name: c.user.displayName,
      created_at: c.at,
    })
    .execute();
}

export const DEADLINE_LABEL = 'Hạn hoàn thành';
export const STATUS_LABEL = 'Trạng thái';
export const shownDate = (iso: string | null): string => (iso ? formatVnDate(iso) : '');
