import type { WorkTaskSummary } from './types.ts';

type TimelineTask = Pick<
  WorkTaskSummary,
  'id' | 'code' | 'title' | 'orgId' | 'orgName' | 'startDate' | 'deadline' | 'originalDeadline' | 'status' | 'overdue'
>;

/** A bar's colour: done green, overdue red, dropped grey, otherwise in progress blue. */
export type BarTone = 'done' | 'overdue' | 'dropped' | 'open';

/** One line of the timeline: a unit's heading, or one of its tasks with its bar. */
export type TimelineRow =
  | { kind: 'unit'; label: string; orgId: string; count: number }
  | {
      kind: 'task';
      label: string;
      task: TimelineTask;
      /** The bar runs start → original deadline; an approved extension adds original → current deadline. */
      start: string;
      originalDeadline: string;
      deadline: string;
      extended: boolean;
      tone: BarTone;
    };

const tone = (t: TimelineTask): BarTone =>
  t.status === 'done' ? 'done' : t.status === 'dropped' ? 'dropped' : t.overdue ? 'overdue' : 'open';

/** A task's line: its code and the title cut to `width` characters (the full title is in the tooltip). */
export function taskLabel(t: Pick<TimelineTask, 'code' | 'title'>, width = 42): string {
  const title = t.title.length > width ? `${t.title.slice(0, width - 1).trimEnd()}…` : t.title;
  return `${t.code} ${title}`;
}

/**
 * The timeline's lines, grouped by the unit in charge (units by name, a heading line each, then its tasks by start
 * and deadline), top to bottom. A start after the deadline (bad data) is drawn as a one-day bar at the deadline.
 */
export function timelineRows(tasks: readonly TimelineTask[]): TimelineRow[] {
  const units = new Map<string, { name: string; tasks: TimelineTask[] }>();
  for (const t of tasks) {
    const unit = units.get(t.orgId) ?? { name: t.orgName, tasks: [] };
    unit.tasks.push(t);
    units.set(t.orgId, unit);
  }
  const rows: TimelineRow[] = [];
  const ordered = [...units.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, 'vi'));
  for (const [orgId, unit] of ordered) {
    rows.push({ kind: 'unit', label: unit.name, orgId, count: unit.tasks.length });
    const sorted = [...unit.tasks].sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) ||
        a.deadline.localeCompare(b.deadline) ||
        a.code.localeCompare(b.code, 'vi', { numeric: true }),
    );
    for (const t of sorted) {
      const original = t.originalDeadline < t.deadline ? t.originalDeadline : t.deadline;
      rows.push({
        kind: 'task',
        label: taskLabel(t),
        task: t,
        start: t.startDate <= original ? t.startDate : original,
        originalDeadline: original,
        deadline: t.deadline,
        extended: t.deadline > t.originalDeadline,
        tone: tone(t),
      });
    }
  }
  return rows;
}
