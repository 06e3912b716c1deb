import {
  ANONYMOUS_RECUSAL,
  DEFAULT_PHASES,
  DEFAULT_RUBRIC,
  RECUSAL_LABELS,
  aggregate,
  autoRecusal,
  type RecusalCause,
  type RoundPhase,
  type RoundStatus,
  type RubricCriterion,
} from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { InitiativeRoundTable } from '../../db/schema-initiatives.ts';
import { notFound } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

export interface Round {
  id: string;
  title: string;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
  phases: RoundPhase[];
  currentPhase: number;
  phase: RoundPhase;
  rubric: RubricCriterion[];
  contestedStdev: number;
  version: number;
}

export function toRound(r: InitiativeRoundTable): Round {
  const phases = (JSON.parse(r.phases) as RoundPhase[]) ?? [...DEFAULT_PHASES];
  const current = Number(r.current_phase);
  return {
    id: r.id,
    title: r.title,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: r.status as RoundStatus,
    phases,
    currentPhase: current,
    phase: phases[current] ?? phases[0]!,
    rubric: (JSON.parse(r.rubric) as RubricCriterion[]) ?? [...DEFAULT_RUBRIC],
    contestedStdev: Number(r.contested_stdev),
    version: Number(r.version),
  };
}

export async function roundOf(db: Kysely<Database>, id: string): Promise<Round> {
  const r = await db.selectFrom('initiative_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('đợt xét sáng kiến');
  return toRound(r);
}

export interface Item {
  initiativeId: string;
  title: string;
  kind: string;
  field: string;
  orgId: string;
  outcome: string;
  position: number;
  authorIds: string[];
}
export interface Reviewer {
  id: string;
  userId: string;
  name: string;
  personId: string | null;
  orgId: string;
  fields: string[];
  initiativeIds: string[];
  /** Every unit he belongs to: his seat, his person's unit, and the units of his account's roles. */
  orgIds: string[];
}
export interface Sheet {
  initiativeId: string;
  reviewerId: string;
  status: 'scored' | 'abstained' | 'recused';
  scores: Record<string, number>;
  total: number | null;
  comment: string;
  reason: string;
  updatedAt: string;
}

/** Everything about a round's assignment: items, reviewers, sheets, and who is recused from what. */
export async function assignmentOf(db: Kysely<Database>, tree: OrgTree, roundId: string) {
  const items: Item[] = (
    await db
      .selectFrom('initiative_round_items as ri')
      .innerJoin('initiatives as i', 'i.id', 'ri.initiative_id')
      .select(['ri.initiative_id', 'ri.outcome', 'ri.position', 'i.title', 'i.kind', 'i.field', 'i.org_id'])
      .where('ri.round_id', '=', roundId)
      .orderBy('ri.position')
      .execute()
  ).map((r) => ({
    initiativeId: r.initiative_id,
    title: r.title,
    kind: r.kind,
    field: r.field,
    orgId: r.org_id,
    outcome: r.outcome,
    position: Number(r.position),
    authorIds: [],
  }));
  const ids = items.map((i) => i.initiativeId);
  const authors = ids.length
    ? await db
        .selectFrom('initiative_authors as a')
        .innerJoin('people as p', 'p.id', 'a.person_id')
        .select(['a.initiative_id', 'a.person_id', 'p.org_id'])
        .where('a.initiative_id', 'in', ids)
        .execute()
    : [];
  const authorOrgs = new Map<string, string[]>();
  for (const a of authors) {
    items.find((i) => i.initiativeId === a.initiative_id)?.authorIds.push(a.person_id);
    authorOrgs.set(a.initiative_id, [...(authorOrgs.get(a.initiative_id) ?? []), a.org_id]);
  }
  const rows = await db
    .selectFrom('initiative_reviewers as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.user_id',
      'r.person_id',
      'r.org_id',
      'r.fields',
      'r.initiative_ids',
      'u.display_name',
      'p.org_id as person_org',
    ])
    .where('r.round_id', '=', roundId)
    .orderBy('u.display_name')
    .execute();
  const grants = rows.length
    ? await db
        .selectFrom('role_grants')
        .select(['user_id', 'org_id'])
        .where(
          'user_id',
          'in',
          rows.map((r) => r.user_id),
        )
        .execute()
    : [];
  const reviewers: Reviewer[] = rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.display_name,
    personId: r.person_id,
    orgId: r.org_id,
    fields: JSON.parse(r.fields) as string[],
    initiativeIds: JSON.parse(r.initiative_ids) as string[],
    orgIds: [
      r.org_id,
      ...(r.person_org ? [r.person_org] : []),
      ...grants.filter((g) => g.user_id === r.user_id).map((g) => g.org_id),
    ],
  }));
  const sheets: Sheet[] = (
    await db.selectFrom('initiative_reviews').selectAll().where('round_id', '=', roundId).execute()
  ).map((s) => ({
    initiativeId: s.initiative_id,
    reviewerId: s.reviewer_id,
    status: s.status as Sheet['status'],
    scores: JSON.parse(s.scores) as Record<string, number>,
    total: s.total === null ? null : Number(s.total),
    comment: s.comment,
    reason: s.reason,
    updatedAt: s.updated_at,
  }));
  const roots = new Set(tree.roots());
  const recusal = (r: Reviewer, i: Item): RecusalCause | null =>
    autoRecusal(
      { personId: r.personId, orgIds: r.orgIds },
      { authorIds: i.authorIds, orgIds: [i.orgId, ...(authorOrgs.get(i.initiativeId) ?? [])] },
      (o, a) => tree.has(o) && tree.has(a) && tree.isWithin(o, a),
      (o) => roots.has(o),
    );
  const assigned = (r: Reviewer, i: Item) =>
    (!r.fields.length && !r.initiativeIds.length) ||
    r.fields.includes(i.field) ||
    r.initiativeIds.includes(i.initiativeId);
  const sheetOf = (r: Reviewer, i: Item) =>
    sheets.find((s) => s.reviewerId === r.id && s.initiativeId === i.initiativeId) ?? null;
  /** Weighted totals of the sheets that scored the item: what the aggregates are made of. */
  const totals = (i: Item) =>
    sheets.filter((s) => s.initiativeId === i.initiativeId && s.status === 'scored').map((s) => s.total ?? 0);
  return { items, reviewers, sheets, recusal, assigned, sheetOf, totals };
}
export type Assignment = Awaited<ReturnType<typeof assignmentOf>>;

/** Sheets done and expected: each assigned, not auto-recused pair expects one. */
export function progress(a: Assignment): { done: number; expected: number } {
  let done = 0;
  let expected = 0;
  for (const r of a.reviewers)
    for (const i of a.items)
      if (a.assigned(r, i) && !a.recusal(r, i)) {
        expected++;
        if (a.sheetOf(r, i)) done++;
      }
  return { done, expected };
}

export const aggregateOf = (a: Assignment, i: Item, contestedStdev: number) => aggregate(a.totals(i), contestedStdev);

/** What a reviewer is told about his own recusal: the cause would reveal the unit while authors are hidden. */
export const recusalText = (cause: RecusalCause, phase: RoundPhase) =>
  phase.seeAuthors ? RECUSAL_LABELS[cause] : ANONYMOUS_RECUSAL;
