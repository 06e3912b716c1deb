import { describe, expect, it } from 'vitest';
import { BOARD_STATUSES, boardTotals } from './board.ts';
import { tasksLink } from './links.ts';
import type { TaskBoardRow } from './types.ts';

const row = (orgId: string, counts: Partial<TaskBoardRow['counts']>, extra: Partial<TaskBoardRow> = {}) =>
  ({ orgId, orgName: orgId, counts, overdue: 0, extensionPending: 0, total: 0, ...extra }) as TaskBoardRow;

describe('boardTotals', () => {
  it('sums every status, the overdue, the requests waiting and the totals over the units', () => {
    const totals = boardTotals([
      row('a', { in_progress: 3, done: 2, overdue: 1 }, { overdue: 2, extensionPending: 1, total: 6 }),
      row('b', { done: 4, extension_requested: 1 }, { extensionPending: 1, total: 5 }),
    ]);
    expect(totals.counts).toMatchObject({ in_progress: 3, done: 6, overdue: 1, extension_requested: 1, assigned: 0 });
    expect(totals).toMatchObject({ overdue: 2, extensionPending: 2, total: 11 });
  });

  it('shows every status as a column, so that the columns add up to the total', () => {
    expect([...BOARD_STATUSES].sort()).toEqual(
      ['assigned', 'done', 'dropped', 'extended', 'extension_requested', 'in_progress', 'overdue'].sort(),
    );
  });
});

describe('tasksLink', () => {
  it('opens the list on exactly the tasks counted, even for a unit officer', () => {
    expect(tasksLink({ year: 2026, orgId: 'o1', status: 'overdue', programmeId: null })).toBe(
      '/tasks?year=2026&orgId=o1&status=overdue&mine=false',
    );
  });
});
