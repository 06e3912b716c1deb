import { TASK_STATUSES, type TaskStatus } from '@thidua/domain';
import type { z } from 'zod';
import type { TaskBoard, TaskBoardQuery } from '@thidua/contracts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';

/**
 * The leader's board (docs/work-programmes.md): per unit in charge, its tasks by status, how many are overdue
 * (deadline passed by the server's clock, not done or dropped, whatever the sweep recorded yet) and how many
 * requests for a new deadline wait for a leader. A year's tasks of issued programmes, or those a programme holds.
 */

type Board = z.infer<typeof TaskBoard>;
type Query = z.infer<typeof TaskBoardQuery>;

const collator = new Intl.Collator('vi');
const FINISHED: readonly string[] = ['done', 'dropped'];

export async function taskBoard(deps: Deps, q: Query): Promise<Board> {
  const k = deps.db.kysely;
  const today = todayVn(clockOf(deps));
  let query = k
    .selectFrom('work_tasks')
    .innerJoin('work_programmes as origin', 'origin.id', 'work_tasks.programme_id')
    .select(['work_tasks.org_id', 'work_tasks.status', 'work_tasks.deadline'])
    .where('work_tasks.year', '=', q.year);
  if (q.programmeId) {
    const p = await k.selectFrom('work_programmes').select('id').where('id', '=', q.programmeId).executeTakeFirst();
    if (!p) throw notFound('chương trình công tác');
    query = query
      .innerJoin('work_programme_tasks as pt', 'pt.task_id', 'work_tasks.id')
      .where('pt.programme_id', '=', q.programmeId)
      .where('pt.removed_amendment', 'is', null);
    // The year's board shows what was assigned: a draft's tasks are nobody's yet (its own board shows them).
  } else query = query.where('origin.status', '!=', 'draft');
  const rows = await query.execute();
  const tree = await deps.tree.fresh();
  const units = new Map<string, Board['items'][number]>();
  for (const r of rows) {
    let u = units.get(r.org_id);
    if (!u) {
      const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
      u = { orgId: r.org_id, orgName: tree.name(r.org_id), counts, overdue: 0, extensionPending: 0, total: 0 };
      units.set(r.org_id, u);
    }
    const status = r.status as TaskStatus;
    u.counts[status] = (u.counts[status] ?? 0) + 1;
    u.total += 1;
    if (!FINISHED.includes(status) && r.deadline < today) u.overdue += 1;
    if (status === 'extension_requested') u.extensionPending += 1;
  }
  const items = [...units.values()].sort((a, b) => collator.compare(a.orgName, b.orgName));
  return { year: q.year, asOf: today, items };
}
