import type { z } from 'zod';
import type { MovementView, TransitionRequest } from '@thidua/contracts';
import { LAUNCH_LEVEL_LABELS, MOVEMENT_WORKFLOW, check, type LaunchLevel, type MovementStatus } from '@thidua/domain';
import { nowIsoOf } from '../../platform/clock.ts';
import type { Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { forbidden, staleVersion } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notifyUsers, usersActingFor } from '../../platform/notify.ts';
import { movementActor } from './policy.ts';
import { movementRow, participantIds } from './queries.ts';
import { getMovement } from './service.ts';
import { dateVn } from '../../platform/documents/official.ts';

type View = z.infer<typeof MovementView>;

/** Moves a movement to its next stage; launching tells the participating units' officers. */
export async function transitionMovement(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof TransitionRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, id);
  const orgIds = await participantIds(db, id);
  const who = movementActor(user, tree, orgIds);
  if (!who?.kinds.length) throw forbidden('Chỉ cán bộ thi đua – khen thưởng điều hành các giai đoạn của phong trào.');
  const step = check(MOVEMENT_WORKFLOW, m.status as MovementStatus, input.action, who, { reason: input.reason });
  if (!step.ok) throw refusalError(step);
  if (m.version !== input.version) throw staleVersion();
  // The step's time, from which on-time figures are counted: the app's clock.
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    await applyTransition(trx, {
      entityType: 'movement',
      entityId: id,
      action: input.action,
      from: m.status,
      to: step.to,
      user,
      reason: input.reason,
      at: now,
      update: { version: input.version, set: { updated_at: now } },
      audit: {
        actor,
        action: `movement.${input.action}`,
        before: { status: m.status },
        after: { status: step.to, reason: input.reason },
      },
    });
    if (input.action === 'launch') {
      const users = new Set<string>();
      for (const orgId of orgIds)
        for (const u of await usersActingFor(trx, tree, orgId, ['unit_officer'])) users.add(u);
      const deadline = m.registration_deadline ? ` Hạn đăng ký: ${dateVn(m.registration_deadline)}.` : '';
      await notifyUsers(trx, users, {
        kind: 'movement.launched',
        title: `Phát động phong trào "${m.name}"`,
        body: `${LAUNCH_LEVEL_LABELS[m.launch_level as LaunchLevel]} phát động; đơn vị của bạn tham gia.${deadline}`,
        link: `/movements/${id}`,
      });
    }
  });
  return getMovement(deps, user, id);
}
