import { describe, expect, it } from 'vitest';
import { dayTone, monthWindow, parseMonth, tasksByDay } from './calendar.ts';
import type { TaskStatus } from './types.ts';

const task = (code: string, deadline: string, status: TaskStatus, overdue = false) => ({
  code,
  deadline,
  status,
  overdue,
});

describe('tasksByDay', () => {
  it('puts each task on its deadline, the overdue first and the done last, by code within', () => {
    const days = tasksByDay([
      task('NV-10', '2026-12-15', 'done'),
      task('NV-2', '2026-12-15', 'in_progress'),
      task('NV-7', '2026-12-15', 'overdue', true),
      task('NV-1', '2026-12-15', 'in_progress'),
      task('NV-3', '2026-12-31', 'assigned'),
    ]);
    expect([...days.keys()]).toEqual(['2026-12-15', '2026-12-31']);
    expect(days.get('2026-12-15')!.map((t) => t.code)).toEqual(['NV-7', 'NV-1', 'NV-2', 'NV-10']);
  });

  it('reads a task overdue from the dates even while its stored status is still in progress', () => {
    expect(dayTone({ status: 'in_progress', overdue: true })).toBe('overdue');
    expect(dayTone({ status: 'done', overdue: false })).toBe('done');
    expect(dayTone({ status: 'extended', overdue: false })).toBe('open');
  });
});

describe('monthWindow', () => {
  it('covers the neighbouring days the month page shows, across a year end', () => {
    expect(monthWindow(2026, 12)).toEqual({ deadlineFrom: '2026-11-25', deadlineTo: '2027-01-14' });
    expect(monthWindow(2028, 2)).toEqual({ deadlineFrom: '2028-01-26', deadlineTo: '2028-03-14' });
  });

  it('reads only a real YYYY-MM from the URL', () => {
    expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });
});
