import type { WorkTaskSummary } from './types.ts';

/** A task as a calendar cell shows it: red when overdue, green when done, plain otherwise. */
export type DayTone = 'overdue' | 'done' | 'open' | 'dropped';

export const dayTone = (t: Pick<WorkTaskSummary, 'overdue' | 'status'>): DayTone =>
  t.status === 'done' ? 'done' : t.status === 'dropped' ? 'dropped' : t.overdue ? 'overdue' : 'open';

const TONE_ORDER: Record<DayTone, number> = { overdue: 0, open: 1, done: 2, dropped: 3 };

/**
 * The tasks by their deadline's day (`YYYY-MM-DD`), each day's overdue ones first, then open, done, dropped, and by
 * code within those, so the tasks that need a look head the cell.
 */
export function tasksByDay<T extends Pick<WorkTaskSummary, 'deadline' | 'overdue' | 'status' | 'code'>>(
  tasks: readonly T[],
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const task of tasks) {
    const day = days.get(task.deadline);
    if (day) day.push(task);
    else days.set(task.deadline, [task]);
  }
  for (const list of days.values())
    list.sort(
      (a, b) =>
        TONE_ORDER[dayTone(a)] - TONE_ORDER[dayTone(b)] || a.code.localeCompare(b.code, 'vi', { numeric: true }),
    );
  return days;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A `YYYY-MM` from the URL, or null when it is not one. */
export function parseMonth(value: string | null | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/u.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * The days a month's page shows: the calendar's six weeks start up to 6 days before the 1st and end up to 14 days
 * after the last day, so the deadlines asked for cover the grey days of the neighbouring months too.
 */
export function monthWindow(year: number, month: number): { deadlineFrom: string; deadlineTo: string } {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  return {
    deadlineFrom: iso(new Date(first.getTime() - 6 * 86_400_000)),
    deadlineTo: iso(new Date(last.getTime() + 14 * 86_400_000)),
  };
}
