import type { z } from 'zod';
import type {
  RegisteredTitles,
  RegistrationOverview,
  RegistrationView,
  RemindRequest,
  RemindResult,
  SaveRegistrationRequest,
} from '@thidua/contracts';
import {
  REGISTRABLE_TITLES,
  collationKey,
  findAward,
  stageAllows,
  stageRefusal,
  type MovementStatus,
} from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { ANY_ROLE, canReach, type RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers, usersActingFor } from '../../platform/notify.ts';
import { UNIT_ACTORS, canManage } from './policy.ts';
import { movementRow, participantIds, targetsOf } from './queries.ts';
import { dateVn } from '../../platform/documents/official.ts';

/** Past the registration deadline on the app's day in Vietnam. */
const isLate = (deadline: string | null, today: string) => deadline !== null && today > deadline;

async function requireParticipant(db: Kysely<Database>, movementId: string, orgId: string) {
  const row = await db
    .selectFrom('movement_orgs')
    .select('org_id')
    .where('movement_id', '=', movementId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!row)
    throw badRequest('not_participant', 'Đơn vị này không tham gia phong trào.', [
      { path: 'orgId', message: 'Không tham gia phong trào' },
    ]);
}

/** Who registered and who has not: the emulation officer's follow-up list. */
export async function registrationOverview(
  deps: Deps,
  movementId: string,
): Promise<z.infer<typeof RegistrationOverview>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const orgIds = await participantIds(db, movementId);
  const regs = await db
    .selectFrom('movement_registrations')
    .selectAll()
    .where('movement_id', '=', movementId)
    .execute();
  const titles = regs.length
    ? await db
        .selectFrom('registration_titles')
        .select(['registration_id', 'subject_kind', 'subject_id'])
        .where(
          'registration_id',
          'in',
          regs.map((r) => r.id),
        )
        .execute()
    : [];
  const reminders = await db
    .selectFrom('movement_reminders')
    .select(['org_id', (eb) => eb.fn.max('sent_at').as('last')])
    .where('movement_id', '=', movementId)
    .groupBy('org_id')
    .execute();
  const lastReminder = new Map(reminders.map((r) => [r.org_id, r.last as string]));
  const byOrg = new Map(regs.map((r) => [r.org_id, r]));
  const items = orgIds.map((orgId) => {
    const r = byOrg.get(orgId);
    const mine = r ? titles.filter((t) => t.registration_id === r.id) : [];
    return {
      orgId,
      orgName: tree.name(orgId),
      registered: !!r,
      registeredAt: r?.registered_at ?? null,
      late: !!r?.late_reason,
      collectiveTitles: mine.filter((t) => t.subject_kind === 'collective').length,
      people: new Set(mine.filter((t) => t.subject_kind === 'individual').map((t) => t.subject_id)).size,
      lastRemindedAt: lastReminder.get(orgId) ?? null,
    };
  });
  // Missing units first: they are what the officer acts on.
  const key = new Map(items.map((i) => [i.orgId, collationKey(i.orgName)]));
  const byName = (x: string, y: string) => {
    const [kx, ky] = [key.get(x) ?? '', key.get(y) ?? ''];
    return kx < ky ? -1 : kx > ky ? 1 : x < y ? -1 : 1;
  };
  items.sort((a, b) => Number(a.registered) - Number(b.registered) || byName(a.orgId, b.orgId));
  return { deadline: m.registration_deadline, items };
}

export async function getRegistration(
  deps: Deps,
  user: RequestUser,
  movementId: string,
  orgId: string,
): Promise<z.infer<typeof RegistrationView>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  // A unit's registration names its people: out of the user's reach it reads as missing, like those people.
  if (!canReach(user, ANY_ROLE, orgId, tree)) throw notFound('đăng ký thi đua của đơn vị này');
  await requireParticipant(db, movementId, orgId);
  const r = await db
    .selectFrom('movement_registrations')
    .selectAll()
    .where('movement_id', '=', movementId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  const titles = r
    ? await db.selectFrom('registration_titles').selectAll().where('registration_id', '=', r.id).execute()
    : [];
  const commitments = r
    ? await db.selectFrom('registration_commitments').selectAll().where('registration_id', '=', r.id).execute()
    : [];
  const personIds = titles.filter((t) => t.subject_kind === 'individual').map((t) => t.subject_id);
  const people = personIds.length
    ? await db.selectFrom('people').select(['id', 'full_name', 'sort_key']).where('id', 'in', personIds).execute()
    : [];
  const person = new Map(people.map((p) => [p.id, p]));
  const sortKey = (t: (typeof titles)[number]) =>
    t.subject_kind === 'collective' ? `0${tree.name(t.subject_id)}` : `1${person.get(t.subject_id)?.sort_key ?? ''}`;
  titles.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return {
    movementId,
    orgId,
    orgName: tree.name(orgId),
    registered: !!r,
    registeredAt: r?.registered_at ?? null,
    registeredBy: r?.registered_by ?? null,
    late: !!r?.late_reason,
    lateReason: r?.late_reason ?? '',
    note: r?.note ?? '',
    titles: titles.map((t) => ({
      subjectKind: t.subject_kind as 'individual' | 'collective',
      subjectId: t.subject_id,
      subjectName:
        t.subject_kind === 'collective' ? tree.name(t.subject_id) : (person.get(t.subject_id)?.full_name ?? '?'),
      awardCode: t.award_code,
      awardName: findAward(t.award_code)?.name ?? t.award_code,
    })),
    commitments: commitments.map((c) => ({ targetId: c.target_id, value: Number(c.value) })),
    version: r?.version ?? null,
    canEdit: stageAllows(m.status as MovementStatus).register && canReach(user, UNIT_ACTORS, orgId, tree),
  };
}

/** A unit's registration, all at once: every title and commitment is checked before anything is written. */
export async function saveRegistration(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  movementId: string,
  orgId: string,
  input: z.output<typeof SaveRegistrationRequest>,
) {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  if (input.orgId !== orgId)
    throw badRequest('org_mismatch', 'Đơn vị trong nội dung không khớp với đường dẫn.', [
      { path: 'orgId', message: 'Không khớp' },
    ]);
  await requireParticipant(db, movementId, orgId);
  if (!canReach(user, UNIT_ACTORS, orgId, tree))
    throw forbidden('Bạn chỉ đăng ký thi đua cho đơn vị trong phạm vi được phân quyền.');
  const status = m.status as MovementStatus;
  if (!stageAllows(status).register) throw new AppError(409, 'registration_closed', stageRefusal(status, 'register'));

  const errors: FieldError[] = [];
  const late = isLate(m.registration_deadline, todayVn(clockOf(deps)));
  if (late && !input.lateReason)
    errors.push({
      path: 'lateReason',
      message: `Đã quá hạn đăng ký (${dateVn(m.registration_deadline!)}): cần ghi lý do đăng ký muộn`,
    });
  const unitIds = new Set(tree.subtree(orgId));
  const personIds = [...new Set(input.titles.filter((t) => t.subjectKind === 'individual').map((t) => t.subjectId))];
  const people = new Map<string, string>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'org_id'])
      .where('id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const p of rows) people.set(p.id, p.org_id);
  }
  const seen = new Set<string>();
  input.titles.forEach((t, i) => {
    const award = findAward(t.awardCode);
    const path = `titles.${i}`;
    if (!award || !(REGISTRABLE_TITLES as readonly string[]).includes(t.awardCode)) {
      errors.push({ path: `${path}.awardCode`, message: `Không đăng ký được danh hiệu "${t.awardCode}"` });
      return;
    }
    if (!award.subjects.includes(t.subjectKind)) {
      const who = t.subjectKind === 'individual' ? 'cá nhân' : 'tập thể';
      errors.push({ path: `${path}.awardCode`, message: `"${award.name}" không xét tặng cho ${who}` });
      return;
    }
    const home = t.subjectKind === 'individual' ? people.get(t.subjectId) : t.subjectId;
    if (!home || (t.subjectKind === 'collective' && !tree.has(home)))
      errors.push({ path: `${path}.subjectId`, message: 'Không tìm thấy cán bộ hoặc tập thể này' });
    else if (!unitIds.has(home)) errors.push({ path: `${path}.subjectId`, message: `Không thuộc ${tree.name(orgId)}` });
    const key = `${t.subjectId}|${t.awardCode}`;
    if (seen.has(key)) errors.push({ path: `${path}.awardCode`, message: 'Đăng ký bị lặp' });
    seen.add(key);
  });
  const targetIds = new Set((await targetsOf(db, movementId)).map((t) => t.id));
  input.commitments.forEach((c, i) => {
    if (!targetIds.has(c.targetId))
      errors.push({ path: `commitments.${i}.targetId`, message: 'Chỉ tiêu không thuộc phong trào' });
  });
  if (errors.length)
    throw badRequest(
      'invalid_registration',
      `Chưa đăng ký được: ${errors.length} lỗi (${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}). Chưa ghi gì.`,
      errors,
    );

  const before = await getRegistration(deps, user, movementId, orgId);
  if (before.version !== input.version) throw staleVersion();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    let regId: string;
    if (before.version === null) {
      regId = newId();
      const res = await trx
        .insertInto('movement_registrations')
        .values({
          id: regId,
          movement_id: movementId,
          org_id: orgId,
          registered_at: now,
          registered_by: user.displayName,
          late_reason: late ? input.lateReason : '',
          note: input.note,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        // A first registration: of two at once, the unique (movement, unit) key lets one in, the other gets 409.
        .onConflict((oc) => oc.columns(['movement_id', 'org_id']).doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows) !== 1) throw staleVersion();
    } else {
      const row = await trx
        .updateTable('movement_registrations')
        .set({
          registered_at: now,
          registered_by: user.displayName,
          ...(late ? { late_reason: input.lateReason } : {}),
          note: input.note,
          updated_at: now,
          version: before.version + 1,
        })
        .where('movement_id', '=', movementId)
        .where('org_id', '=', orgId)
        .where('version', '=', before.version)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw staleVersion();
      regId = row.id;
      await trx.deleteFrom('registration_titles').where('registration_id', '=', regId).execute();
      await trx.deleteFrom('registration_commitments').where('registration_id', '=', regId).execute();
    }
    if (input.titles.length)
      for (let i = 0; i < input.titles.length; i += 500)
        await trx
          .insertInto('registration_titles')
          .values(
            input.titles.slice(i, i + 500).map((t) => ({
              registration_id: regId,
              subject_kind: t.subjectKind,
              subject_id: t.subjectId,
              award_code: t.awardCode,
              year: m.year,
            })),
          )
          .execute();
    if (input.commitments.length)
      await trx
        .insertInto('registration_commitments')
        .values(input.commitments.map((c) => ({ registration_id: regId, target_id: c.targetId, value: c.value })))
        .execute();
    const snapshot = (r: { titles: unknown; commitments: unknown; note: string }) => ({
      titles: r.titles,
      commitments: r.commitments,
      note: r.note,
    });
    await appendAudit(
      trx,
      actor,
      late ? 'movement.registered_late' : 'movement.registered',
      'movement',
      movementId,
      before.version === null ? null : { orgId, ...snapshot(before) },
      { orgId, ...snapshot(input), ...(late ? { lateReason: input.lateReason } : {}) },
    );
  });
  return getRegistration(deps, user, movementId, orgId);
}

/** Reminds the officers of units that have not registered (or of the units named). */
export async function remindUnits(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  movementId: string,
  input: z.output<typeof RemindRequest>,
): Promise<z.infer<typeof RemindResult>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const orgIds = await participantIds(db, movementId);
  if (!canManage(user, tree, orgIds)) throw forbidden('Chỉ cán bộ thi đua – khen thưởng gửi nhắc đăng ký.');
  const status = m.status as MovementStatus;
  if (!stageAllows(status).register) throw new AppError(409, 'registration_closed', stageRefusal(status, 'register'));
  const registered = new Set(
    (
      await db.selectFrom('movement_registrations').select('org_id').where('movement_id', '=', movementId).execute()
    ).map((r) => r.org_id),
  );
  const targets = input.orgIds ?? orgIds.filter((o) => !registered.has(o));
  const errors = targets
    .map((o, i) => (orgIds.includes(o) ? null : { path: `orgIds.${i}`, message: 'Không tham gia phong trào' }))
    .filter((e): e is FieldError => e !== null);
  if (errors.length) throw badRequest('not_participant', 'Có đơn vị không tham gia phong trào.', errors);
  const now = nowIso();
  const deadline = m.registration_deadline ? ` trước ngày ${dateVn(m.registration_deadline)}` : '';
  let notified = 0;
  await db.transaction().execute(async (trx) => {
    for (const orgId of targets) {
      const users = await usersActingFor(trx, tree, orgId, ['unit_officer']);
      notified += await notifyUsers(trx, users, {
        kind: 'movement.reminder',
        title: `Nhắc đăng ký thi đua: ${m.name}`,
        body: `${tree.name(orgId)} chưa đăng ký thi đua; đề nghị đăng ký${deadline}.${input.message ? ` ${input.message}` : ''}`,
        link: `/movements/${movementId}/registrations/${orgId}`,
      });
      await trx
        .insertInto('movement_reminders')
        .values({ id: newId(), movement_id: movementId, org_id: orgId, sent_by: user.displayName, sent_at: now })
        .execute();
    }
    await appendAudit(trx, actor, 'movement.reminded', 'movement', movementId, null, {
      orgIds: targets,
      message: input.message,
    });
  });
  return { orgs: targets.length, notified };
}

/** Titles these subjects registered for in a year: proposals warn about the rest. */
export async function registeredTitles(
  db: Kysely<Database>,
  year: number,
  subjectIds: string[],
): Promise<z.infer<typeof RegisteredTitles>['items']> {
  const out: z.infer<typeof RegisteredTitles>['items'] = [];
  for (let i = 0; i < subjectIds.length; i += 500) {
    const rows = await db
      .selectFrom('registration_titles as t')
      .innerJoin('movement_registrations as r', 'r.id', 't.registration_id')
      .innerJoin('movements as m', 'm.id', 'r.movement_id')
      .select(['t.subject_id', 't.award_code', 'm.id as movement_id', 'm.name'])
      .where('t.year', '=', year)
      .where('t.subject_id', 'in', subjectIds.slice(i, i + 500))
      .execute();
    for (const r of rows)
      out.push({ subjectId: r.subject_id, awardCode: r.award_code, movementId: r.movement_id, movementName: r.name });
  }
  return out;
}
