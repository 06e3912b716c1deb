import type { z } from 'zod';
import type { CreateScorecardRequest, ScorecardView, UpdateScorecardRequest } from '@thidua/contracts';
import {
  SCORECARD_KIND_LABELS,
  SCORECARD_WORKFLOW,
  nextStepOf,
  searchKey,
  type ScorecardContext,
  type ScorecardStatus,
} from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { applyTransition, listTransitions } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { freezeTemplate } from '../scorecardTemplates/service.ts';
import { canReadSheet, cycleAbilities, isOffice, seesWholeCycle, sheetAbilities } from './policy.ts';
import { cycleRow, memberRows, templateOf, type Executor, type MemberRow } from './queries.ts';
import { cyclesQuery, summaries } from './list.ts';
import { memberSummary } from './sheetView.ts';

type View = z.infer<typeof ScorecardView>;

/** What the cycle's guards read: the sheets not submitted, and those not appraised, by member name. */
export function cycleContext(members: readonly MemberRow[]): ScorecardContext {
  return {
    unsubmitted: members.filter((m) => m.status === 'self_assessment').map((m) => m.name),
    unappraised: members.filter((m) => m.status !== 'appraised' && m.status !== 'final').map((m) => m.name),
  };
}

/** One cycle: its summary, caps and decision, the members the user may see, abilities, next step and history. */
export async function getScorecard(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const db = deps.db.kysely;
  const cycle = await cycleRow(db, id);
  const tree = await deps.tree.fresh();
  const all = await memberRows(db, id);
  const whole = seesWholeCycle(user, cycle.status);
  const shown = whole ? all : all.filter((m) => canReadSheet(user, tree, cycle.status, m));
  if (!shown.length && !whole) throw notFound('kỳ chấm điểm');
  const [summary] = await summaries(db, await cyclesQuery(db).where('s.id', '=', id).execute());
  const t = await templateOf(db, cycle.template_id);
  const ctx = cycleContext(all);
  const abilities = cycleAbilities(user, cycle.status as ScorecardStatus, ctx);
  const n = nextStepOf(SCORECARD_WORKFLOW, cycle.status as ScorecardStatus, ctx);
  return {
    ...summary!,
    maxTotal: t.max,
    bonusCap: t.bonusCap,
    penaltyCap: t.penaltyCap,
    decisionNumber: cycle.decision_number,
    decisionDate: cycle.decision_date,
    decisionSigner: cycle.decision_signer,
    note: cycle.note,
    members: shown.map((m) => memberSummary(m, sheetAbilities(user, tree, cycle.status, m, {}))),
    abilities,
    nextStep: n
      ? { actor: n.actor, text: n.text, textEn: n.textEn, mine: n.actor === 'office' && isOffice(user) }
      : null,
    transitionsLog: await listTransitions(db, 'scorecard', id),
    version: cycle.version,
  };
}

/** Who is scored: the bloc year's members in their order, or for the PAR index the organisation given (else the root). */
async function membersOf(
  db: Executor,
  kind: string,
  blocId: string | null,
  year: number,
  orgId: string | null,
): Promise<{ blocYearId: string | null; members: { org_id: string | null; name: string }[] }> {
  if (kind === 'par') {
    let q = db.selectFrom('organisations').select(['id', 'name']);
    q = orgId ? q.where('id', '=', orgId) : q.where('parent_id', 'is', null);
    const org = await q.executeTakeFirst();
    if (!org)
      throw badRequest('unknown_org', 'Không tìm thấy cơ quan được chấm chỉ số cải cách hành chính.', [
        { path: 'orgId', message: 'Cơ quan không tồn tại' },
      ]);
    return { blocYearId: null, members: [{ org_id: org.id, name: org.name }] };
  }
  const by = blocId
    ? await db
        .selectFrom('bloc_years')
        .select('id')
        .where('bloc_id', '=', blocId)
        .where('year', '=', year)
        .executeTakeFirst()
    : undefined;
  const members = by
    ? await db
        .selectFrom('bloc_members')
        .select(['org_id', 'name'])
        .where('bloc_year_id', '=', by.id)
        .orderBy('position')
        .execute()
    : [];
  if (!by || !members.length)
    throw conflict(
      'invalid_bloc_year',
      `Khối thi đua chưa có danh sách thành viên năm ${year}: hãy lưu thành viên của khối năm đó trước khi mở kỳ chấm điểm.`,
      [{ path: 'templateId', message: `Khối chưa có thành viên năm ${year}` }],
    );
  return { blocYearId: by.id, members };
}

/**
 * Opens a cycle on a template (which is frozen from then on): one sheet per member, each with an empty score on
 * every leaf, each at its first status with its first step. One cycle per template.
 */
export async function createScorecard(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateScorecardRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const tpl = await trx
      .selectFrom('scorecard_templates')
      .select(['id', 'kind', 'bloc_id', 'year', 'name'])
      .where('id', '=', input.templateId)
      .executeTakeFirst();
    if (!tpl)
      throw badRequest('invalid_template', 'Không tìm thấy bảng điểm.', [
        { path: 'templateId', message: 'Bảng điểm không tồn tại' },
      ]);
    if (tpl.kind === 'bloc' && input.orgId)
      throw badRequest(
        'invalid_template',
        'Kỳ chấm điểm khối lấy thành viên theo danh sách khối; không chọn cơ quan.',
        [{ path: 'orgId', message: 'Chỉ dùng cho chỉ số cải cách hành chính' }],
      );
    // Frozen first: its row lock makes a second cycle opened at the same moment wait, then see this one.
    await freezeTemplate(trx, actor, tpl.id);
    const used = await trx.selectFrom('scorecards').select('name').where('template_id', '=', tpl.id).executeTakeFirst();
    if (used)
      throw conflict('duplicate', `Bảng điểm "${tpl.name}" đã có kỳ chấm điểm "${used.name}".`, [
        { path: 'templateId', message: 'Bảng điểm đã được dùng' },
      ]);
    const year = Number(tpl.year);
    const { blocYearId, members } = await membersOf(trx, tpl.kind, tpl.bloc_id, year, input.orgId);
    const bloc = tpl.bloc_id
      ? await trx.selectFrom('blocs').select('name').where('id', '=', tpl.bloc_id).executeTakeFirst()
      : undefined;
    const name = input.name ?? `${SCORECARD_KIND_LABELS[tpl.kind]} năm ${year}${bloc ? ` — ${bloc.name}` : ''}`;
    const row = {
      id,
      template_id: tpl.id,
      kind: tpl.kind,
      bloc_year_id: blocYearId,
      year,
      name,
      search_key: searchKey(name),
      status: 'open',
      self_due: input.selfDue,
      appraisal_due: input.appraisalDue,
      published_on: null,
      decision_number: '',
      decision_date: null,
      decision_signer: '',
      note: '',
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('scorecards').values(row).execute();
    await applyTransition(trx, {
      entityType: 'scorecard',
      entityId: id,
      action: null,
      from: null,
      to: 'open',
      user,
      at: now,
    });
    const t = await templateOf(trx, tpl.id);
    for (const [position, m] of members.entries()) {
      const memberId = newId();
      await trx
        .insertInto('scorecard_members')
        .values({
          id: memberId,
          scorecard_id: id,
          org_id: m.org_id,
          name: m.name,
          position,
          status: 'self_assessment',
          submitted_at: null,
          self_total: null,
          appraised_total: null,
          survey_score: null,
          final_total: null,
          rank: null,
          classification: '',
          explanation_used: 0,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('scorecard_scores')
        .values(
          t.leaves.map((leaf) => ({
            id: newId(),
            member_id: memberId,
            item_id: leaf.id,
            self_points: null,
            self_note: '',
            figure: null,
            appraisal: null,
            appraised_points: null,
            appraisal_reason: '',
            explanation: '',
            updated_at: now,
            updated_by: actor.name,
          })),
        )
        .execute();
      await applyTransition(trx, {
        entityType: 'scorecard_member',
        entityId: memberId,
        action: null,
        from: null,
        to: 'self_assessment',
        user,
        at: now,
      });
    }
    await appendAudit(trx, actor, 'scorecard.created', 'scorecard', id, null, {
      ...row,
      members: members.map((m) => m.name),
    });
  });
  return getScorecard(deps, user, id);
}

/** The cycle's name, due dates, announcing decision and note, at the version the user saw. */
export async function updateScorecard(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateScorecardRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const before = await cycleRow(db, id);
  const now = nowIsoOf(clockOf(deps));
  const set = {
    name: input.name,
    search_key: searchKey(input.name),
    self_due: input.selfDue,
    appraisal_due: input.appraisalDue,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    decision_signer: input.decisionSigner,
    note: input.note,
  };
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'scorecards', id, input.version, { ...set, updated_at: now });
    const { search_key: _k, ...after } = set;
    await appendAudit(
      trx,
      actor,
      'scorecard.updated',
      'scorecard',
      id,
      {
        name: before.name,
        self_due: before.self_due,
        appraisal_due: before.appraisal_due,
        decision_number: before.decision_number,
        decision_date: before.decision_date,
        decision_signer: before.decision_signer,
        note: before.note,
      },
      after,
    );
  });
  return getScorecard(deps, user, id);
}
