import type { z } from 'zod';
import type { QueueItemView, ReviewQueue, SheetRequest } from '@thidua/contracts';
import { scoreErrors, scoringRefusal, weightedScore } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, badRequest, forbidden, notFound } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import {
  aggregateOf,
  assignmentOf,
  recusalText,
  roundOf,
  toRound,
  type Assignment,
  type Item,
  type Round,
  type Sheet,
} from './assignments.ts';
import { roundView } from './rounds.ts';

type QueueItem = z.infer<typeof QueueItemView>;

/**
 * One initiative as a reviewer sees it in this phase: the dossier always;
 * authors and unit only when the phase shows them; others' scores (without
 * names) only when the phase allows.
 */
async function queueItems(deps: Deps, tree: OrgTree, round: Round, a: Assignment, reviewerId: string, only?: string) {
  const r = a.reviewers.find((x) => x.id === reviewerId)!;
  const mine = a.items.filter((i) => a.assigned(r, i) && (!only || i.initiativeId === only));
  if (!mine.length) return [];
  const db = deps.db.kysely;
  const rows = await db
    .selectFrom('initiatives')
    .selectAll()
    .where(
      'id',
      'in',
      mine.map((i) => i.initiativeId),
    )
    .execute();
  const authors = round.phase.seeAuthors
    ? await db
        .selectFrom('initiative_authors as au')
        .innerJoin('people as p', 'p.id', 'au.person_id')
        .select(['au.initiative_id', 'au.share', 'p.full_name'])
        .where(
          'au.initiative_id',
          'in',
          mine.map((i) => i.initiativeId),
        )
        .orderBy('au.share', 'desc')
        .execute()
    : [];
  return mine.map((i: Item): QueueItem => {
    const x = rows.find((y) => y.id === i.initiativeId)!;
    const cause = a.recusal(r, i);
    const sheet = a.sheetOf(r, i);
    const { reviewerId: _r, initiativeId: _i, ...own } = sheet ?? { reviewerId: '', initiativeId: '' };
    return {
      roundId: round.id,
      initiativeId: i.initiativeId,
      title: x.title,
      kind: x.kind,
      field: x.field,
      summary: x.summary,
      problem: x.problem ?? '',
      solution: x.solution ?? '',
      novelty: x.novelty ?? '',
      firstAppliedOn: x.first_applied_on ?? null,
      appliedAt: x.applied_at ?? '',
      benefitAmount: x.benefit_amount === null || x.benefit_amount === undefined ? null : Number(x.benefit_amount),
      socialBenefit: x.social_benefit ?? '',
      orgName: round.phase.seeAuthors ? tree.name(x.org_id) : null,
      authors: round.phase.seeAuthors
        ? authors
            .filter((y) => y.initiative_id === i.initiativeId)
            .map((y) => ({ name: y.full_name, share: Number(y.share) }))
        : null,
      sheet: sheet ? (own as QueueItem['sheet']) : null,
      recusedBecause: cause ? recusalText(cause, round.phase) : null,
      others:
        round.phase.seeOthers && !cause
          ? { aggregate: aggregateOf(a, i, round.contestedStdev), totals: [...a.totals(i)].sort((p, q) => p - q) }
          : null,
    };
  });
}

/** The signed-in reviewer's rounds and initiatives. */
export async function reviewQueue(
  deps: Deps,
  user: RequestUser,
  roundId?: string,
): Promise<z.infer<typeof ReviewQueue>> {
  const tree = await deps.tree.fresh();
  const db = deps.db.kysely;
  let q = db
    .selectFrom('initiative_reviewers as r')
    .innerJoin('initiative_rounds as d', 'd.id', 'r.round_id')
    .selectAll('d')
    .select('r.id as reviewer_id')
    .where('r.user_id', '=', user.id)
    .where('d.status', 'in', ['open', 'closed']);
  if (roundId) q = q.where('d.id', '=', roundId);
  const rows = await q.orderBy('d.opens_on', 'desc').execute();
  const today = todayVn(clockOf(deps));
  const out: z.infer<typeof ReviewQueue> = { rounds: [], items: [] };
  for (const row of rows) {
    const round = toRound(row);
    const a = await assignmentOf(db, tree, round.id);
    const refusal = scoringRefusal(round, round.phase, today);
    out.rounds.push({ ...roundView(round, a), phase: round.phase, canScore: !refusal, refusal });
    out.items.push(...(await queueItems(deps, tree, round, a, row.reviewer_id)));
  }
  return out;
}

/** Saves a reviewer's sheet: scores, an abstention, or a declared recusal with its reason. */
export async function saveSheet(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  roundId: string,
  initiativeId: string,
  input: z.output<typeof SheetRequest>,
): Promise<QueueItem> {
  const tree = await deps.tree.fresh();
  const db = deps.db.kysely;
  const round = await roundOf(db, roundId);
  const a = await assignmentOf(db, tree, roundId);
  const r = a.reviewers.find((x) => x.userId === user.id);
  if (!r) throw forbidden('Bạn không phải thành viên chấm của đợt xét này.');
  const item = a.items.find((i) => i.initiativeId === initiativeId);
  if (!item || !a.assigned(r, item)) throw notFound('sáng kiến trong danh sách chấm của bạn');
  const refusal = scoringRefusal(round, round.phase, todayVn(clockOf(deps)));
  if (refusal) throw new AppError(409, 'scoring_closed', `${refusal}.`);
  const cause = a.recusal(r, item);
  if (cause) throw forbidden(`Bạn không chấm sáng kiến này: ${recusalText(cause, round.phase).toLowerCase()}.`);
  let scores: Record<string, number> = {};
  let total: number | null = null;
  if (input.action === 'score') {
    const errors = scoreErrors(round.rubric, input.scores);
    if (errors.length)
      throw badRequest(
        'invalid_scores',
        `Chưa lưu được phiếu chấm: ${errors.map((e) => e.message).join('; ')}.`,
        errors,
      );
    scores = input.scores;
    total = weightedScore(round.rubric, scores);
  }
  const status: Sheet['status'] =
    input.action === 'score' ? 'scored' : input.action === 'abstain' ? 'abstained' : 'recused';
  const before = a.sheetOf(r, item);
  const row = {
    round_id: roundId,
    initiative_id: initiativeId,
    reviewer_id: r.id,
    status,
    scores: JSON.stringify(scores),
    total,
    comment: input.action === 'recuse' ? '' : input.comment,
    reason: input.action === 'recuse' ? input.reason : '',
    updated_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('initiative_reviews')
      .where('round_id', '=', roundId)
      .where('initiative_id', '=', initiativeId)
      .where('reviewer_id', '=', r.id)
      .execute();
    await trx.insertInto('initiative_reviews').values(row).execute();
    await appendAudit(trx, actor, `initiative_review.${status}`, 'initiative_round', roundId, before, {
      initiativeId,
      status,
      scores,
      total,
    });
  });
  // The saved sheet replaces the loaded one: the answer's aggregates include it without reloading the round.
  const saved: Sheet = {
    initiativeId,
    reviewerId: r.id,
    status,
    scores,
    total,
    comment: row.comment,
    reason: row.reason,
    updatedAt: row.updated_at,
  };
  a.sheets.splice(before ? a.sheets.indexOf(before) : a.sheets.length, before ? 1 : 0, saved);
  const [view] = await queueItems(deps, tree, round, a, r.id, initiativeId);
  return view!;
}
