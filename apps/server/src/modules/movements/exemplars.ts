import type { z } from 'zod';
import type { CreateExemplarRequest, ExemplarList, ExemplarView, UpdateExemplarRequest } from '@thidua/contracts';
import { stageAllows, stageRefusal, type MovementStatus } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import type { MovementExemplarTable } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { canReach, type RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { UNIT_ACTORS } from './policy.ts';
import { movementRow, participantIds } from './queries.ts';

type Input = z.output<typeof CreateExemplarRequest>;

/** Exemplars (điển hình tiên tiến) of a movement, newest first. */
export async function listExemplars(
  deps: Deps,
  user: RequestUser,
  movementId: string,
): Promise<z.infer<typeof ExemplarList>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const rows = await db
    .selectFrom('movement_exemplars')
    .selectAll()
    .where('movement_id', '=', movementId)
    .orderBy('recorded_on', 'desc')
    .orderBy('id')
    .execute();
  const personIds = rows.filter((r) => r.subject_kind === 'individual').map((r) => r.subject_id);
  const people = personIds.length
    ? await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', personIds).execute()
    : [];
  const names = new Map(people.map((p) => [p.id, p.full_name]));
  const open = stageAllows(m.status as MovementStatus).exemplars;
  return { items: rows.map((r) => view(r, tree, names, open && canReach(user, UNIT_ACTORS, r.org_id, tree))) };
}

const view = (
  r: MovementExemplarTable,
  tree: OrgTree,
  names: Map<string, string>,
  canEdit: boolean,
): z.infer<typeof ExemplarView> => ({
  id: r.id,
  subjectKind: r.subject_kind as 'individual' | 'collective',
  subjectId: r.subject_id,
  subjectName: r.subject_kind === 'collective' ? tree.name(r.subject_id) : (names.get(r.subject_id) ?? '?'),
  orgId: r.org_id,
  orgName: tree.name(r.org_id),
  title: r.title,
  description: r.description,
  evidence: r.evidence,
  recordedOn: r.recorded_on,
  version: r.version,
  canEdit,
});

/** The subject's unit, which must take part in the movement (itself or under a participant). */
async function subjectOrg(deps: Deps, user: RequestUser, movementId: string, input: Input): Promise<string> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const status = m.status as MovementStatus;
  if (!stageAllows(status).exemplars) throw new AppError(409, 'movement_not_open', stageRefusal(status, 'exemplars'));
  let orgId: string | undefined;
  if (input.subjectKind === 'collective') orgId = tree.has(input.subjectId) ? input.subjectId : undefined;
  else
    orgId = (await db.selectFrom('people').select('org_id').where('id', '=', input.subjectId).executeTakeFirst())
      ?.org_id;
  if (!orgId)
    throw badRequest('unknown_subject', 'Không tìm thấy cán bộ hoặc tập thể này.', [
      { path: 'subjectId', message: 'Không tìm thấy' },
    ]);
  const participants = await participantIds(db, movementId);
  if (!participants.some((p) => tree.isWithin(orgId, p)))
    throw badRequest('not_participant', `${tree.name(orgId)} không tham gia phong trào.`, [
      { path: 'subjectId', message: 'Không thuộc đơn vị tham gia' },
    ]);
  if (!canReach(user, UNIT_ACTORS, orgId, tree))
    throw forbidden('Bạn chỉ ghi nhận điển hình trong phạm vi đơn vị được phân quyền.');
  return orgId;
}

export async function createExemplar(deps: Deps, user: RequestUser, actor: Actor, movementId: string, input: Input) {
  const orgId = await subjectOrg(deps, user, movementId, input);
  const now = nowIso();
  const id = newId();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('movement_exemplars')
      .values({
        id,
        movement_id: movementId,
        subject_kind: input.subjectKind,
        subject_id: input.subjectId,
        org_id: orgId,
        title: input.title,
        description: input.description,
        evidence: input.evidence,
        recorded_on: input.recordedOn,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await appendAudit(trx, actor, 'movement.exemplar_added', 'movement', movementId, null, { id, ...input });
  });
  return (await listExemplars(deps, user, movementId)).items.find((e) => e.id === id)!;
}

async function existing(deps: Deps, movementId: string, id: string) {
  const row = await deps.db.kysely
    .selectFrom('movement_exemplars')
    .selectAll()
    .where('id', '=', id)
    .where('movement_id', '=', movementId)
    .executeTakeFirst();
  if (!row) throw notFound('điển hình');
  return row;
}

export async function updateExemplar(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  movementId: string,
  id: string,
  input: z.output<typeof UpdateExemplarRequest>,
) {
  const before = await existing(deps, movementId, id);
  const tree = await deps.tree.fresh();
  if (!canReach(user, UNIT_ACTORS, before.org_id, tree)) throw forbidden();
  const orgId = await subjectOrg(deps, user, movementId, input);
  if (before.version !== input.version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'movement_exemplars', id, input.version, {
      subject_kind: input.subjectKind,
      subject_id: input.subjectId,
      org_id: orgId,
      title: input.title,
      description: input.description,
      evidence: input.evidence,
      recorded_on: input.recordedOn,
      updated_at: nowIso(),
    });
    await appendAudit(trx, actor, 'movement.exemplar_updated', 'movement', movementId, before, { id, ...input });
  });
  return (await listExemplars(deps, user, movementId)).items.find((e) => e.id === id)!;
}

export async function deleteExemplar(deps: Deps, user: RequestUser, actor: Actor, movementId: string, id: string) {
  const before = await existing(deps, movementId, id);
  const tree = await deps.tree.fresh();
  const m = await movementRow(deps.db.kysely, movementId);
  const status = m.status as MovementStatus;
  if (!stageAllows(status).exemplars) throw new AppError(409, 'movement_not_open', stageRefusal(status, 'exemplars'));
  if (!canReach(user, UNIT_ACTORS, before.org_id, tree)) throw forbidden();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.deleteFrom('movement_exemplars').where('id', '=', id).execute();
    await appendAudit(trx, actor, 'movement.exemplar_removed', 'movement', movementId, before, null);
  });
  return { ok: true as const };
}
