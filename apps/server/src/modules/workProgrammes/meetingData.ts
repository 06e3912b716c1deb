import { dayNumber, vnDateOf } from '@thidua/domain';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';

/**
 * What the monthly meeting reviews (docs/work-programmes.md): the tasks overdue at the meeting's day (deadline
 * passed, neither done nor dropped) and the tasks whose deadline was extended in the month or whose request for a
 * new deadline still waits for a leader. Tasks of issued or closed programmes only (a draft assigns nothing), of
 * the units in the organisation's subtree.
 */

export interface MeetingTask {
  title: string;
  code: string;
  orgName: string;
  leaderName: string;
  originalDeadline: string;
  deadline: string;
  percent: number;
  /** The day it was completed (an extension of the month may have been met since). */
  completedOn: string | null;
  overdueDays: number | null;
  /** An extension approved in the month, or a request waiting: what the meeting notes about it. */
  extension: { status: 'approved' | 'pending'; requested: string; reason: string; decidedOn: string | null } | null;
}

export interface MeetingList {
  month: string;
  /** The day the list is counted to: the month's last day, or today while the month runs. */
  asOf: string;
  orgId: string;
  orgName: string;
  tasks: MeetingTask[];
}

const collator = new Intl.Collator('vi');

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export async function meetingList(deps: Deps, month: string, orgId?: string): Promise<MeetingList> {
  const k = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const root = orgId ?? tree.roots()[0];
  if (!root || !tree.has(root)) throw notFound('đơn vị');
  const scope = tree.subtree(root);
  const today = todayVn(clockOf(deps));
  const end = lastDayOf(month);
  const asOf = today < end ? today : end;

  const tasks = await k
    .selectFrom('work_tasks as t')
    .innerJoin('work_programmes as p', 'p.id', 't.programme_id')
    .leftJoin('people as l', 'l.id', 't.leader_person_id')
    .select([
      't.id',
      't.code',
      't.title',
      't.org_id',
      't.status',
      't.deadline',
      't.original_deadline',
      't.percent',
      't.completed_on',
      'l.full_name as leader_name',
    ])
    .where('p.status', '!=', 'draft')
    .where('t.org_id', 'in', scope)
    .where('t.status', 'not in', ['done', 'dropped'])
    .where('t.start_date', '<=', asOf)
    .execute();
  const reports = await k
    .selectFrom('work_task_reports as r')
    .select(['r.task_id', 'r.requested_deadline', 'r.request_reason', 'r.request_status', 'r.decided_at'])
    .where('r.org_id', 'in', scope)
    .where('r.request_status', 'in', ['approved', 'pending'])
    .orderBy('r.created_at')
    .execute();
  // The last approval in the month (or the pending request) is what the meeting notes for the task.
  const extensions = new Map<string, NonNullable<MeetingTask['extension']>>();
  for (const r of reports) {
    const decidedOn = r.decided_at ? vnDateOf(r.decided_at) : null;
    if (r.request_status === 'approved' && (!decidedOn || decidedOn.slice(0, 7) !== month)) continue;
    extensions.set(r.task_id, {
      status: r.request_status as 'approved' | 'pending',
      requested: r.requested_deadline ?? '',
      reason: r.request_reason,
      decidedOn,
    });
  }
  const extendedIds = [...extensions.keys()];
  // An extension approved in the month may belong to a task done since: it is still the month's extension.
  const doneExtended = extendedIds.length
    ? await k
        .selectFrom('work_tasks as t')
        .innerJoin('work_programmes as p', 'p.id', 't.programme_id')
        .leftJoin('people as l', 'l.id', 't.leader_person_id')
        .select([
          't.id',
          't.code',
          't.title',
          't.org_id',
          't.status',
          't.deadline',
          't.original_deadline',
          't.percent',
          't.completed_on',
          'l.full_name as leader_name',
        ])
        .where('t.id', 'in', extendedIds)
        .where('t.status', '=', 'done')
        .where('p.status', '!=', 'draft')
        .execute()
    : [];

  const out: MeetingTask[] = [];
  for (const t of [...tasks, ...doneExtended]) {
    const overdue = t.status !== 'done' && t.deadline < asOf;
    const extension = extensions.get(t.id) ?? null;
    if (!overdue && !extension) continue;
    out.push({
      title: t.title,
      code: t.code,
      orgName: tree.name(t.org_id),
      leaderName: t.leader_name ?? '',
      originalDeadline: t.original_deadline,
      deadline: t.deadline,
      percent: t.percent,
      completedOn: t.completed_on,
      overdueDays: overdue ? dayNumber(asOf) - dayNumber(t.deadline) : null,
      extension,
    });
  }
  // Overdue first (the longest overdue on top), then the extensions; by unit within each.
  out.sort(
    (a, b) =>
      Number(a.overdueDays === null) - Number(b.overdueDays === null) ||
      (b.overdueDays ?? 0) - (a.overdueDays ?? 0) ||
      collator.compare(a.orgName, b.orgName) ||
      a.deadline.localeCompare(b.deadline) ||
      collator.compare(a.code, b.code),
  );
  return { month, asOf, orgId: root, orgName: tree.name(root), tasks: out };
}
