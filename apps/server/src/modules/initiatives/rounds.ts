import type { z } from 'zod';
import type { CreateRoundRequest, RoundActionRequest, RoundDetail, UpdateRoundRequest } from '@thidua/contracts';
import {
  DEFAULT_PHASES,
  DEFAULT_RUBRIC,
  INITIATIVE_WORKFLOW,
  ROUND_WORKFLOW,
  check,
  type InitiativeAction,
  type InitiativeStatus,
  type RoundAction,
  type RoundStatus,
} from '@thidua/domain';
import type { Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { badRequest, conflict, staleVersion, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers } from '../../platform/notify.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { roundOf } from './assignments.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { mustManage, roundDetail } from './roundsRead.ts';

export { ROUND_MANAGERS } from './policy.ts';
export { listRounds, mustManage, roundDetail, roundView } from './roundsRead.ts';
type Detail = z.infer<typeof RoundDetail>;
type Input = z.output<typeof CreateRoundRequest>;

async function validate(deps: Deps, tree: OrgTree, input: Input, roundId: string | null) {
  const db = deps.db.kysely;
  const errors: FieldError[] = [];
  if (input.closesOn < input.opensOn) errors.push({ path: 'closesOn', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  const rubric = input.rubric ?? DEFAULT_RUBRIC;
  const keys = new Set<string>();
  rubric.forEach((c, i) => {
    if (keys.has(c.key)) errors.push({ path: `rubric.${i}.key`, message: 'Mã tiêu chí bị lặp' });
    keys.add(c.key);
    if (c.max <= c.min) errors.push({ path: `rubric.${i}.max`, message: 'Điểm tối đa phải lớn hơn điểm tối thiểu' });
  });
  const ids = [...new Set(input.initiativeIds)];
  if (ids.length !== input.initiativeIds.length) errors.push({ path: 'initiativeIds', message: 'Sáng kiến bị lặp' });
  const found = ids.length
    ? await db.selectFrom('initiatives').select(['id', 'title', 'status']).where('id', 'in', ids).execute()
    : [];
  const busy = ids.length
    ? await db
        .selectFrom('initiative_round_items as ri')
        .innerJoin('initiative_rounds as d', 'd.id', 'ri.round_id')
        .select(['ri.initiative_id', 'd.title'])
        .where('ri.initiative_id', 'in', ids)
        .where('d.id', '!=', roundId ?? '')
        .where('ri.outcome', '=', 'pending')
        .execute()
    : [];
  input.initiativeIds.forEach((id, i) => {
    const f = found.find((x) => x.id === id);
    const path = `initiativeIds.${i}`;
    if (!f) errors.push({ path, message: 'Không tìm thấy sáng kiến này' });
    else if (busy.some((b) => b.initiative_id === id))
      errors.push({
        path,
        message: `"${f.title}" đang được xét ở đợt "${busy.find((b) => b.initiative_id === id)!.title}"`,
      });
    else if (f.status === 'recognised') errors.push({ path, message: `"${f.title}" đã được công nhận` });
  });
  const users = input.reviewers.length
    ? await db
        .selectFrom('users')
        .select(['id', 'active'])
        .where(
          'id',
          'in',
          input.reviewers.map((r) => r.userId),
        )
        .execute()
    : [];
  const people = input.reviewers.some((r) => r.personId)
    ? await db
        .selectFrom('people')
        .select('id')
        .where(
          'id',
          'in',
          input.reviewers.flatMap((r) => (r.personId ? [r.personId] : [])),
        )
        .execute()
    : [];
  const seen = new Set<string>();
  input.reviewers.forEach((r, i) => {
    const u = users.find((x) => x.id === r.userId);
    if (!u || !u.active)
      errors.push({ path: `reviewers.${i}.userId`, message: 'Không tìm thấy tài khoản đang hoạt động' });
    if (seen.has(r.userId)) errors.push({ path: `reviewers.${i}.userId`, message: 'Thành viên bị lặp' });
    seen.add(r.userId);
    if (r.personId && !people.some((p) => p.id === r.personId))
      errors.push({ path: `reviewers.${i}.personId`, message: 'Không tìm thấy cán bộ này' });
    if (!tree.has(r.orgId)) errors.push({ path: `reviewers.${i}.orgId`, message: 'Không tìm thấy đơn vị' });
    r.initiativeIds.forEach((x, k) => {
      if (!ids.includes(x))
        errors.push({ path: `reviewers.${i}.initiativeIds.${k}`, message: 'Sáng kiến không thuộc đợt xét này' });
    });
  });
  if (errors.length)
    throw badRequest('invalid_round', `Chưa lưu được đợt xét: ${errors.map((e) => e.message).join('; ')}.`, errors);
}

/**
 * Moves initiatives into or out of review as the round's list changes, each
 * step in its history; the version is the one read here under the round's own
 * write, since the manager edits the round, not each initiative.
 */
export async function moveInitiatives(
  trx: Transaction<Database>,
  user: RequestUser,
  ids: readonly string[],
  action: InitiativeAction,
  at: string,
  step: {
    reason?: string;
    /** Kept with the step (the decision number is shown with the recognition, not repeated as a reason). */
    data?: Record<string, unknown>;
    set?: Omit<Updateable<Database['initiatives']>, 'id' | 'version' | 'status'>;
  } = {},
) {
  const { reason = '', data, set = {} } = step;
  if (!ids.length) return;
  const rows = await trx
    .selectFrom('initiatives')
    .select(['id', 'status', 'version'])
    .where('id', 'in', [...ids])
    .execute();
  for (const r of rows) {
    const from = (r.status ?? 'submitted') as InitiativeStatus;
    // Already where the round puts it (kept in a round being edited): no step.
    if (from === INITIATIVE_WORKFLOW.actions[action].to) continue;
    const step = check(INITIATIVE_WORKFLOW, from, action, null, { reason });
    if (!step.ok) throw refusalError(step);
    await applyTransition(trx, {
      entityType: 'initiative',
      entityId: r.id,
      action,
      from,
      to: step.to,
      user,
      reason,
      at,
      ...(data ? { data } : {}),
      update: { version: Number(r.version), set: { ...set, updated_at: at } },
    });
  }
}

async function writeMembers(trx: Transaction<Database>, user: RequestUser, roundId: string, input: Input) {
  const now = nowIso();
  const old = await trx
    .selectFrom('initiative_round_items')
    .select('initiative_id')
    .where('round_id', '=', roundId)
    .execute();
  const dropped = old.map((o) => o.initiative_id).filter((id) => !input.initiativeIds.includes(id));
  const round = `Đợt xét "${input.title}"`;
  await moveInitiatives(trx, user, dropped, 'leave_review', now, { reason: round });
  await trx.deleteFrom('initiative_round_items').where('round_id', '=', roundId).execute();
  await trx.deleteFrom('initiative_reviewers').where('round_id', '=', roundId).execute();
  if (input.initiativeIds.length) {
    await trx
      .insertInto('initiative_round_items')
      .values(
        input.initiativeIds.map((initiative_id, position) => ({
          round_id: roundId,
          initiative_id,
          position,
          outcome: 'pending',
        })),
      )
      .execute();
    await moveInitiatives(trx, user, input.initiativeIds, 'enter_review', now, { reason: round });
  }
  if (input.reviewers.length)
    await trx
      .insertInto('initiative_reviewers')
      .values(
        input.reviewers.map((r) => ({
          id: newId(),
          round_id: roundId,
          user_id: r.userId,
          person_id: r.personId,
          org_id: r.orgId,
          fields: JSON.stringify(r.fields),
          initiative_ids: JSON.stringify(r.initiativeIds),
          created_at: now,
        })),
      )
      .execute();
}

const settings = (input: Input) => ({
  title: input.title,
  opens_on: input.opensOn,
  closes_on: input.closesOn,
  phases: JSON.stringify(input.phases ?? DEFAULT_PHASES),
  rubric: JSON.stringify(input.rubric ?? DEFAULT_RUBRIC),
  contested_stdev: input.contestedStdev,
});

export async function createRound(deps: Deps, user: RequestUser, actor: Actor, input: Input): Promise<Detail> {
  const tree = await mustManage(deps, user);
  await validate(deps, tree, input, null);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiative_rounds')
      .values({
        id,
        ...settings(input),
        status: 'setup',
        current_phase: 0,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await writeMembers(trx, user, id, input);
    await applyTransition(trx, {
      entityType: 'initiative_round',
      entityId: id,
      action: null,
      from: null,
      to: 'setup',
      user,
      at: now,
    });
    await appendAudit(trx, actor, 'initiative_round.created', 'initiative_round', id, null, input);
  });
  return roundDetail(deps, user, id);
}

export async function updateRound(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateRoundRequest>,
): Promise<Detail> {
  const tree = await mustManage(deps, user);
  const before = await roundOf(deps.db.kysely, id);
  if (before.status !== 'setup')
    throw conflict('round_started', 'Đợt chấm đã mở: không đổi được sáng kiến, thành viên hay thang điểm.');
  if (before.version !== input.version) throw staleVersion();
  await validate(deps, tree, input, id);
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'initiative_rounds', id, input.version, { ...settings(input), updated_at: nowIso() });
    await writeMembers(trx, user, id, input);
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, 'initiative_round.updated', 'initiative_round', id, before, after);
  });
  return roundDetail(deps, user, id);
}

/** Opens, closes, reopens a round or moves it to another phase; opening tells the reviewers. */
export async function roundAction(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof RoundActionRequest>,
): Promise<Detail> {
  await mustManage(deps, user);
  const db = deps.db.kysely;
  const before = await roundOf(db, id);
  if (before.version !== input.version) throw staleVersion();
  const now = nowIso();
  let step: { action: RoundAction; to: RoundStatus } | null = null;
  if (input.action === 'phase') {
    if (input.phase === undefined || input.phase >= before.phases.length)
      throw badRequest('invalid_phase', 'Không có giai đoạn này.', [
        { path: 'phase', message: 'Không có giai đoạn này' },
      ]);
    if (before.status === 'decided') throw conflict('round_decided', 'Đợt xét đã công nhận xong.');
  } else {
    const c = check(ROUND_WORKFLOW, before.status, input.action, { kinds: ['manager'] }, {});
    if (!c.ok) throw conflict('round_status', `${c.reason}.`);
    step = { action: input.action, to: c.to };
    if (input.action === 'open') {
      const count = await db
        .selectFrom('initiative_round_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('round_id', '=', id)
        .executeTakeFirstOrThrow();
      if (!Number(count.n)) throw conflict('round_empty', 'Đợt xét chưa có sáng kiến nào.');
    }
  }
  const reviewers =
    input.action === 'open'
      ? await db.selectFrom('initiative_reviewers').select('user_id').where('round_id', '=', id).execute()
      : [];
  await db.transaction().execute(async (trx) => {
    const audit = {
      actor,
      action: `initiative_round.${input.action}`,
      before: { status: before.status, phase: before.currentPhase },
    };
    if (step)
      await applyTransition(trx, {
        entityType: 'initiative_round',
        entityId: id,
        action: step.action,
        from: before.status,
        to: step.to,
        user,
        at: now,
        update: { version: input.version, set: { updated_at: now } },
        audit: { ...audit, after: { status: step.to } },
      });
    else {
      const set = { current_phase: input.phase! };
      await updateVersioned(trx, 'initiative_rounds', id, input.version, { ...set, updated_at: now });
      await appendAudit(trx, actor, audit.action, 'initiative_round', id, audit.before, set);
    }
    if (reviewers.length)
      await notifyUsers(
        trx,
        reviewers.map((r) => r.user_id),
        {
          kind: 'initiative_review',
          title: `Mời chấm sáng kiến: ${before.title}`,
          body: `Đợt chấm mở đến hết ngày ${dateVn(before.closesOn)}. Mở "Phiếu chấm của tôi" để chấm.`,
          link: '/initiative-reviews',
        },
      );
  });
  return roundDetail(deps, user, id);
}
