import type { z } from 'zod';
import type { AmendProgrammeRequest, ProgrammeTransitionRequest } from '@thidua/contracts';
import { PROGRAMME_WORKFLOW, check, type ProgrammeStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { canManageProgramme } from './policy.ts';
import { assertNotClosed, getWorkProgramme, programmeContext, programmeKinds, programmeRow } from './view.ts';

/**
 * A step of the programme: issue (it holds a task and its decision is recorded), close (the period is over:
 * nothing changes any more), or withdraw an issued programme to draft (with the reason).
 */
export async function stepWorkProgramme(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof ProgrammeTransitionRequest>,
) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const p = await programmeRow(trx, id);
    const status = p.status as ProgrammeStatus;
    const ctx = await programmeContext(trx, p);
    const step = check(
      PROGRAMME_WORKFLOW,
      status,
      input.action,
      { kinds: programmeKinds(user, tree, p) },
      { ...ctx, reason: input.reason },
    );
    if (!step.ok) throw refusalError(step);
    const reason = input.reason?.trim() ?? '';
    await applyTransition(trx, {
      entityType: 'work_programme',
      entityId: id,
      action: input.action,
      from: status,
      to: step.to,
      user,
      reason,
      at: now,
      data: { amendment: p.amendment },
      update: { version: input.version, set: { updated_at: now } },
      audit: {
        actor,
        action: `work_programme.${input.action}`,
        before: { status },
        after: { status: step.to, reason },
      },
    });
  });
  return getWorkProgramme(deps, user, id);
}

/**
 * Opens amendment n+1 of an issued programme (its reason, and the amending decision when there is one). The
 * task changes that follow carry its number in their history, until the next amendment.
 */
export async function amendWorkProgramme(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof AmendProgrammeRequest>,
) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const p = await programmeRow(trx, id);
    if (!canManageProgramme(user, tree, p)) throw forbidden('Bạn không có quyền điều chỉnh chương trình này.');
    assertNotClosed(p);
    if (p.status !== 'issued')
      throw conflict(
        'transition_refused',
        'Chương trình còn là dự thảo: sửa trực tiếp các nhiệm vụ, chỉ điều chỉnh sau khi đã ban hành.',
        [{ path: 'version', message: 'Chương trình chưa ban hành' }],
      );
    const number = p.amendment + 1;
    // The version check first: two amendments opened at once cannot both take the same number.
    await updateVersioned(trx, 'work_programmes', id, input.version, { amendment: number, updated_at: now });
    const row = {
      id: newId(),
      programme_id: id,
      number,
      reason: input.reason,
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      actor_id: user.id,
      actor_name: user.displayName,
      created_at: now,
    };
    await trx.insertInto('work_programme_amendments').values(row).execute();
    await appendAudit(
      trx,
      actor,
      'work_programme.amended',
      'work_programme',
      id,
      { amendment: p.amendment },
      { amendment: number, reason: row.reason, decision_number: row.decision_number, decision_date: row.decision_date },
    );
  });
  return getWorkProgramme(deps, user, id);
}
