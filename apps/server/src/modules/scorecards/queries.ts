import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ScorecardItemView } from '@thidua/contracts';
import { templateMax, type TemplateItem } from '@thidua/domain';
import { num } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { ScorecardMemberTable, ScorecardScoreTable, ScorecardTable } from '../../db/schema-scorecards.ts';
import { notFound } from '../../platform/errors.ts';
import { treeOf } from '../scorecardTemplates/tree.ts';

export type Executor = Kysely<Database> | Transaction<Database>;
export type CycleRow = Selectable<ScorecardTable>;
export type MemberRow = Selectable<ScorecardMemberTable>;
export type ScoreRow = Selectable<ScorecardScoreTable>;

/** Points are stored as `real` (single precision on PostgreSQL): read back at the two decimals allowed. */
export const pts = (v: unknown): number | null =>
  v === null || v === undefined ? null : Math.round(num(v) * 100) / 100;

export async function cycleRow(db: Executor, id: string): Promise<CycleRow> {
  const row = await db.selectFrom('scorecards').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('kỳ chấm điểm');
  return { ...row, version: num(row.version), year: num(row.year) };
}

const memberOf = (r: MemberRow): MemberRow => ({
  ...r,
  version: num(r.version),
  position: num(r.position),
  rank: r.rank === null ? null : num(r.rank),
  explanation_used: num(r.explanation_used),
  self_total: pts(r.self_total),
  appraised_total: pts(r.appraised_total),
  survey_score: pts(r.survey_score),
  final_total: pts(r.final_total),
});

export async function memberRows(db: Executor, scorecardId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('scorecard_members')
    .selectAll()
    .where('scorecard_id', '=', scorecardId)
    .orderBy('position')
    .execute();
  return rows.map(memberOf);
}

/** A member of this cycle; one of another cycle is not found (the URL names both). */
export async function memberRow(db: Executor, scorecardId: string, memberId: string): Promise<MemberRow> {
  const row = await db
    .selectFrom('scorecard_members')
    .selectAll()
    .where('id', '=', memberId)
    .where('scorecard_id', '=', scorecardId)
    .executeTakeFirst();
  if (!row) throw notFound('bản chấm điểm của thành viên');
  return memberOf(row);
}

export async function scoreRows(db: Executor, memberIds: readonly string[]): Promise<ScoreRow[]> {
  if (!memberIds.length) return [];
  const rows = await db
    .selectFrom('scorecard_scores')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .execute();
  return rows.map((r) => ({ ...r, self_points: pts(r.self_points), appraised_points: pts(r.appraised_points) }));
}

export interface Template {
  id: string;
  name: string;
  blocId: string | null;
  bonusCap: number;
  penaltyCap: number;
  views: ScorecardItemView[];
  items: TemplateItem[];
  leaves: TemplateItem[];
  byId: Map<string, TemplateItem>;
  max: number;
}

const leavesOf = (items: readonly TemplateItem[]): TemplateItem[] =>
  items.flatMap((i) => (i.children.length ? leavesOf(i.children) : [i]));
const isLeafItem = (i: TemplateItem) => !i.children.length;
export const isExtra = (i: TemplateItem) => i.kind === 'bonus' || i.kind === 'penalty';

/** A cycle's template: its tree (as shown and as the arithmetic takes it), caps and maximum. */
/** Why an agency outside the department scores a computed criterion by hand (shown with the criterion's guidance). */
export const OUTSIDE_NOTE =
  'Cơ quan ngoài Sở: hệ thống không có số liệu của cơ quan này, tiêu chí chấm tay theo tài liệu kiểm chứng.';

/**
 * A cycle's template; as `member` sees it when given: a member outside the department (no organisation here) has
 * none of its figures in this product, so its computed criteria are scored by hand like the others — counting
 * the department's own data for it would score another agency with ours.
 */
export async function templateOf(
  db: Executor,
  templateId: string,
  member?: { org_id: string | null },
): Promise<Template> {
  const t = await db.selectFrom('scorecard_templates').selectAll().where('id', '=', templateId).executeTakeFirst();
  if (!t) throw notFound('bảng điểm');
  const stored = await db.selectFrom('scorecard_items').selectAll().where('template_id', '=', templateId).execute();
  const outside = member !== undefined && member.org_id === null;
  const rows = outside
    ? stored.map((r) =>
        r.method === 'computed'
          ? { ...r, method: 'manual', source: null, scoring: null, guidance: `${r.guidance}\n${OUTSIDE_NOTE}`.trim() }
          : r,
      )
    : stored;
  const views = treeOf(rows);
  const items = views as unknown as TemplateItem[];
  const leaves = leavesOf(items).filter(isLeafItem);
  const byId = new Map<string, TemplateItem>();
  const index = (list: readonly TemplateItem[]) =>
    list.forEach((i) => {
      byId.set(i.id, i);
      index(i.children);
    });
  index(items);
  return {
    id: t.id,
    name: t.name,
    blocId: t.bloc_id,
    bonusCap: pts(t.bonus_cap) ?? 0,
    penaltyCap: pts(t.penalty_cap) ?? 0,
    views,
    items,
    leaves,
    byId,
    max: templateMax(items),
  };
}

export const capsOf = (t: Template) => ({ bonusCap: t.bonusCap, penaltyCap: t.penaltyCap });

/** The bloc (id and name) a cycle's bloc year belongs to. */
export async function blocOf(db: Executor, blocYearId: string | null): Promise<{ id: string; name: string } | null> {
  if (!blocYearId) return null;
  const row = await db
    .selectFrom('bloc_years')
    .innerJoin('blocs', 'blocs.id', 'bloc_years.bloc_id')
    .select(['blocs.id', 'blocs.name'])
    .where('bloc_years.id', '=', blocYearId)
    .executeTakeFirst();
  return row ?? null;
}

/** The step data of the cycle's last ranking (the tie-break applied, which key decided each member). */
export async function lastRanking(
  db: Executor,
  scorecardId: string,
): Promise<{ tieBreak: string[]; decidedBy: Record<string, string | null> }> {
  const row = await db
    .selectFrom('transitions')
    .select('data')
    .where('entity_type', '=', 'scorecard')
    .where('entity_id', '=', scorecardId)
    .where('action', '=', 'rank')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  const data = row ? (JSON.parse(row.data) as { tieBreak?: string[]; decidedBy?: Record<string, string | null> }) : {};
  return { tieBreak: data.tieBreak ?? [], decidedBy: data.decidedBy ?? {} };
}
