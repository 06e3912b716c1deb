import { type ScoringRule, type SourceFigure, type TemplateItem } from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Deps } from '../../../platform/context.ts';
import { agencyOf, agencySymbol } from '../../../platform/documents/official.ts';
import { notFound } from '../../../platform/errors.ts';

/**
 * What the scorecard documents read: a cycle with its template tree, its member sheets and their scores, read
 * straight from the tables (the documents print what is stored, never recompute a ranking).
 */

type Db = Kysely<Database>;
export interface Cycle {
  id: string;
  kind: 'bloc' | 'par';
  year: number;
  name: string;
  status: string;
  publishedOn: string | null;
  decisionNumber: string;
  decisionDate: string | null;
  decisionSigner: string;
  blocYearId: string | null;
  blocName: string | null;
  /** Who organises the bloc: `province`, `ministry`, `department`… (null for the PAR index). */
  blocOrganiser: string | null;
  bonusCap: number;
  penaltyCap: number;
  basis: string;
  items: TemplateItem[];
}

export interface MemberRow {
  id: string;
  orgId: string | null;
  name: string;
  position: number;
  status: string;
  selfTotal: number | null;
  appraisedTotal: number | null;
  surveyScore: number | null;
  finalTotal: number | null;
  rank: number | null;
  classification: string;
  /** The member's head who signs its sheet ('' when not given). */
  signerName: string;
}

export interface ScoreRow {
  itemId: string;
  selfPoints: number | null;
  selfNote: string;
  figure: SourceFigure | null;
  appraisal: string | null;
  appraisedPoints: number | null;
  appraisalReason: string;
  explanation: string;
}

const toNumber = (v: number | string | null): number | null => (v === null ? null : Number(v));

function buildTree(rows: Database['scorecard_items'][]): TemplateItem[] {
  const nodes = new Map<string, TemplateItem>();
  for (const r of rows)
    nodes.set(r.id, {
      id: r.id,
      code: r.code,
      kind: r.kind as TemplateItem['kind'],
      name: r.name,
      maxPoints: Number(r.max_points),
      method: r.method as TemplateItem['method'],
      source: r.source,
      scoring: r.scoring ? (JSON.parse(r.scoring) as ScoringRule) : null,
      children: [],
    });
  const roots: TemplateItem[] = [];
  for (const r of rows) {
    const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  return roots;
}

/** A cycle with its template's tree; 404 when missing. */
export async function loadCycle(db: Db, id: string): Promise<Cycle> {
  const c = await db
    .selectFrom('scorecards as s')
    .innerJoin('scorecard_templates as t', 't.id', 's.template_id')
    .leftJoin('blocs as b', 'b.id', 't.bloc_id')
    .select([
      's.id',
      's.kind',
      's.year',
      's.name',
      's.status',
      's.published_on',
      's.decision_number',
      's.decision_date',
      's.decision_signer',
      's.bloc_year_id',
      's.template_id',
      't.bonus_cap',
      't.penalty_cap',
      't.basis',
      'b.name as bloc_name',
      'b.organiser as bloc_organiser',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!c) throw notFound('kỳ chấm điểm');
  const items = await db
    .selectFrom('scorecard_items')
    .selectAll()
    .where('template_id', '=', c.template_id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return {
    id: c.id,
    kind: c.kind,
    year: Number(c.year),
    name: c.name,
    status: c.status,
    publishedOn: c.published_on,
    decisionNumber: c.decision_number,
    decisionDate: c.decision_date,
    decisionSigner: c.decision_signer,
    blocYearId: c.bloc_year_id,
    blocName: c.bloc_name,
    blocOrganiser: c.bloc_organiser,
    bonusCap: Number(c.bonus_cap),
    penaltyCap: Number(c.penalty_cap),
    basis: c.basis,
    items: buildTree(items),
  };
}

/** The cycle's member sheets in their ranking order (unranked ones after, in the bloc's order). */
export async function loadMembers(db: Db, scorecardId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('scorecard_members')
    .selectAll()
    .where('scorecard_id', '=', scorecardId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const members = rows.map((m) => ({
    id: m.id,
    orgId: m.org_id,
    name: m.name,
    position: Number(m.position),
    status: m.status,
    selfTotal: toNumber(m.self_total),
    appraisedTotal: toNumber(m.appraised_total),
    surveyScore: toNumber(m.survey_score),
    finalTotal: toNumber(m.final_total),
    rank: m.rank === null ? null : Number(m.rank),
    classification: m.classification,
    signerName: m.signer_name ?? '',
  }));
  return members.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.position - b.position);
}

/** Each member's scores by item id. */
export async function loadScores(db: Db, memberIds: readonly string[]): Promise<Map<string, Map<string, ScoreRow>>> {
  const out = new Map<string, Map<string, ScoreRow>>(memberIds.map((id) => [id, new Map()]));
  if (!memberIds.length) return out;
  const rows = await db.selectFrom('scorecard_scores').selectAll().where('member_id', 'in', memberIds).execute();
  for (const r of rows)
    out.get(r.member_id)!.set(r.item_id, {
      itemId: r.item_id,
      selfPoints: toNumber(r.self_points),
      selfNote: r.self_note,
      figure: r.figure ? (JSON.parse(r.figure) as SourceFigure) : null,
      appraisal: r.appraisal,
      appraisedPoints: toNumber(r.appraised_points),
      appraisalReason: r.appraisal_reason,
      explanation: r.explanation,
    });
  return out;
}

/** The appraised points of a leaf: an accepted score keeps the self points; not yet appraised: none. */
export function appraisedOf(s: ScoreRow | undefined): number | null {
  if (!s?.appraisal) return null;
  return s.appraisedPoints ?? (s.appraisal === 'accepted' ? s.selfPoints : null);
}

export interface Heading {
  parentAgency: string;
  agency: string;
  place: string;
  /** The symbol's agency part ("KTĐ" for a bloc, else the department's initials). */
  symbol: string;
}

/**
 * Who heads the documents: a bloc's under the province ("UBND TỈNH …" over "KHỐI THI ĐUA …"), since the bloc
 * scores, votes and signs; the PAR index's under the department, whose own sheet it is.
 */
export async function headingOf(deps: Deps, cycle: Cycle): Promise<Heading> {
  const tree = await deps.tree.fresh();
  const root = tree.roots()[0];
  const dept = agencyOf(root ? tree.name(root) : 'Sở Công Thương');
  if (cycle.kind === 'bloc' && cycle.blocName)
    return {
      parentAgency: dept.parentAgency,
      agency: cycle.blocName.toLocaleUpperCase('vi'),
      place: dept.place,
      symbol: 'KTĐ',
    };
  return { ...dept, symbol: agencySymbol(dept.agency) };
}

/**
 * Who signs a sheet for the appraisers: for the PAR index the cycle's decision signer (the appraisal council's
 * chair announces it); for a bloc the representative of the bloc's leader (the head given on the leader's own
 * sheet), else the chair of the acclamation meeting, else the decision signer. '' when none is known yet.
 */
export async function appraiserSigner(db: Db, cycle: Cycle, members: readonly MemberRow[]): Promise<string> {
  if (cycle.kind === 'par') return cycle.decisionSigner;
  const leader = cycle.blocYearId
    ? await db
        .selectFrom('bloc_members')
        .select(['org_id', 'name'])
        .where('bloc_year_id', '=', cycle.blocYearId)
        .where('role', '=', 'leader')
        .executeTakeFirst()
    : undefined;
  const own = leader
    ? members.find((m) => (leader.org_id ? m.orgId === leader.org_id : m.name === leader.name))
    : undefined;
  if (own?.signerName) return own.signerName;
  const minutes = await db
    .selectFrom('scorecard_minutes')
    .select('chair')
    .where('scorecard_id', '=', cycle.id)
    .executeTakeFirst();
  return minutes?.chair || cycle.decisionSigner;
}
