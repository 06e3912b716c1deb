import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TaskResults, TaskResultsQuery } from '@thidua/contracts';
import {
  classifyTask,
  countResult,
  emptyTaskCounts,
  onTimeShare,
  type TaskResultCounts,
  type TaskStatus,
} from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';

type Query = z.output<typeof TaskResultsQuery>;
type Results = z.output<typeof TaskResults>;

const collator = new Intl.Collator('vi');

/** The tasks counted for a year: those of programmes handed to the units (issued, or closed since). */
export async function countedTasks(db: Kysely<Database>, year: number, orgIds: string[] | null) {
  let q = db
    .selectFrom('work_tasks as t')
    .innerJoin('work_programmes as p', 'p.id', 't.programme_id')
    .select(['t.org_id', 't.status', 't.deadline', 't.original_deadline', 't.completed_on'])
    .where('t.year', '=', year)
    .where('p.status', 'in', ['issued', 'closed']);
  if (orgIds) q = q.where('t.org_id', 'in', orgIds.length ? orgIds : ['']);
  return q.execute();
}

/** Counts of tasks by how they ended up on `today` (classifyTask), in the domain's shape. */
export function countTasks(rows: Awaited<ReturnType<typeof countedTasks>>, today: string): TaskResultCounts {
  const c = emptyTaskCounts();
  for (const r of rows)
    countResult(
      c,
      classifyTask(
        {
          status: r.status as TaskStatus,
          originalDeadline: r.original_deadline,
          deadline: r.deadline,
          completedOn: r.completed_on,
        },
        today,
      ),
    );
  return c;
}

const withRate = (c: TaskResultCounts) => ({ ...c, onTimeRate: onTimeShare(c) });

/**
 * `GET /tasks/results` (kept stable): per unit in charge (the subtree of `orgId` when given), its tasks of the
 * year's programmes counted by how they ended up, judged on the server's today: on time, extended, late, not
 * done, still pending, dropped; `onTimeRate` is on time among the tasks done or due (a share, 0–1).
 */
export async function taskResults(deps: Deps, query: Query): Promise<Results> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  if (query.orgId && !tree.has(query.orgId)) throw notFound('đơn vị');
  const today = todayVn(clockOf(deps));
  const rows = await countedTasks(db, query.year, query.orgId ? tree.subtree(query.orgId) : null);
  const byOrg = new Map<string, typeof rows>();
  for (const r of rows) {
    const own = byOrg.get(r.org_id);
    if (own) own.push(r);
    else byOrg.set(r.org_id, [r]);
  }
  const items = [...byOrg.entries()]
    .map(([orgId, own]) => ({ orgId, orgName: tree.name(orgId), ...withRate(countTasks(own, today)) }))
    .sort((a, b) => collator.compare(a.orgName, b.orgName));
  return { year: query.year, asOf: today, items, totals: withRate(countTasks(rows, today)) };
}
