import type { z } from 'zod';
import type { DashboardView, ProgressView, ReportProgressRequest } from '@thidua/contracts';
import {
  achieved,
  achievement,
  findAward,
  isPeriodKey,
  periodBounds,
  periodLabel,
  periodsBetween,
  stageAllows,
  stageRefusal,
  type MovementStatus,
  type PeriodKind,
  type TargetRule,
} from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import type { MovementTargetTable } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { canReach, type RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, type FieldError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { UNIT_ACTORS } from './policy.ts';
import { movementRow, participantIds, targetsOf } from './queries.ts';

const rule = (t: MovementTargetTable): TargetRule => ({
  aggregation: t.aggregation as TargetRule['aggregation'],
  direction: t.direction as TargetRule['direction'],
});

export async function progressView(
  deps: Deps,
  movementId: string,
  orgId?: string,
): Promise<z.infer<typeof ProgressView>> {
  const db = deps.db.kysely;
  const m = await movementRow(db, movementId);
  let q = db.selectFrom('movement_progress').selectAll().where('movement_id', '=', movementId);
  if (orgId) q = q.where('org_id', '=', orgId);
  const rows = await q.orderBy('period').orderBy('org_id').execute();
  const kind = m.report_every as PeriodKind;
  return {
    reportEvery: kind,
    periods: periodsBetween(kind, m.starts_on, m.ends_on).map((key) => ({ key, label: periodLabel(kind, key) })),
    items: rows.map((r) => ({
      orgId: r.org_id,
      targetId: r.target_id,
      period: r.period,
      value: Number(r.value),
      note: r.note,
      reportedAt: r.reported_at,
      reportedBy: r.reported_by,
    })),
  };
}

/**
 * A unit's figures for one period. A value replaces what was reported for that
 * period; null withdraws it. Every value is checked before anything is written.
 */
export async function reportProgress(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  movementId: string,
  input: z.output<typeof ReportProgressRequest>,
) {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const status = m.status as MovementStatus;
  if (!stageAllows(status).report) throw new AppError(409, 'movement_not_open', stageRefusal(status, 'report'));
  const orgIds = await participantIds(db, movementId);
  if (!orgIds.includes(input.orgId))
    throw badRequest('not_participant', 'Đơn vị này không tham gia phong trào.', [
      { path: 'orgId', message: 'Không tham gia phong trào' },
    ]);
  if (!canReach(user, UNIT_ACTORS, input.orgId, tree))
    throw forbidden('Bạn chỉ báo cáo tiến độ cho đơn vị trong phạm vi được phân quyền.');
  const kind = m.report_every as PeriodKind;
  const errors: FieldError[] = [];
  if (!isPeriodKey(kind, input.period))
    errors.push({
      path: 'period',
      message: `Kỳ báo cáo phải theo ${kind === 'month' ? 'tháng' : kind === 'quarter' ? 'quý' : 'năm'}`,
    });
  else {
    const b = periodBounds(kind, input.period);
    if (b.to < m.starts_on || b.from > m.ends_on)
      errors.push({ path: 'period', message: 'Kỳ báo cáo nằm ngoài thời gian của phong trào' });
  }
  const targets = new Map((await targetsOf(db, movementId)).map((t) => [t.id, t]));
  const seen = new Set<string>();
  input.values.forEach((v, i) => {
    const t = targets.get(v.targetId);
    if (!t) errors.push({ path: `values.${i}.targetId`, message: 'Chỉ tiêu không thuộc phong trào' });
    else if (v.value !== null && t.unit === '%' && (v.value < 0 || v.value > 100))
      errors.push({ path: `values.${i}.value`, message: `"${t.name}" tính theo %: từ 0 đến 100` });
    if (seen.has(v.targetId)) errors.push({ path: `values.${i}.targetId`, message: 'Chỉ tiêu bị lặp' });
    seen.add(v.targetId);
  });
  if (errors.length)
    throw badRequest('invalid_progress', `Chưa lưu báo cáo: ${errors.map((e) => e.message).join('; ')}.`, errors);

  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('movement_progress')
      .selectAll()
      .where('movement_id', '=', movementId)
      .where('org_id', '=', input.orgId)
      .where('period', '=', input.period)
      .execute();
    const old = new Map(before.map((r) => [r.target_id, r]));
    for (const v of input.values) {
      const prev = old.get(v.targetId);
      if (v.value === null) {
        if (prev) await trx.deleteFrom('movement_progress').where('id', '=', prev.id).execute();
      } else if (prev)
        await trx
          .updateTable('movement_progress')
          .set({
            value: v.value,
            note: v.note,
            reported_by: user.displayName,
            reported_at: now,
            version: prev.version + 1,
          })
          .where('id', '=', prev.id)
          .execute();
      else
        await trx
          .insertInto('movement_progress')
          .values({
            id: newId(),
            movement_id: movementId,
            org_id: input.orgId,
            target_id: v.targetId,
            period: input.period,
            value: v.value,
            note: v.note,
            reported_by: user.displayName,
            reported_at: now,
            version: 1,
          })
          .execute();
    }
    await appendAudit(
      trx,
      actor,
      'movement.progress_reported',
      'movement',
      movementId,
      {
        orgId: input.orgId,
        period: input.period,
        values: before.map((r) => ({ targetId: r.target_id, value: Number(r.value) })),
      },
      { orgId: input.orgId, period: input.period, values: input.values },
    );
  });
  return progressView(deps, movementId, input.orgId);
}

/** Registered against achieved, per unit and target, with the trend per period. */
export async function dashboard(deps: Deps, movementId: string): Promise<z.infer<typeof DashboardView>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const [orgIds, targets] = await Promise.all([participantIds(db, movementId), targetsOf(db, movementId)]);
  const regs = await db
    .selectFrom('movement_registrations')
    .select(['id', 'org_id'])
    .where('movement_id', '=', movementId)
    .execute();
  const regIds = regs.map((r) => r.id);
  const [titles, commitments, progress, exemplars] = await Promise.all([
    regIds.length
      ? db
          .selectFrom('registration_titles')
          .select(['registration_id', 'subject_kind', 'subject_id', 'award_code'])
          .where('registration_id', 'in', regIds)
          .execute()
      : Promise.resolve([]),
    regIds.length
      ? db.selectFrom('registration_commitments').selectAll().where('registration_id', 'in', regIds).execute()
      : Promise.resolve([]),
    db
      .selectFrom('movement_progress')
      .select(['org_id', 'target_id', 'period', 'value'])
      .where('movement_id', '=', movementId)
      .execute(),
    db
      .selectFrom('movement_exemplars')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('movement_id', '=', movementId)
      .executeTakeFirst(),
  ]);
  const regOf = new Map(regs.map((r) => [r.org_id, r.id]));
  const committed = new Map(commitments.map((c) => [`${c.registration_id}|${c.target_id}`, Number(c.value)]));
  let met = 0;
  let tracked = 0;
  const units = orgIds
    .map((orgId) => {
      const regId = regOf.get(orgId);
      const results = targets.map((t) => {
        const own = regId ? committed.get(`${regId}|${t.id}`) : undefined;
        const goal = own ?? (t.target_value === null ? null : Number(t.target_value));
        const value = achieved(
          rule(t),
          progress
            .filter((p) => p.org_id === orgId && p.target_id === t.id)
            .map((p) => ({ period: p.period, value: Number(p.value) })),
        );
        const a = achievement(rule(t), goal, value);
        if (a.met !== null) tracked++;
        if (a.met) met++;
        return { targetId: t.id, committed: goal, achieved: value, ...a };
      });
      return {
        orgId,
        orgName: tree.name(orgId),
        registered: !!regId,
        titles: regId ? titles.filter((x) => x.registration_id === regId).length : 0,
        results,
      };
    })
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi'));
  const kind = m.report_every as PeriodKind;
  // Amounts add up across units; levels and rates (e.g. % on time) are averaged, never summed.
  const latest = new Set(targets.filter((t) => t.aggregation === 'latest').map((t) => t.id));
  const totals = new Map<string, { sum: number; n: number }>();
  for (const p of progress) {
    const key = `${p.period}|${p.target_id}`;
    const acc = totals.get(key) ?? { sum: 0, n: 0 };
    totals.set(key, { sum: acc.sum + Number(p.value), n: acc.n + 1 });
  }
  const series = [...totals.entries()]
    .map(([key, acc]) => {
      const [period, targetId] = key.split('|') as [string, string];
      const total = latest.has(targetId) ? acc.sum / acc.n : acc.sum;
      return { period, label: periodLabel(kind, period), targetId, total: Math.round(total * 100) / 100 };
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const titleCounts = new Map<string, number>();
  for (const t of titles) titleCounts.set(t.award_code, (titleCounts.get(t.award_code) ?? 0) + 1);
  return {
    totals: {
      participants: orgIds.length,
      registered: regs.length,
      reporting: new Set(progress.map((p) => p.org_id)).size,
      registeredPeople: new Set(titles.filter((t) => t.subject_kind === 'individual').map((t) => t.subject_id)).size,
      exemplars: Number(exemplars?.n ?? 0),
      targetsMet: met,
      targetsTracked: tracked,
    },
    targets: targets.map((t) => ({
      id: t.id,
      name: t.name,
      unit: t.unit,
      targetValue: t.target_value === null ? null : Number(t.target_value),
      direction: t.direction as 'at_least' | 'at_most',
      aggregation: t.aggregation as 'sum' | 'latest',
    })),
    units,
    series,
    titles: [...titleCounts.entries()].map(([awardCode, registered]) => ({
      awardCode,
      awardName: findAward(awardCode)?.name ?? awardCode,
      registered,
    })),
  };
}
