import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { ScorecardTransitionRequest } from '@thidua/contracts';
import {
  SCORECARD_WORKFLOW,
  SHEET_WORKFLOW,
  check,
  classify,
  rankMembers,
  roundPoints,
  sheetTotals,
  type ScorecardStatus,
  type SheetStatus,
} from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { recordParFromScorecard } from '../parIndex/fromScorecard.ts';
import { scorecardSettings } from '../settings/read.ts';
import { cycleContext, getScorecard } from './cycles.ts';
import { isOffice } from './policy.ts';
import { capsOf, cycleRow, memberRows, scoreRows, templateOf, type CycleRow, type MemberRow } from './queries.ts';
import { appraisedPoints, selfPoints } from './sheetView.ts';

type Input = z.output<typeof ScorecardTransitionRequest>;

/**
 * Final scores and the ranking: each sheet's appraised total (plus, for the PAR index, the survey component when
 * entered) is its final score; members are ranked by it with the tie-break in force and classified by the bands in
 * force; every appraised sheet becomes final. The keys applied and the one that decided each place are kept
 * with the step, so the published ranking still says why after the settings change.
 */
async function rankCycle(
  trx: Transaction<Database>,
  user: RequestUser,
  cycle: CycleRow,
  members: readonly MemberRow[],
  now: string,
) {
  const t = await templateOf(trx, cycle.template_id);
  const { tieBreak, bands } = await scorecardSettings(trx);
  const scores = await scoreRows(
    trx,
    members.map((m) => m.id),
  );
  const computed = members.map((m) => {
    const own = scores.filter((s) => s.member_id === m.id);
    const self = sheetTotals(t.items, selfPoints(own), capsOf(t));
    const appraised = sheetTotals(t.items, appraisedPoints(own), capsOf(t));
    const survey = cycle.kind === 'par' ? (m.survey_score ?? 0) : 0;
    return { m, self, appraised, final: roundPoints(appraised.total + survey) };
  });
  const ranks = rankMembers(
    computed.map((c) => ({
      id: c.m.id,
      total: c.final,
      fields: c.appraised.byField.map((f) => f.points ?? 0),
      penalty: c.appraised.penalty,
      selfTotal: c.self.total,
    })),
    tieBreak,
  );
  const byId = new Map(ranks.map((r) => [r.id, r]));
  for (const c of computed) {
    const r = byId.get(c.m.id)!;
    const set = {
      self_total: c.self.total,
      appraised_total: c.appraised.total,
      final_total: c.final,
      rank: r.rank,
      classification: classify(c.final, t.max, bands),
      updated_at: now,
    };
    if (c.m.status === 'appraised') {
      const step = check(SHEET_WORKFLOW, c.m.status as SheetStatus, 'finalise', null, {});
      if (!step.ok) throw refusalError(step);
      await applyTransition(trx, {
        entityType: 'scorecard_member',
        entityId: c.m.id,
        action: 'finalise',
        from: c.m.status,
        to: step.to,
        user,
        at: now,
        data: { scorecardId: cycle.id, rank: r.rank, finalTotal: c.final },
        update: { version: c.m.version, set },
      });
    } else {
      // A sheet already final (the cycle reopened and ranked again) keeps its status; its place is recomputed.
      await trx.updateTable('scorecard_members').set(set).where('id', '=', c.m.id).execute();
    }
  }
  return {
    tieBreak,
    decidedBy: Object.fromEntries(ranks.map((r) => [r.id, r.decidedBy])),
  };
}

/**
 * Reopening: every final sheet goes back to appraised, so the appraisers can reopen the one they must change
 * (`reappraise`) and ranking again finalises them all. Ranks stay until then.
 */
async function unfinaliseSheets(
  trx: Transaction<Database>,
  user: RequestUser,
  scorecardId: string,
  members: readonly MemberRow[],
  now: string,
) {
  const reopened: string[] = [];
  for (const m of members.filter((x) => x.status === 'final')) {
    const step = check(SHEET_WORKFLOW, 'final', 'unfinalise', null, {});
    if (!step.ok) throw refusalError(step);
    await applyTransition(trx, {
      entityType: 'scorecard_member',
      entityId: m.id,
      action: 'unfinalise',
      from: 'final',
      to: step.to,
      user,
      at: now,
      data: { scorecardId },
      update: { version: m.version, set: { updated_at: now } },
    });
    reopened.push(m.id);
  }
  return { reopenedSheets: reopened };
}

/** A step of the cycle (close the self-assessment, rank, reopen, publish), by the office. */
export async function stepScorecard(deps: Deps, user: RequestUser, actor: Actor, id: string, input: Input) {
  const db = deps.db.kysely;
  const clock = clockOf(deps);
  const now = nowIsoOf(clock);
  await db.transaction().execute(async (trx) => {
    const cycle = await cycleRow(trx, id);
    const members = await memberRows(trx, id);
    const status = cycle.status as ScorecardStatus;
    const kinds = isOffice(user) ? (['office'] as const) : [];
    const step = check(
      SCORECARD_WORKFLOW,
      status,
      input.action,
      { kinds },
      { ...cycleContext(members), reason: input.reason },
    );
    if (!step.ok) throw refusalError(step);
    let data: Record<string, unknown> = {};
    const set: Record<string, unknown> = { updated_at: now };
    if (input.action === 'rank') data = await rankCycle(trx, user, cycle, members, now);
    if (input.action === 'reopen') data = await unfinaliseSheets(trx, user, cycle.id, members, now);
    if (input.action === 'publish') set.published_on = todayVn(clock);
    await applyTransition(trx, {
      entityType: 'scorecard',
      entityId: id,
      action: input.action,
      from: status,
      to: step.to,
      user,
      reason: input.reason?.trim() ?? '',
      at: now,
      data,
      update: { version: input.version, set: set as never },
      audit: {
        actor,
        action: `scorecard.${input.action}`,
        before: { status },
        after: { status: step.to, reason: input.reason ?? '', ...set, ...data },
      },
    });
    // The PAR index's year in the department's history follows its published cycle, in the same transaction.
    if (input.action === 'publish' && cycle.kind === 'par') await recordParFromScorecard(trx, actor, id);
  });
  return getScorecard(deps, user, id);
}
