import type { TaskStatus } from './workflows.ts';

/**
 * How a task ends up counted (docs/work-programmes.md), from its dates, never from a typed-in verdict:
 * - `on_time`: done by its original deadline;
 * - `extended`: done after the original deadline but by a new deadline a leader approved;
 * - `late`: done after its (last approved) deadline;
 * - `not_done`: not done and its deadline has passed (`today` is after it);
 * - `pending`: not done, still within its deadline;
 * - `dropped`: taken out of the programme (not counted in the shares).
 */
export const TASK_RESULTS = ['on_time', 'extended', 'late', 'not_done', 'pending', 'dropped'] as const;
export type TaskResult = (typeof TASK_RESULTS)[number];

export interface TaskDates {
  status: TaskStatus;
  /** The deadline as first assigned (YYYY-MM-DD). */
  originalDeadline: string;
  /** The deadline now in force, after approved extensions. */
  deadline: string;
  /** The day the unit completed it, when done. */
  completedOn: string | null;
}

export function classifyTask(t: TaskDates, today: string): TaskResult {
  if (t.status === 'dropped') return 'dropped';
  if (t.status === 'done' && t.completedOn) {
    if (t.completedOn <= t.originalDeadline) return 'on_time';
    if (t.deadline > t.originalDeadline && t.completedOn <= t.deadline) return 'extended';
    return 'late';
  }
  return today > t.deadline ? 'not_done' : 'pending';
}

/** Per unit (or in total): counts by result; `done` = on time + extended + late; `total` leaves dropped tasks out. */
export interface TaskResultCounts {
  total: number;
  done: number;
  onTime: number;
  extended: number;
  late: number;
  notDone: number;
  pending: number;
  dropped: number;
}

export const emptyTaskCounts = (): TaskResultCounts => ({
  total: 0,
  done: 0,
  onTime: 0,
  extended: 0,
  late: 0,
  notDone: 0,
  pending: 0,
  dropped: 0,
});

export function countResult(c: TaskResultCounts, r: TaskResult): TaskResultCounts {
  if (r === 'dropped') c.dropped += 1;
  else {
    c.total += 1;
    if (r === 'on_time') c.onTime += 1;
    else if (r === 'extended') c.extended += 1;
    else if (r === 'late') c.late += 1;
    else if (r === 'not_done') c.notDone += 1;
    else c.pending += 1;
    if (r === 'on_time' || r === 'extended' || r === 'late') c.done += 1;
  }
  return c;
}

/** The share done on time among the tasks that are due or done (pending ones are not judged yet); null: none. */
export function onTimeShare(c: TaskResultCounts): number | null {
  const judged = c.total - c.pending;
  return judged > 0 ? c.onTime / judged : null;
}
