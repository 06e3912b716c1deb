import type { z } from 'zod';
import type { ScoreSheetView, ScorecardMemberSummary } from '@thidua/contracts';
import {
  SHEET_WORKFLOW,
  nextStepOf,
  pointsFromFigure,
  sheetTotals,
  type SheetContext,
  type SheetStatus,
  type SourceFigure,
  type TemplateItem,
} from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { listAttachments } from '../../platform/files.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { scorecardSettings } from '../settings/read.ts';
import { canReadSheet, sheetAbilities, sheetActorKinds } from './policy.ts';
import {
  capsOf,
  cycleRow,
  isExtra,
  memberRow,
  scoreRows,
  templateOf,
  type CycleRow,
  type Executor,
  type MemberRow,
  type ScoreRow,
  type Template,
} from './queries.ts';
import { computeFigure } from './sources/index.ts';

type View = z.infer<typeof ScoreSheetView>;
type MemberSummary = z.infer<typeof ScorecardMemberSummary>;

/** What the sheet's guards read: leaves not scored, the explanation used, reductions without reason, answers owed. */
export function sheetContext(
  t: Template,
  m: MemberRow,
  scores: readonly ScoreRow[],
  explanationRounds: number,
): SheetContext {
  const byItem = new Map(scores.map((s) => [s.item_id, s]));
  const code = (s: ScoreRow) => t.byId.get(s.item_id)?.code ?? s.item_id;
  return {
    // Computed items take their points from the figure at submit; bonus and penalty may stay empty (none).
    missing: t.leaves
      .filter((l) => !isExtra(l) && l.method !== 'computed' && byItem.get(l.id)?.self_points == null)
      .map((l) => l.code),
    // The rounds allowed are a setting (scorecards.explanationRounds; the rules say once).
    explanationUsed: m.explanation_used >= explanationRounds,
    unreasoned: scores
      .filter((s) => (s.appraisal === 'reduced' || s.appraisal === 'explain') && !s.appraisal_reason.trim())
      .map(code),
    unexplained: scores.filter((s) => s.appraisal === 'explain' && !s.explanation.trim()).map(code),
  };
}

/** The appraised points of each leaf (accepted or reduced); null while not concluded. */
export const appraisedPoints = (scores: readonly ScoreRow[]) =>
  new Map(
    scores.map((s) => [s.item_id, s.appraisal === 'accepted' || s.appraisal === 'reduced' ? s.appraised_points : null]),
  );
export const selfPoints = (scores: readonly ScoreRow[]) => new Map(scores.map((s) => [s.item_id, s.self_points]));

/** The figure of a computed leaf: frozen in the score once submitted, else counted now. */
export async function figureOf(
  db: Executor,
  now: string,
  cycle: CycleRow,
  m: MemberRow,
  leaf: TemplateItem,
  score: ScoreRow | undefined,
): Promise<SourceFigure | null> {
  if (leaf.method !== 'computed' || !leaf.source) return null;
  if (m.status !== 'self_assessment') return score?.figure ? (JSON.parse(score.figure) as SourceFigure) : null;
  return computeFigure(db as never, leaf.source, { orgId: m.org_id, year: cycle.year, now });
}

export const figurePointsOf = (leaf: TemplateItem, f: SourceFigure | null): number | null =>
  f && leaf.scoring ? pointsFromFigure(leaf.scoring, leaf.maxPoints, f) : null;

export function memberSummary(m: MemberRow, can: { selfAssess: boolean; appraise: boolean }): MemberSummary {
  return {
    id: m.id,
    orgId: m.org_id,
    name: m.name,
    status: m.status as SheetStatus,
    selfTotal: m.self_total,
    appraisedTotal: m.appraised_total,
    surveyScore: m.survey_score,
    finalTotal: m.final_total,
    rank: m.rank,
    classification: m.classification,
    submittedAt: m.submitted_at,
    signerName: m.signer_name ?? '',
    canSelfAssess: can.selfAssess,
    canAppraise: can.appraise,
  };
}

/** The sheet's cycle, member and template, or the 404 a sheet out of the user's sight answers. */
export async function readableSheet(deps: Deps, user: RequestUser, scorecardId: string, memberId: string) {
  const db = deps.db.kysely;
  const cycle = await cycleRow(db, scorecardId);
  const member = await memberRow(db, scorecardId, memberId);
  const tree = await deps.tree.fresh();
  if (!canReadSheet(user, tree, cycle.status, member)) throw notFound('bản chấm điểm của thành viên');
  return { cycle, member, tree };
}

/** One member's sheet: the tree, each score with its figure and evidence, both totals, abilities and history. */
export async function getSheet(deps: Deps, user: RequestUser, scorecardId: string, memberId: string): Promise<View> {
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  return buildSheet(deps, user, tree, cycle, member);
}

async function buildSheet(deps: Deps, user: RequestUser, tree: OrgTree, cycle: CycleRow, m: MemberRow): Promise<View> {
  const db = deps.db.kysely;
  const t = await templateOf(db, cycle.template_id, m);
  const scores = await scoreRows(db, [m.id]);
  const byItem = new Map(scores.map((s) => [s.item_id, s]));
  const evidence = await listAttachments(
    db,
    'scorecard_score',
    scores.map((s) => s.id),
  );
  const now = nowIsoOf(clockOf(deps));
  const self = selfPoints(scores);
  const out: View['scores'] = [];
  for (const leaf of t.leaves) {
    const s = byItem.get(leaf.id);
    const figure = await figureOf(db, now, cycle, m, leaf, s);
    const figurePoints = figurePointsOf(leaf, figure);
    // While the member scores, a computed item's points are its live figure's.
    if (leaf.method === 'computed' && m.status === 'self_assessment') self.set(leaf.id, figurePoints);
    const selfP = self.get(leaf.id) ?? null;
    const appraised = s?.appraisal === 'accepted' || s?.appraisal === 'reduced' ? s.appraised_points : null;
    out.push({
      itemId: leaf.id,
      selfPoints: selfP,
      selfNote: s?.self_note ?? '',
      figure,
      figurePoints,
      appraisal: (s?.appraisal ?? null) as View['scores'][number]['appraisal'],
      appraisedPoints: appraised,
      appraisalReason: s?.appraisal_reason ?? '',
      explanation: s?.explanation ?? '',
      difference: selfP !== null && appraised !== null ? Math.round((appraised - selfP) * 100) / 100 : null,
      evidence: s ? (evidence.get(s.id) ?? []) : [],
    });
  }
  const caps = capsOf(t);
  const anyAppraisal = scores.some((s) => s.appraisal !== null);
  const { explanationRounds } = await scorecardSettings(db);
  const abilities = sheetAbilities(user, tree, cycle.status, m, sheetContext(t, m, scores, explanationRounds));
  const kinds = sheetActorKinds(user, tree, m);
  const n = nextStepOf(SHEET_WORKFLOW, m.status as SheetStatus, {});
  return {
    scorecard: { id: cycle.id, kind: cycle.kind, year: cycle.year, name: cycle.name, status: cycle.status as never },
    member: memberSummary(m, abilities),
    items: t.views,
    bonusCap: t.bonusCap,
    penaltyCap: t.penaltyCap,
    maxTotal: t.max,
    scores: out,
    selfTotals: sheetTotals(t.items, self, caps),
    appraisedTotals: anyAppraisal ? sheetTotals(t.items, appraisedPoints(scores), caps) : null,
    abilities,
    nextStep: n
      ? {
          actor: n.actor,
          text: n.text,
          textEn: n.textEn,
          mine: n.actor !== null && kinds.includes(n.actor as never),
        }
      : null,
    transitionsLog: await listTransitions(db, 'scorecard_member', m.id),
    version: m.version,
  };
}
