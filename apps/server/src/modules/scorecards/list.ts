import type { z } from 'zod';
import type { ScorecardList, ScorecardSummary, ScorecardsQuery } from '@thidua/contracts';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { ScorecardStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';
import { listReach } from './policy.ts';
import { pts, type Executor } from './queries.ts';

type Query = z.output<typeof ScorecardsQuery>;
type Summary = z.infer<typeof ScorecardSummary>;

/** The cycles with their bloc and template and their sheets counted (subqueries, so the count reads cycles alone). */
export function cyclesQuery(db: Executor) {
  return db
    .selectFrom('scorecards as s')
    .leftJoin('bloc_years as by', 'by.id', 's.bloc_year_id')
    .leftJoin('blocs as b', 'b.id', 'by.bloc_id')
    .select((eb) => [
      's.id',
      's.kind',
      's.year',
      's.name',
      's.status',
      's.template_id',
      's.self_due',
      's.appraisal_due',
      's.published_on',
      'b.id as bloc_id',
      'b.name as bloc_name',
      eb
        .selectFrom('scorecard_members as m')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('m.scorecard_id', '=', 's.id')
        .as('member_count'),
      eb
        .selectFrom('scorecard_members as m')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('m.scorecard_id', '=', 's.id')
        .where('m.status', '<>', 'self_assessment')
        .as('submitted_count'),
    ]);
}

type Base = ReturnType<typeof cyclesQuery>;
type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;
type P = Parts<Base>;
export type CycleListRow = P['o'];

export const cycleList = defineList<P['db'], P['tb'], P['o'], Query>({
  sorts: { year: ['s.year'], name: ['s.search_key'], status: ['s.status'] },
  tieBreaker: 's.id',
  search: ['s.search_key'],
  filters: {
    kind: (q, v) => q.where('s.kind', '=', v),
    year: (q, v) => q.where('s.year', '=', v),
    blocId: (q, v) => q.where('by.bloc_id', '=', v),
    status: (q, v) => q.where('s.status', '=', v),
  },
});

/** The leading member of each ranked cycle. */
async function leaders(db: Executor, ids: string[]): Promise<Map<string, Summary['leader']>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('scorecard_members')
    .select(['id', 'scorecard_id', 'name', 'final_total', 'position'])
    .where('scorecard_id', 'in', ids)
    .where('rank', '=', 1)
    .orderBy('position')
    .execute();
  const out = new Map<string, Summary['leader']>();
  for (const r of rows)
    if (!out.has(r.scorecard_id))
      out.set(r.scorecard_id, { memberId: r.id, name: r.name, total: pts(r.final_total) ?? 0 });
  return out;
}

/** Cycle rows as summaries; the leader only once ranked. */
export async function summaries(db: Executor, rows: readonly CycleListRow[]): Promise<Summary[]> {
  const lead = await leaders(
    db,
    rows.filter((r) => r.status === 'ranked' || r.status === 'published').map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    year: Number(r.year),
    name: r.name,
    status: r.status as ScorecardStatus,
    blocId: r.bloc_id ?? null,
    blocName: r.bloc_name ?? null,
    templateId: r.template_id,
    memberCount: Number(r.member_count ?? 0),
    submittedCount: Number(r.submitted_count ?? 0),
    selfDue: r.self_due,
    appraisalDue: r.appraisal_due,
    publishedOn: r.published_on,
    leader: lead.get(r.id) ?? null,
  }));
}

/** The cycles the user may see: all for the office and leaders; else published ones and those of his units. */
export async function visibleCycles(deps: Deps, user: RequestUser) {
  const base = cyclesQuery(deps.db.kysely);
  const reach = listReach(user, await deps.tree.fresh());
  if (!reach) return base;
  return base.where((eb) =>
    eb.or([
      eb('s.status', '=', 'published'),
      eb.exists(
        eb
          .selectFrom('scorecard_members as own')
          .select('own.id')
          .whereRef('own.scorecard_id', '=', 's.id')
          .where('own.org_id', 'in', reach.orgIds),
      ),
    ]),
  );
}

/** `GET /scorecards`: one page of the cycles the user may see. */
export async function listScorecards(deps: Deps, user: RequestUser, q: Query): Promise<z.infer<typeof ScorecardList>> {
  const page = await cycleList.page(await visibleCycles(deps, user), q);
  return { ...page, items: await summaries(deps.db.kysely, page.items) };
}
