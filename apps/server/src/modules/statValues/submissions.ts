import type { z } from 'zod';
import type { StatSubmissionList, StatSubmissionsQuery } from '@thidua/contracts';
import { sql, type SelectQueryBuilder } from 'kysely';
import { hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import { dayVn, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { dueDateOf, periodInfo, type PeriodInfo } from './period.ts';
import { PLANNERS } from './policy.ts';
import { datasetRow, gridCells, gridIndicators, type Executor, type GridIndicator } from './queries.ts';

type Query = z.output<typeof StatSubmissionsQuery>;

/**
 * The units of a data set valid in the period, each with its submission (none yet reads as open) and the number
 * of its grid's cells holding a value (a subquery, so the count of the list reads the units alone).
 */
export function completenessQuery(db: Executor, datasetId: string, period: PeriodInfo, indicators: GridIndicator[]) {
  // A grid's cells: a disaggregated indicator's options (its total is their sum), another's one value.
  const plain = indicators.filter((i) => !i.options.length).map((i) => i.id);
  const split = indicators.filter((i) => i.options.length).map((i) => i.id);
  return db
    .selectFrom('stat_dataset_units as du')
    .innerJoin('stat_units as u', 'u.id', 'du.unit_id')
    .leftJoin('stat_submissions as s', (j) =>
      j.onRef('s.unit_id', '=', 'u.id').on('s.dataset_id', '=', datasetId).on('s.period', '=', period.id),
    )
    .select((eb) => [
      'u.id as unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
      'u.org_id as org_id',
      's.id as submission_id',
      's.status',
      's.version',
      's.submitted_at',
      eb
        .selectFrom('stat_values as v')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('v.unit_id', '=', 'u.id')
        .where('v.period', '=', period.id)
        .where((w) =>
          w.or([
            w.and([w('v.indicator_id', 'in', plain.length ? plain : ['']), w('v.category', '=', '')]),
            w.and([w('v.indicator_id', 'in', split.length ? split : ['']), w('v.category', '<>', '')]),
          ]),
        )
        .where('v.value', 'is not', null)
        .as('present'),
    ])
    .where('du.dataset_id', '=', datasetId)
    .where('u.valid_from', '<=', period.to)
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', period.from)]));
}

type Base = ReturnType<typeof completenessQuery>;
type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;
type P = Parts<Base>;

const list = defineList<P['db'], P['tb'], P['o'], Query>({
  sorts: {
    unit: ['u.code'],
    status: [sql`coalesce(s.status, 'open')`],
    present: [sql`present`],
  },
  tieBreaker: 'u.id',
  search: ['u.search_key'],
  filters: {
    status: (q, status) =>
      status === 'open'
        ? q.where((eb) => eb.or([eb('s.status', 'is', null), eb('s.status', '=', 'open')]))
        : q.where('s.status', '=', status),
  },
});

/**
 * Late: submitted after the due date, or still open (never submitted, or returned) with the due date passed by
 * `today`. The one rule the submissions list and the scorecards' "submitted on time" share.
 */
export function isLate(status: string, submittedAt: string | null, dueDate: string | null, today: string): boolean {
  const on = status !== 'open' && submittedAt ? dayVn(submittedAt) : today;
  return dueDate !== null && on > dueDate;
}

type Row = P['o'];
type Item = z.infer<typeof StatSubmissionList>['items'][number];

/**
 * `mine`: the units the user enters for (`canEnterFor`): every one for the planning division, else those whose
 * organisation lies in a reporter's subtree. It needs the user and the tree, so it narrows the base query.
 */
async function mineOnly(deps: Deps, user: RequestUser, base: Base): Promise<Base> {
  if (hasAnyRole(user, PLANNERS)) return base;
  const scope = scopeOf(user, ['stat_reporter'], await deps.tree.fresh());
  return scope === 'all' ? base.where('u.org_id', 'is not', null) : base.where('u.org_id', 'in', [...scope]);
}

/** What a view of the submissions needs besides its rows: the data set, the period, the cells due and the due date. */
async function viewOf(deps: Deps, user: RequestUser, q: Omit<Query, 'page' | 'pageSize'>) {
  const db = deps.db.kysely;
  const dataset = await datasetRow(db, q.dataset);
  const period = periodInfo(q.period, dataset.period_type);
  const indicators = await gridIndicators(db, dataset.id);
  const expected = gridCells(indicators).length;
  const calendar = await loadWorkCalendar(db, period.year, period.year + 1);
  const dueDate = dueDateOf(period, Number(dataset.due_day), calendar);
  const today = todayVn(clockOf(deps));
  const item = (r: Row): Item => {
    const status = r.status ?? 'open';
    return {
      id: r.submission_id ?? null,
      unitId: r.unit_id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      period: period.id,
      status,
      version: r.version === null || r.version === undefined ? null : Number(r.version),
      present: Number(r.present ?? 0),
      expected,
      dueDate,
      late: isLate(status, r.submitted_at ?? null, dueDate, today),
      submittedAt: r.submitted_at ?? null,
    };
  };
  const all = completenessQuery(db, dataset.id, period, indicators);
  const base = q.mine === 'true' ? await mineOnly(deps, user, all) : all;
  return { dataset, period, dueDate, base, item };
}

/** Completeness of a data set's period per unit: values present / expected, status, due date, late. */
export async function listSubmissions(
  deps: Deps,
  user: RequestUser,
  q: Query,
): Promise<z.infer<typeof StatSubmissionList>> {
  const v = await viewOf(deps, user, q);
  const page = await list.page(v.base, q);
  return { ...page, items: page.items.map(v.item) };
}

/** The whole filtered view of `listSubmissions` for an export (413 above the export limit), with its data set and period. */
export async function allSubmissions(deps: Deps, user: RequestUser, q: Omit<Query, 'page' | 'pageSize'>) {
  const v = await viewOf(deps, user, q);
  const items = (await list.all(v.base, q)).map(v.item);
  return { dataset: v.dataset, period: v.period, dueDate: v.dueDate, items };
}
