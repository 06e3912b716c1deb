import type { z } from 'zod';
import type { SaveAppraisalRequest } from '@thidua/contracts';
import { checkPoints, formatPoints, type TemplateItem } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, forbidden, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { scorecardSettings } from '../settings/read.ts';
import { sheetActorKinds } from './policy.ts';
import { scoreRows, templateOf, type ScoreRow } from './queries.ts';
import { getSheet, readableSheet } from './sheetView.ts';
import { leafOf } from './sheets.ts';

type Input = z.output<typeof SaveAppraisalRequest>;
type Entry = Input['scores'][number];

const label = (i: TemplateItem) => `${i.code} ${i.name}`;

/** The refusal of one criterion's appraisal, or the points it stores (null while an explanation is awaited). */
function judge(
  leaf: TemplateItem,
  score: ScoreRow | undefined,
  e: Entry,
  explainRefused: string | null,
): { error: string; field: string } | { points: number | null } {
  const self = score?.self_points ?? null;
  if (e.appraisal === 'accepted') {
    if (self === null) return { field: 'appraisal', error: `${label(leaf)}: chưa có điểm tự chấm để chấp nhận` };
    return { points: self };
  }
  if (e.appraisal === 'explain') {
    if (explainRefused) return { field: 'appraisal', error: `${label(leaf)}: ${explainRefused}` };
    if (!e.reason.trim())
      return { field: 'reason', error: `${label(leaf)}: đề nghị giải trình phải nêu nội dung cần giải trình` };
    return { points: null };
  }
  if (!e.reason.trim()) return { field: 'reason', error: `Giảm điểm phải ghi lý do: tiêu chí ${label(leaf)}` };
  if (e.points === null) return { field: 'points', error: `${label(leaf)}: giảm điểm cần ghi điểm thẩm định` };
  const refusal = checkPoints(leaf, e.points);
  if (refusal) return { field: 'points', error: refusal };
  if (self !== null && e.points >= self)
    return {
      field: 'points',
      error: `${label(leaf)}: điểm giảm (${formatPoints(e.points)}) phải thấp hơn điểm tự chấm (${formatPoints(self)})`,
    };
  return { points: e.points };
}

/**
 * The appraisers' conclusion per criterion while the cycle is in appraisal and the sheet submitted or explained:
 * accepted (the self points), reduced (lower points and the reason) or an explanation asked (the question; only
 * before one was asked). Both the self and the appraised points are kept.
 */
export async function saveAppraisal(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  scorecardId: string,
  memberId: string,
  input: Input,
) {
  const db = deps.db.kysely;
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  if (!sheetActorKinds(user, tree, member).includes('appraiser'))
    throw forbidden('Chỉ tổ thẩm định (Phòng Thi đua – Khen thưởng) thẩm định bản chấm điểm.');
  if (cycle.status !== 'appraisal' || !['submitted', 'explained'].includes(member.status))
    throw conflict(
      'scoring_closed',
      `Bản chấm của ${member.name} không ở bước chờ thẩm định (kỳ chấm điểm phải đang thẩm định, bản chấm đã gửi hoặc đã giải trình).`,
    );
  if (input.surveyScore !== undefined && input.surveyScore !== null && cycle.kind !== 'par')
    throw badRequest('invalid_scores', 'Điểm điều tra xã hội học chỉ có ở kỳ chấm chỉ số cải cách hành chính.', [
      { path: 'surveyScore', message: 'Chỉ dùng cho chỉ số cải cách hành chính' },
    ]);
  const t = await templateOf(db, cycle.template_id, member);
  const scores = new Map((await scoreRows(db, [member.id])).map((s) => [s.item_id, s]));
  const { explanationRounds } = await scorecardSettings(db);
  const explainRefused =
    explanationRounds === 0
      ? 'quy định hiện hành không cho đề nghị giải trình'
      : member.status !== 'submitted' || member.explanation_used >= explanationRounds
        ? `đã đề nghị giải trình ${explanationRounds === 1 ? 'một lần' : `${explanationRounds} lần`}; theo quy định chỉ được đề nghị ${explanationRounds === 1 ? 'một lần' : `${explanationRounds} lần`}`
        : null;
  const errors: FieldError[] = [];
  const stored: { itemId: string; appraisal: string; points: number | null; reason: string }[] = [];
  input.scores.forEach((e, i) => {
    const leaf = leafOf(t, e.itemId, `scores.${i}.itemId`);
    const verdict = judge(leaf, scores.get(leaf.id), e, explainRefused);
    if ('error' in verdict) errors.push({ path: `scores.${i}.${verdict.field}`, message: verdict.error });
    else
      stored.push({
        itemId: leaf.id,
        appraisal: e.appraisal,
        points: verdict.points,
        reason: e.appraisal === 'accepted' ? '' : e.reason.trim(),
      });
  });
  if (errors.length) throw badRequest('invalid_scores', errors.map((e) => e.message).join('; '), errors);
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'scorecard_members', member.id, input.version, {
      updated_at: now,
      ...(input.surveyScore !== undefined ? { survey_score: input.surveyScore } : {}),
    });
    for (const s of stored)
      await trx
        .updateTable('scorecard_scores')
        .set({
          appraisal: s.appraisal,
          appraised_points: s.points,
          appraisal_reason: s.reason,
          updated_at: now,
          updated_by: actor.name,
        })
        .where('member_id', '=', member.id)
        .where('item_id', '=', s.itemId)
        .execute();
    await appendAudit(
      trx,
      actor,
      'scorecard_member.appraised_scores',
      'scorecard_member',
      member.id,
      {
        scores: stored.map((s) => {
          const b = scores.get(s.itemId);
          return { itemId: s.itemId, appraisal: b?.appraisal ?? null, points: b?.appraised_points ?? null };
        }),
        surveyScore: member.survey_score,
      },
      { scores: stored, ...(input.surveyScore !== undefined ? { surveyScore: input.surveyScore } : {}) },
    );
  });
  return getSheet(deps, user, scorecardId, memberId);
}
