import {
  DEFAULT_SCORECARDS,
  classify,
  rankMembers,
  searchKey,
  sheetTotals,
  type ScorecardStatus,
  type SheetStatus,
  type SourceFigure,
} from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { InsertedTemplate } from './scorecards.ts';
import { ACTOR, writeSteps, type Db } from './steps.ts';

/** Scoring cycles (docs/scorecards.md) with their member sheets put straight into a given state. */

export interface ScorecardMemberSpec {
  name?: string;
  orgId?: string | null;
  /** Default: what the cycle's status implies (open → self_assessment, appraisal → submitted, later → final). */
  status?: SheetStatus;
  /** Self points by item code; other leaves get `selfShare` of their maximum (bonus and penalty 0). */
  self?: Record<string, number>;
  /** Default 1 for the first member, then 0.05 less for each next one. */
  selfShare?: number;
  /** Reduced appraisals by item code (the reason is a fixed sentence); the others are accepted. */
  reduced?: Record<string, number>;
  /** The frozen figure of a computed item, by code. */
  figures?: Record<string, SourceFigure>;
  surveyScore?: number | null;
}

const SHEET_PATH: Record<SheetStatus, { action: string; to: SheetStatus }[]> = {
  self_assessment: [],
  submitted: [{ action: 'submit', to: 'submitted' }],
  explanation: [
    { action: 'submit', to: 'submitted' },
    { action: 'request_explanation', to: 'explanation' },
  ],
  explained: [
    { action: 'submit', to: 'submitted' },
    { action: 'request_explanation', to: 'explanation' },
    { action: 'explain', to: 'explained' },
  ],
  appraised: [
    { action: 'submit', to: 'submitted' },
    { action: 'appraise', to: 'appraised' },
  ],
  final: [
    { action: 'submit', to: 'submitted' },
    { action: 'appraise', to: 'appraised' },
    { action: 'finalise', to: 'final' },
  ],
};
const CYCLE_PATH: Record<ScorecardStatus, { action: string; to: ScorecardStatus }[]> = {
  open: [],
  appraisal: [{ action: 'close_self', to: 'appraisal' }],
  ranked: [
    { action: 'close_self', to: 'appraisal' },
    { action: 'rank', to: 'ranked' },
  ],
  published: [
    { action: 'close_self', to: 'appraisal' },
    { action: 'rank', to: 'ranked' },
    { action: 'publish', to: 'published' },
  ],
};
const DEFAULT_SHEET: Record<ScorecardStatus, SheetStatus> = {
  open: 'self_assessment',
  appraisal: 'submitted',
  ranked: 'final',
  published: 'final',
};
const REDUCED_REASON = 'Tài liệu kiểm chứng chưa đầy đủ';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A scoring cycle of `template` at `status` with one sheet per member, each with a score row on every leaf and
 * the steps both have taken. Submitted sheets carry self points (and their self total); appraised ones the
 * appraisal; a ranked or published cycle the final totals, ranks (default tie-break) and classifications.
 * A bloc template's cycle gets the bloc year (created with these members when missing).
 */
export async function insertScorecard(
  k: Db,
  opts: {
    template: InsertedTemplate;
    status: ScorecardStatus;
    members: ScorecardMemberSpec[];
    name?: string;
    publishedOn?: string;
  },
): Promise<{ id: string; version: number; memberIds: string[]; scoreIds: Record<string, Record<string, string>> }> {
  const t = opts.template;
  const now = nowIso();
  const start = Date.parse(now) - 3_600_000;
  const members = opts.members.map((m, i) => ({
    ...m,
    id: newId(),
    name: m.name ?? `Đơn vị thành viên ${i + 1}`,
    orgId: m.orgId ?? null,
    status: m.status ?? DEFAULT_SHEET[opts.status],
    share: m.selfShare ?? Math.max(0, 1 - 0.05 * i),
  }));
  let blocYearId: string | null = null;
  if (t.kind === 'bloc' && t.blocId) {
    const found = await k
      .selectFrom('bloc_years')
      .select('id')
      .where('bloc_id', '=', t.blocId)
      .where('year', '=', t.year)
      .executeTakeFirst();
    blocYearId = found?.id ?? newId();
    if (!found) {
      await k
        .insertInto('bloc_years')
        .values({
          id: blocYearId,
          bloc_id: t.blocId,
          year: t.year,
          covenant_signed_on: null,
          covenant_number: '',
          covenant_content: '',
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await k
        .insertInto('bloc_members')
        .values(
          members.map((m, position) => ({
            bloc_year_id: blocYearId!,
            position,
            org_id: m.orgId,
            name: m.name,
            role: 'member',
          })),
        )
        .execute();
    }
  }
  await k.updateTable('scorecard_templates').set({ status: 'frozen' }).where('id', '=', t.id).execute();

  const id = newId();
  const name = opts.name ?? `Chấm điểm ${t.kind === 'par' ? 'chỉ số CCHC' : 'khối thi đua'} năm ${t.year}`;
  const cycleSteps = CYCLE_PATH[opts.status];
  await k
    .insertInto('scorecards')
    .values({
      id,
      template_id: t.id,
      kind: t.kind,
      bloc_year_id: blocYearId,
      year: t.year,
      name,
      search_key: searchKey(name),
      status: opts.status,
      self_due: null,
      appraisal_due: null,
      published_on: opts.status === 'published' ? (opts.publishedOn ?? now.slice(0, 10)) : null,
      decision_number: '',
      decision_date: null,
      decision_signer: '',
      note: '',
      created_at: now,
      updated_at: now,
      version: cycleSteps.length + 1,
    })
    .execute();
  await writeSteps(k, 'scorecard', id, cycleSteps, new Date(start).toISOString(), 'open');

  const caps = { bonusCap: t.bonusCap, penaltyCap: t.penaltyCap };
  const scoreIds: Record<string, Record<string, string>> = {};
  const ranked: { id: string; total: number; fields: number[]; penalty: number; selfTotal: number | null }[] = [];
  const totals = new Map<string, { self: number | null; appraised: number | null; final: number | null }>();
  for (const [position, m] of members.entries()) {
    const steps = SHEET_PATH[m.status];
    const scored = m.status !== 'self_assessment';
    const appraised = m.status === 'appraised' || m.status === 'final';
    const self = new Map<string, number | null>();
    const after = new Map<string, number | null>();
    scoreIds[m.id] = {};
    const rows = t.leaves.map((leaf) => {
      const extra = leaf.kind === 'bonus' || leaf.kind === 'penalty';
      const points = scored ? (m.self?.[leaf.code] ?? (extra ? 0 : round2(leaf.maxPoints * m.share))) : null;
      const reduced = appraised ? m.reduced?.[leaf.code] : undefined;
      self.set(leaf.id, points);
      after.set(leaf.id, appraised ? (reduced ?? points) : null);
      const scoreId = newId();
      scoreIds[m.id]![leaf.code] = scoreId;
      return {
        id: scoreId,
        member_id: m.id,
        item_id: leaf.id,
        self_points: points,
        self_note: '',
        figure: scored && m.figures?.[leaf.code] ? JSON.stringify(m.figures[leaf.code]) : null,
        appraisal: appraised ? (reduced !== undefined ? 'reduced' : 'accepted') : null,
        appraised_points: appraised ? (reduced ?? points) : null,
        appraisal_reason: reduced !== undefined ? REDUCED_REASON : '',
        explanation: m.status === 'explained' ? 'Đơn vị đã bổ sung tài liệu.' : '',
        updated_at: now,
        updated_by: ACTOR.name,
      };
    });
    const selfTotals = scored ? sheetTotals(t.items, self, caps) : null;
    const appraisedTotals = appraised ? sheetTotals(t.items, after, caps) : null;
    const survey = m.surveyScore ?? null;
    const final =
      m.status === 'final' && appraisedTotals
        ? round2(appraisedTotals.total + (t.kind === 'par' ? (survey ?? 0) : 0))
        : null;
    totals.set(m.id, { self: selfTotals?.total ?? null, appraised: appraisedTotals?.total ?? null, final });
    if (final !== null && appraisedTotals)
      ranked.push({
        id: m.id,
        total: final,
        fields: appraisedTotals.byField.map((f) => f.points ?? 0),
        penalty: appraisedTotals.penalty,
        selfTotal: selfTotals?.total ?? null,
      });
    await k
      .insertInto('scorecard_members')
      .values({
        id: m.id,
        scorecard_id: id,
        org_id: m.orgId,
        name: m.name,
        position,
        status: m.status,
        submitted_at: scored ? now : null,
        self_total: selfTotals?.total ?? null,
        appraised_total: appraisedTotals?.total ?? null,
        survey_score: survey,
        final_total: final,
        rank: null,
        classification: '',
        explanation_used: ['explanation', 'explained'].includes(m.status) ? 1 : 0,
        created_at: now,
        updated_at: now,
        version: steps.length + 1,
      })
      .execute();
    if (rows.length) await k.insertInto('scorecard_scores').values(rows).execute();
    await writeSteps(k, 'scorecard_member', m.id, steps, new Date(start).toISOString(), 'self_assessment');
  }
  if (opts.status === 'ranked' || opts.status === 'published') {
    const max = t.items.filter((i) => i.kind !== 'bonus' && i.kind !== 'penalty').reduce((s, i) => s + i.maxPoints, 0);
    for (const r of rankMembers(ranked, DEFAULT_SCORECARDS.tieBreak)) {
      const final = totals.get(r.id)!.final!;
      await k
        .updateTable('scorecard_members')
        .set({ rank: r.rank, classification: classify(final, max, DEFAULT_SCORECARDS.bands) })
        .where('id', '=', r.id)
        .execute();
    }
  }
  return { id, version: cycleSteps.length + 1, memberIds: members.map((m) => m.id), scoreIds };
}
