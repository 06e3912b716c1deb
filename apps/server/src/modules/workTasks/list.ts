import type { z } from 'zod';
import type { WorkTaskList, WorkTasksQuery } from '@thidua/contracts';
import type { TaskResult } from '@thidua/domain';
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { RequestUser } from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';
import { reportingScope } from '../workProgrammes/policy.ts';
import { summaryNames, taskSummary, type TaskRow } from './taskView.ts';

export type TasksQuery = z.output<typeof WorkTasksQuery>;
type ViewQuery = Omit<TasksQuery, 'page' | 'pageSize'>;

/** The tasks with what their rules read of the origin programme (the shape of `taskRow`). */
function baseQuery(deps: Deps) {
  return deps.db.kysely
    .selectFrom('work_tasks')
    .innerJoin('work_programmes', 'work_programmes.id', 'work_tasks.programme_id')
    .innerJoin('organisations', 'organisations.id', 'work_tasks.org_id')
    .selectAll('work_tasks')
    .select([
      'work_programmes.org_id as programme_org_id',
      'work_programmes.status as programme_status',
      'work_programmes.title as programme_title',
      'work_programmes.amendment as programme_amendment',
    ]);
}
type Base = ReturnType<typeof baseQuery>;
type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;
type P = Parts<Base>;
type Eb = ExpressionBuilder<P['db'], P['tb']>;

const FINISHED = ['done', 'dropped'];

/** Tasks whose result (classifyTask) is `r` on `today`, written in SQL so that paging and counts agree with it. */
function resultIs(eb: Eb, r: TaskResult, today: string) {
  const doneWithDay = eb.and([eb('work_tasks.status', '=', 'done'), eb('work_tasks.completed_on', 'is not', null)]);
  const inTime = eb.and([
    eb('work_tasks.deadline', '>', eb.ref('work_tasks.original_deadline')),
    eb('work_tasks.completed_on', '<=', eb.ref('work_tasks.deadline')),
  ]);
  const byOriginal = eb('work_tasks.completed_on', '<=', eb.ref('work_tasks.original_deadline'));
  const unfinished = eb.and([eb('work_tasks.status', '<>', 'dropped'), eb.not(doneWithDay)]);
  switch (r) {
    case 'dropped':
      return eb('work_tasks.status', '=', 'dropped');
    case 'on_time':
      return eb.and([doneWithDay, byOriginal]);
    case 'extended':
      return eb.and([doneWithDay, eb.not(byOriginal), inTime]);
    case 'late':
      return eb.and([doneWithDay, eb.not(byOriginal), eb.not(inTime)]);
    case 'not_done':
      return eb.and([unfinished, eb('work_tasks.deadline', '<', today)]);
    case 'pending':
      return eb.and([unfinished, eb('work_tasks.deadline', '>=', today)]);
  }
}

const spec = (today: string) =>
  defineList<P['db'], P['tb'], P['o'], ViewQuery>({
    sorts: {
      deadline: ['work_tasks.deadline'],
      code: ['work_tasks.year', 'work_tasks.position'],
      title: ['work_tasks.search_key'],
      status: ['work_tasks.status'],
      org: ['organisations.name'],
      start: ['work_tasks.start_date'],
    },
    tieBreaker: 'work_tasks.id',
    search: ['work_tasks.search_key'],
    filters: {
      // Held by the programme now: its own tasks and those it took, not removed (a task created before the
      // holding rows existed counts for its origin).
      programmeId: (q, id) =>
        q.where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('work_programme_tasks as pt')
                .select('pt.task_id')
                .whereRef('pt.task_id', '=', 'work_tasks.id')
                .where('pt.programme_id', '=', id)
                .where('pt.removed_amendment', 'is', null),
            ),
            eb.and([
              eb('work_tasks.programme_id', '=', id),
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('work_programme_tasks as pt')
                    .select('pt.task_id')
                    .whereRef('pt.task_id', '=', 'work_tasks.id')
                    .where('pt.programme_id', '=', id),
                ),
              ),
            ]),
          ]),
        ),
      year: (q, y) => q.where('work_tasks.year', '=', y),
      status: (q, s) => q.where('work_tasks.status', '=', s),
      priority: (q, s) => q.where('work_tasks.priority', '=', s),
      leaderPersonId: (q, id) => q.where('work_tasks.leader_person_id', '=', id),
      movementId: (q, id) => q.where('work_tasks.movement_id', '=', id),
      deadlineFrom: (q, d) => q.where('work_tasks.deadline', '>=', d),
      deadlineTo: (q, d) => q.where('work_tasks.deadline', '<=', d),
      result: (q, r) => q.where((eb) => resultIs(eb, r, today)),
      overdue: (q, yes) =>
        q.where((eb) => {
          const overdue = eb.and([eb('work_tasks.status', 'not in', FINISHED), eb('work_tasks.deadline', '<', today)]);
          return yes ? overdue : eb.not(overdue);
        }),
    },
  });

/**
 * The view a query asks for: the filters of the list spec, the unit (with its subtree, and its co-operations when
 * `partner=true`) and the user's own units (`mine=true`). Everyone signed in reads tasks.
 */
export async function taskListView(deps: Deps, user: RequestUser, q: ViewQuery) {
  const tree = await deps.tree.fresh();
  const today = todayVn(clockOf(deps));
  let query = baseQuery(deps);
  if (q.orgId) {
    const units = tree.subtree(q.orgId);
    if (!units.length) units.push(q.orgId);
    query = query.where((eb) =>
      eb.or([
        eb('work_tasks.org_id', 'in', units),
        ...(q.partner
          ? [
              eb.exists(
                eb
                  .selectFrom('work_task_partners as wp')
                  .select('wp.task_id')
                  .whereRef('wp.task_id', '=', 'work_tasks.id')
                  .where('wp.org_id', 'in', units),
              ),
            ]
          : []),
      ]),
    );
  }
  if (q.mine) {
    const scope = reportingScope(user, tree);
    if (scope !== 'all')
      query = scope.size ? query.where('work_tasks.org_id', 'in', [...scope]) : query.where(sql<boolean>`1 = 0`);
  }
  return { list: spec(today), query, tree, today };
}

/** Numbers read back from PostgreSQL as strings, normalised to the row `taskRow` gives. */
export const asTaskRow = (r: P['o']): TaskRow => ({
  ...r,
  programme_amendment: Number(r.programme_amendment),
  version: Number(r.version),
});

/** `GET /tasks`: one page of the view, each task with its names, `overdue` and `result` as of today. */
export async function listTasks(deps: Deps, user: RequestUser, q: TasksQuery): Promise<z.infer<typeof WorkTaskList>> {
  const { list, query, tree, today } = await taskListView(deps, user, q);
  const page = await list.page(query, q);
  const rows = page.items.map(asTaskRow);
  const names = await summaryNames(deps.db.kysely, tree, rows);
  return { ...page, items: rows.map((r) => taskSummary(r, tree, names, today)) };
}
