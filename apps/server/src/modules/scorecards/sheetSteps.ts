import type { z } from 'zod';
import type { ScoreSheetTransitionRequest } from '@thidua/contracts';
import { SCORECARD_WORKFLOW, SHEET_WORKFLOW, check, sheetTotals, stateLabel, type SheetStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { scorecardSettings } from '../settings/read.ts';
import { sheetActorKinds } from './policy.ts';
import { capsOf, scoreRows, templateOf } from './queries.ts';
import {
  appraisedPoints,
  figureOf,
  figurePointsOf,
  getSheet,
  readableSheet,
  selfPoints,
  sheetContext,
} from './sheetView.ts';

type Input = z.output<typeof ScoreSheetTransitionRequest>;

/** The cycle's phase each sheet step belongs to: the member's submission while it is open, the rest in appraisal. */
const PHASE: Record<string, string> = { submit: 'open', return: 'open' };

/**
 * A step of one member's sheet. Submitting freezes each computed criterion's figure (and the points it gives)
 * as of now, so a later change of the source does not move a submitted score; asking for an explanation uses the
 * sheet's one request; concluding accepts every criterion not otherwise judged and keeps the appraised total.
 */
export async function stepSheet(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  scorecardId: string,
  memberId: string,
  input: Input,
) {
  const db = deps.db.kysely;
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  const kinds = sheetActorKinds(user, tree, member);
  const status = member.status as SheetStatus;
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const t = await templateOf(trx, cycle.template_id, member);
    const scores = await scoreRows(trx, [member.id]);
    const step = check(
      SHEET_WORKFLOW,
      status,
      input.action,
      { kinds },
      {
        ...sheetContext(t, member, scores, (await scorecardSettings(trx)).explanationRounds),
        reason: input.reason,
      },
    );
    if (!step.ok) throw refusalError(step);
    const phase = PHASE[input.action] ?? 'appraisal';
    if (cycle.status !== phase)
      throw conflict(
        'scoring_closed',
        `Kỳ chấm điểm đang ở bước "${stateLabel(SCORECARD_WORKFLOW, cycle.status as never)}": không thể "${SHEET_WORKFLOW.actions[input.action].label}".`,
        [{ path: 'action', message: 'Không đúng bước của kỳ chấm điểm' }],
      );
    const set: Record<string, unknown> = { updated_at: now };
    const scoreUpdates: { id: string; values: Record<string, unknown> }[] = [];
    const code = (itemId: string) => t.byId.get(itemId)?.code ?? itemId;
    if (input.action === 'submit') {
      const self = selfPoints(scores);
      for (const leaf of t.leaves.filter((l) => l.method === 'computed')) {
        const score = scores.find((s) => s.item_id === leaf.id);
        if (!score) continue;
        const figure = await figureOf(trx, now, cycle, member, leaf, score);
        // "Không đủ số liệu" earns nothing rather than leave the sheet unsubmittable.
        const points = figurePointsOf(leaf, figure) ?? 0;
        self.set(leaf.id, points);
        scoreUpdates.push({ id: score.id, values: { figure: JSON.stringify(figure), self_points: points } });
      }
      set.submitted_at = now;
      set.self_total = sheetTotals(t.items, self, capsOf(t)).total;
    }
    if (input.action === 'return') set.submitted_at = null;
    if (input.action === 'request_explanation') {
      if (!scores.some((s) => s.appraisal === 'explain'))
        throw conflict(
          'invalid_scores',
          'Chưa chọn tiêu chí nào cần giải trình (thẩm định "Đề nghị giải trình" kèm nội dung).',
          [{ path: 'action', message: 'Chưa có tiêu chí cần giải trình' }],
        );
      set.explanation_used = member.explanation_used + 1;
    }
    if (input.action === 'appraise') {
      const pending = scores.filter((s) => s.appraisal === 'explain').map((s) => code(s.item_id));
      if (pending.length)
        throw conflict(
          'invalid_scores',
          `Tiêu chí còn chờ kết luận (chấp nhận hoặc giảm điểm): ${pending.join(', ')}.`,
          [{ path: 'action', message: 'Còn tiêu chí chưa kết luận' }],
        );
      // What the appraisers did not touch is accepted at the member's points.
      for (const s of scores.filter((x) => x.appraisal === null)) {
        scoreUpdates.push({ id: s.id, values: { appraisal: 'accepted', appraised_points: s.self_points } });
        s.appraisal = 'accepted';
        s.appraised_points = s.self_points;
      }
      set.appraised_total = sheetTotals(t.items, appraisedPoints(scores), capsOf(t)).total;
    }
    await applyTransition(trx, {
      entityType: 'scorecard_member',
      entityId: member.id,
      action: input.action,
      from: status,
      to: step.to,
      user,
      reason: input.reason?.trim() ?? '',
      at: now,
      data: { scorecardId: cycle.id },
      update: { version: input.version, set: set as never },
      audit: {
        actor,
        action: `scorecard_member.${input.action}`,
        before: { status, scorecard: cycle.name, member: member.name },
        after: { status: step.to, reason: input.reason ?? '', ...set },
      },
    });
    for (const u of scoreUpdates)
      await trx
        .updateTable('scorecard_scores')
        .set({ ...u.values, updated_at: now, updated_by: actor.name })
        .where('id', '=', u.id)
        .execute();
  });
  return getSheet(deps, user, scorecardId, memberId);
}
