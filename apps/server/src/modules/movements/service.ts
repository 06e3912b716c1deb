import type { z } from 'zod';
import type {
  CreateMovementRequest,
  MovementList,
  MovementsQuery,
  MovementView,
  UpdateMovementRequest,
} from '@thidua/contracts';
import { searchKey, stageAllows, type LaunchLevel, type MovementStatus, type PeriodKind } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database, MovementTable } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, staleVersion, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { listAttachments } from '../../platform/files.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { MANAGERS, canManage, movementAbilities } from './policy.ts';
import { movementNextStep } from './turns.ts';
import {
  movementRow,
  participantCounts,
  participantIds,
  registeredCounts,
  targetsOf,
  transitionsOf,
} from './queries.ts';

type View = z.infer<typeof MovementView>;
type CreateInput = z.output<typeof CreateMovementRequest>;
type UpdateInput = z.output<typeof UpdateMovementRequest>;

const summary = (m: MovementTable, participants: number, registered: number) => ({
  id: m.id,
  name: m.name,
  kind: m.kind as 'regular' | 'thematic',
  year: m.year,
  launchLevel: m.launch_level as LaunchLevel,
  status: m.status as MovementStatus,
  startsOn: m.starts_on,
  endsOn: m.ends_on,
  registrationDeadline: m.registration_deadline,
  participantCount: participants,
  registeredCount: registered,
});

/** The movements as a list: latest start first by default, searched on their name's key. */
export const movementList = defineList<
  Database,
  'movements',
  MovementTable,
  Omit<z.output<typeof MovementsQuery>, 'page' | 'pageSize'>
>({
  sorts: {
    startsOn: ['starts_on', 'name'],
    // The diacritics-free key: 'Đổi mới' sorts among the d's, not after every unaccented name.
    name: ['search_key'],
    registrationDeadline: [{ ref: 'registration_deadline', nullable: true }],
  },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    // Active in a year: a thematic movement spans several.
    year: (q, year) => q.where('starts_on', '<=', `${year}-12-31`).where('ends_on', '>=', `${year}-01-01`),
    kind: (q, kind) => q.where('kind', '=', kind),
    status: (q, status) => q.where('status', '=', status),
  },
});

export const movementRows = (deps: Deps) => deps.db.kysely.selectFrom('movements').selectAll();

export async function listMovements(
  deps: Deps,
  q: z.output<typeof MovementsQuery>,
): Promise<z.infer<typeof MovementList>> {
  const page = await movementList.page(movementRows(deps), q);
  const rows = page.items;
  const ids = rows.map((r) => r.id);
  const [parts, regs] = await Promise.all([
    participantCounts(deps.db.kysely, ids),
    registeredCounts(deps.db.kysely, ids),
  ]);
  return { ...page, items: rows.map((m) => summary(m, parts.get(m.id) ?? 0, regs.get(m.id) ?? 0)) };
}

export async function getMovement(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, id);
  const [orgIds, targets, transitions, regs, files] = await Promise.all([
    participantIds(db, id),
    targetsOf(db, id),
    transitionsOf(db, id),
    registeredCounts(db, [id]),
    listAttachments(db, 'movement', [id]),
  ]);
  const status = m.status as MovementStatus;
  const abilities = movementAbilities(user, tree, orgIds, status);
  const participants = orgIds
    .map((orgId) => ({ orgId, orgName: tree.name(orgId) }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi'));
  return {
    ...summary(m, orgIds.length, regs.get(id) ?? 0),
    launchDocNumber: m.launch_doc_number,
    launchDocDate: m.launch_doc_date,
    launchDocSigner: m.launch_doc_signer,
    objectives: m.objectives,
    content: m.content,
    criteria: m.criteria,
    reportEvery: m.report_every as PeriodKind,
    participants,
    targets: targets.map((t) => ({
      id: t.id,
      name: t.name,
      unit: t.unit,
      targetValue: t.target_value === null ? null : Number(t.target_value),
      direction: t.direction as 'at_least' | 'at_most',
      aggregation: t.aggregation as 'sum' | 'latest',
    })),
    transitions,
    attachments: files.get(id) ?? [],
    abilities,
    nextStep: movementNextStep(m, abilities),
    version: m.version,
    createdAt: m.created_at,
  };
}

/** Participants and targets must be checked against the tree and the user's reach before anything is written. */
async function checkInput(deps: Deps, user: RequestUser, input: CreateInput | UpdateInput) {
  const tree = await deps.tree.fresh();
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.orgIds.forEach((id, i) => {
    if (!tree.has(id)) errors.push({ path: `orgIds.${i}`, message: 'Không tìm thấy đơn vị' });
    else if (seen.has(id)) errors.push({ path: `orgIds.${i}`, message: 'Đơn vị được chọn hai lần' });
    seen.add(id);
  });
  const names = new Set<string>();
  input.targets.forEach((t, i) => {
    const key = searchKey(t.name);
    if (names.has(key)) errors.push({ path: `targets.${i}.name`, message: 'Chỉ tiêu bị trùng tên' });
    names.add(key);
  });
  if (input.kind === 'regular' && Number(input.startsOn.slice(0, 4)) !== input.year)
    errors.push({ path: 'startsOn', message: `Phong trào thường xuyên năm ${input.year} phải bắt đầu trong năm đó` });
  if (errors.length) throw badRequest('invalid_movement', `Chưa lưu được phong trào: ${errors[0]!.message}.`, errors);
  if (!canManage(user, tree, input.orgIds))
    throw forbidden('Bạn chỉ phát động phong trào cho các đơn vị trong phạm vi được phân quyền.');
  return tree;
}

const fields = (input: CreateInput) => ({
  name: input.name,
  search_key: searchKey(input.name),
  kind: input.kind,
  year: input.year,
  launch_level: input.launchLevel,
  launch_doc_number: input.launchDocNumber,
  launch_doc_date: input.launchDocDate,
  launch_doc_signer: input.launchDocSigner,
  objectives: input.objectives,
  content: input.content,
  criteria: input.criteria,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
  registration_deadline: input.registrationDeadline,
  report_every: input.reportEvery,
});

export async function createMovement(deps: Deps, user: RequestUser, actor: Actor, input: CreateInput): Promise<View> {
  await checkInput(deps, user, input);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('movements')
      .values({
        id,
        ...fields(input),
        status: 'draft',
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('movement_orgs')
      .values(input.orgIds.map((org_id) => ({ movement_id: id, org_id })))
      .execute();
    await writeTargets(trx, id, input.targets, []);
    await applyTransition(trx, {
      entityType: 'movement',
      entityId: id,
      action: null,
      from: null,
      to: 'draft',
      user,
      at: now,
    });
    await appendAudit(trx, actor, 'movement.created', 'movement', id, null, input);
  });
  return getMovement(deps, user, id);
}

/** Keeps targets that still exist (their reports stay), adds new ones; a target with reports cannot go. */
async function writeTargets(
  trx: Transaction<Database>,
  movementId: string,
  targets: CreateInput['targets'],
  existing: { id: string; name: string }[],
) {
  const keep = new Set(targets.filter((t) => t.id).map((t) => t.id!));
  const gone = existing.filter((t) => !keep.has(t.id));
  if (gone.length) {
    const used = await trx
      .selectFrom('movement_progress')
      .select('target_id')
      .where(
        'target_id',
        'in',
        gone.map((t) => t.id),
      )
      .limit(1)
      .executeTakeFirst();
    if (used) {
      const name = gone.find((t) => t.id === used.target_id)!.name;
      throw badRequest('target_in_use', `Chỉ tiêu "${name}" đã có số liệu báo cáo của đơn vị, không thể xoá.`, [
        { path: 'targets', message: `"${name}" đã có số liệu` },
      ]);
    }
    await trx
      .deleteFrom('movement_targets')
      .where(
        'id',
        'in',
        gone.map((t) => t.id),
      )
      .execute();
  }
  const known = new Set(existing.map((t) => t.id));
  for (const [i, t] of targets.entries()) {
    const values = {
      name: t.name,
      unit: t.unit,
      target_value: t.targetValue,
      direction: t.direction,
      aggregation: t.aggregation,
      sort_order: i,
    };
    if (t.id && known.has(t.id)) await trx.updateTable('movement_targets').set(values).where('id', '=', t.id).execute();
    else if (t.id)
      throw badRequest('unknown_target', 'Chỉ tiêu này không thuộc phong trào.', [
        { path: `targets.${i}.id`, message: 'Không tìm thấy' },
      ]);
    else
      await trx
        .insertInto('movement_targets')
        .values({ id: newId(), movement_id: movementId, ...values })
        .execute();
  }
}

export async function updateMovement(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: UpdateInput,
): Promise<View> {
  const db = deps.db.kysely;
  const before = await movementRow(db, id);
  const tree = await checkInput(deps, user, input);
  const oldOrgs = await participantIds(db, id);
  if (!canManage(user, tree, oldOrgs)) throw forbidden();
  if (!stageAllows(before.status as MovementStatus).edit)
    throw new AppError(409, 'movement_closed', 'Phong trào đã kết thúc: không thể sửa nữa.');
  if (before.version !== input.version) throw staleVersion();
  const removed = oldOrgs.filter((o) => !input.orgIds.includes(o));
  if (removed.length) {
    const reg = await db
      .selectFrom('movement_registrations')
      .select('org_id')
      .where('movement_id', '=', id)
      .where('org_id', 'in', removed)
      .limit(1)
      .executeTakeFirst();
    if (reg)
      throw badRequest(
        'participant_in_use',
        `"${tree.name(reg.org_id)}" đã đăng ký thi đua, không thể bỏ khỏi phong trào.`,
        [{ path: 'orgIds', message: `${tree.name(reg.org_id)} đã đăng ký` }],
      );
  }
  const targets = await targetsOf(db, id);
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'movements', id, input.version, { ...fields(input), updated_at: nowIso() });
    if (removed.length)
      await trx.deleteFrom('movement_orgs').where('movement_id', '=', id).where('org_id', 'in', removed).execute();
    const added = input.orgIds.filter((o) => !oldOrgs.includes(o));
    if (added.length)
      await trx
        .insertInto('movement_orgs')
        .values(added.map((org_id) => ({ movement_id: id, org_id })))
        .execute();
    await writeTargets(trx, id, input.targets, targets);
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, 'movement.updated', 'movement', id, { ...before, orgIds: oldOrgs, targets }, after);
  });
  return getMovement(deps, user, id);
}

export { MANAGERS };

/** Whether the user steers this movement (files, stages, reminders). */
export async function canManageMovement(deps: Deps, user: RequestUser, id: string): Promise<boolean> {
  const tree = await deps.tree.fresh();
  return canManage(user, tree, await participantIds(deps.db.kysely, id));
}
export { registeredTitles } from './registrations.ts';
