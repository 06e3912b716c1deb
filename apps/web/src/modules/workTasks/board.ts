import { TASK_STATUSES } from '@thidua/domain';
import type { TaskBoardRow, TaskStatus } from './types.ts';

/** The board's columns: every status, "dropped" too, so the columns add up to the total. */
export const BOARD_STATUSES: readonly TaskStatus[] = TASK_STATUSES;

export type BoardTotals = Omit<TaskBoardRow, 'orgId' | 'orgName'>;

/** The totals line: each status, the overdue, the requests waiting and the total summed over the units. */
export function boardTotals(rows: readonly TaskBoardRow[]): BoardTotals {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const totals: BoardTotals = { counts, overdue: 0, extensionPending: 0, total: 0 };
  for (const row of rows) {
    for (const s of TASK_STATUSES) counts[s] += row.counts[s] ?? 0;
    totals.overdue += row.overdue;
    totals.extensionPending += row.extensionPending;
    totals.total += row.total;
  }
  return totals;
}
