import {
  classify,
  rankMembers,
  roundPoints,
  searchKey,
  sheetTotals,
  templateMax,
  type ScorecardKind,
  type ScorecardSettings,
  type SourceFigure,
  type TemplateItem,
} from '@thidua/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Database, TransitionTable } from '../db/schema.ts';
import type { ScorecardItemTable, ScorecardScoreTable } from '../db/schema-scorecards.ts';
import { newId } from '../platform/ids.ts';
import type { ItemSpec } from './scorecardsDemoData.ts';

/** Writes demo templates and scoring cycles straight into their final state, with the steps that state implies. */

export interface Who {
  id: string | null;
  name: string;
}

export interface DemoTemplate {
  id: string;
  kind: ScorecardKind;
  items: TemplateItem[];
  leaves: TemplateItem[];
  caps: { bonusCap: number; penaltyCap: number };
  max: number;
}

const leavesOf = (items: readonly TemplateItem[]): TemplateItem[] =>
  items.flatMap((i) => (i.children.length ? leavesOf(i.children) : [i]));

export async function insertTemplate(
  trx: Transaction<Database>,
  t: {
    kind: ScorecardKind;
    blocId: string | null;
    year: number;
    name: string;
    basis: string;
    caps: { bonusCap: number; penaltyCap: number };
    items: ItemSpec[];
    copiedFromId?: string | null;
    at: string;
  },
): Promise<DemoTemplate> {
  const id = newId();
  await trx
    .insertInto('scorecard_templates')
    .values({
      id,
      kind: t.kind,
      bloc_id: t.blocId,
      scope_key: t.blocId ?? 'par',
      year: t.year,
      name: t.name,
      search_key: searchKey(t.name),
      // A cycle uses each demo template.
      status: 'frozen',
      copied_from_id: t.copiedFromId ?? null,
      bonus_cap: t.caps.bonusCap,
      penalty_cap: t.caps.penaltyCap,
      basis: t.basis,
      created_at: t.at,
      updated_at: t.at,
      version: 2,
    })
    .execute();
  const rows: Insertable<ScorecardItemTable>[] = [];
  const build = (specs: ItemSpec[], parentId: string | null): TemplateItem[] =>
    specs.map((s, position) => {
      const itemId = newId();
      const method = s.source ? 'computed' : 'manual';
      rows.push({
        id: itemId,
        template_id: id,
        parent_id: parentId,
        position,
        code: s.code,
        kind: s.kind,
        name: s.name,
        max_points: s.max,
        guidance: s.guidance ?? '',
        evidence: s.evidence ?? '',
        method,
        source: s.source ?? null,
        scoring: s.scoring ? JSON.stringify(s.scoring) : null,
      });
      return {
        id: itemId,
        code: s.code,
        kind: s.kind,
        name: s.name,
        maxPoints: s.max,
        method,
        source: s.source ?? null,
        scoring: s.scoring ?? null,
        children: build(s.children ?? [], itemId),
      };
    });
  const items = build(t.items, null);
  await trx.insertInto('scorecard_items').values(rows).execute();
  return { id, kind: t.kind, items, leaves: leavesOf(items), caps: t.caps, max: templateMax(items) };
}

/** One member's sheet as scored: self points by code, the appraisers' reductions, an explanation asked once. */
export interface SheetPlan {
  orgId: string | null;
  name: string;
  /** Who self-assessed it (the unit's officer, or the office for an agency outside the department). */
  assessor: Who;
  self: Record<string, number>;
  figures?: Record<string, SourceFigure>;
  reduced?: Record<string, [number, string]>;
  explain?: { code: string; question: string; answer: string };
  survey?: number | null;
  /** The member's head who signs the sheet. */
  signer?: string;
}

export interface CyclePlan {
  template: DemoTemplate;
  blocYearId: string | null;
  year: number;
  name: string;
  office: Who;
  /** ISO instants of each step; `explained` is used by a sheet asked to explain. */
  at: {
    opened: string;
    submitted: string;
    closed: string;
    asked: string;
    explained: string;
    appraised: string;
    ranked: string;
    published: string;
  };
  selfDue: string;
  appraisalDue: string;
  decision?: [number: string, date: string, signer: string];
  note?: string;
  /** The maximum classified against (PAR: the template and the survey). */
  classifyMax?: number;
  /** The tie-break order and classification bands in force (settings). */
  rules: Pick<ScorecardSettings, 'tieBreak' | 'bands'>;
}

export interface SheetResult {
  memberId: string;
  orgId: string | null;
  name: string;
  self: number;
  appraised: number;
  final: number;
  rank: number;
  classification: string;
}

function transitions(
  entityType: string,
  entityId: string,
  steps: [action: string | null, to: string, at: string, who: Who, reason?: string][],
): TransitionTable[] {
  let from: string | null = null;
  return steps.map(([action, to, at, who, reason], i) => {
    const row: TransitionTable = {
      id: newId(),
      entity_type: entityType,
      entity_id: entityId,
      seq: i + 1,
      action,
      from_status: from,
      to_status: to,
      actor_id: who.id,
      actor_name: who.name,
      reason: reason ?? '',
      at,
      data: '{}',
    };
    from = to;
    return row;
  });
}

/**
 * A published cycle: every sheet submitted, appraised (after one explanation where planned) and final; totals
 * by `sheetTotals`, the final score (PAR: appraised + survey), ranks by `rankMembers` with the tie-break order of
 * the settings, classification by `classify` with the settings' bands.
 */
export async function insertPublishedCycle(
  trx: Transaction<Database>,
  plan: CyclePlan,
  sheets: SheetPlan[],
): Promise<{ id: string; results: SheetResult[] }> {
  const t = plan.template;
  const { at, office } = plan;
  const id = newId();
  const cycleSteps = transitions('scorecard', id, [
    [null, 'open', at.opened, office],
    ['close_self', 'appraisal', at.closed, office],
    ['rank', 'ranked', at.ranked, office],
    ['publish', 'published', at.published, office],
  ]);
  await trx
    .insertInto('scorecards')
    .values({
      id,
      template_id: t.id,
      kind: t.kind,
      bloc_year_id: plan.blocYearId,
      year: plan.year,
      name: plan.name,
      search_key: searchKey(plan.name),
      status: 'published',
      self_due: plan.selfDue,
      appraisal_due: plan.appraisalDue,
      published_on: at.published.slice(0, 10),
      decision_number: plan.decision?.[0] ?? '',
      decision_date: plan.decision?.[1] ?? null,
      decision_signer: plan.decision?.[2] ?? '',
      note: plan.note ?? '',
      created_at: at.opened,
      updated_at: at.published,
      version: cycleSteps.length,
    })
    .execute();
  const steps: TransitionTable[] = [...cycleSteps];
  const scores: ScorecardScoreTable[] = [];
  const made: (SheetResult & { fields: number[]; penalty: number })[] = [];
  for (const [position, s] of sheets.entries()) {
    const memberId = newId();
    const self = new Map<string, number | null>();
    const after = new Map<string, number | null>();
    for (const leaf of t.leaves) {
      const p = s.self[leaf.code] ?? 0;
      const reduced = s.reduced?.[leaf.code];
      self.set(leaf.id, p);
      after.set(leaf.id, reduced ? reduced[0] : p);
      const asked = s.explain?.code === leaf.code;
      scores.push({
        id: newId(),
        member_id: memberId,
        item_id: leaf.id,
        self_points: p,
        self_note: '',
        figure: s.figures?.[leaf.code] ? JSON.stringify(s.figures[leaf.code]) : null,
        appraisal: reduced ? 'reduced' : 'accepted',
        appraised_points: reduced ? reduced[0] : p,
        appraisal_reason: reduced ? reduced[1] : asked ? s.explain!.question : '',
        explanation: asked ? s.explain!.answer : '',
        updated_at: asked ? at.appraised : at.submitted,
        updated_by: asked || reduced ? office.name : s.assessor.name,
      });
    }
    const selfTotals = sheetTotals(t.items, self, t.caps);
    const appraised = sheetTotals(t.items, after, t.caps);
    const final = roundPoints(appraised.total + (s.survey ?? 0));
    const sheetSteps = transitions('scorecard_member', memberId, [
      [null, 'self_assessment', at.opened, office],
      ['submit', 'submitted', at.submitted, s.assessor],
      ...(s.explain
        ? ([
            ['request_explanation', 'explanation', at.asked, office, s.explain.question],
            ['explain', 'explained', at.explained, s.assessor],
          ] as const)
        : []),
      ['appraise', 'appraised', at.appraised, office],
      ['finalise', 'final', at.ranked, office],
    ] as [string | null, string, string, Who, string?][]);
    steps.push(...sheetSteps);
    await trx
      .insertInto('scorecard_members')
      .values({
        id: memberId,
        scorecard_id: id,
        org_id: s.orgId,
        name: s.name,
        position,
        status: 'final',
        submitted_at: at.submitted,
        self_total: selfTotals.total,
        appraised_total: appraised.total,
        survey_score: s.survey ?? null,
        final_total: final,
        rank: null,
        classification: '',
        explanation_used: s.explain ? 1 : 0,
        signer_name: s.signer ?? '',
        created_at: at.opened,
        updated_at: at.ranked,
        version: sheetSteps.length,
      })
      .execute();
    made.push({
      memberId,
      orgId: s.orgId,
      name: s.name,
      self: selfTotals.total,
      appraised: appraised.total,
      final,
      rank: 0,
      classification: '',
      fields: appraised.byField.map((b) => b.points ?? 0),
      penalty: appraised.penalty,
    });
  }
  await trx.insertInto('scorecard_scores').values(scores).execute();
  await trx.insertInto('transitions').values(steps).execute();
  const ranks = rankMembers(
    made.map((m) => ({ id: m.memberId, total: m.final, fields: m.fields, penalty: m.penalty, selfTotal: m.self })),
    plan.rules.tieBreak,
  );
  const max = plan.classifyMax ?? t.max;
  for (const r of ranks) {
    const m = made.find((x) => x.memberId === r.id)!;
    m.rank = r.rank;
    m.classification = classify(m.final, max, plan.rules.bands);
    await trx
      .updateTable('scorecard_members')
      .set({ rank: m.rank, classification: m.classification })
      .where('id', '=', m.memberId)
      .execute();
  }
  const results = made.map(({ fields: _f, penalty: _p, ...m }) => m).sort((a, b) => a.rank - b.rank);
  return { id, results };
}

/** A criterion's self points from a share of its maximum, in quarter points (bonus and penalty: 0). */
export function selfPoints(
  leaves: readonly TemplateItem[],
  share: number,
  over: Record<string, number> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const leaf of leaves) {
    const extra = leaf.kind === 'bonus' || leaf.kind === 'penalty';
    out[leaf.code] =
      over[leaf.code] ?? (extra ? 0 : Math.min(leaf.maxPoints, Math.round(leaf.maxPoints * share * 4) / 4));
  }
  return out;
}
