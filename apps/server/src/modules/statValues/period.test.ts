import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '@thidua/domain';
import { dueDateOf, nominalDue, periodInfo, unitValidIn } from './period.ts';

const calendar = new WorkCalendar(
  [2026, 2027],
  [
    { date: '2026-04-30', kind: 'holiday', name: 'Ngày Giải phóng miền Nam', legalBasis: '' },
    { date: '2026-05-01', kind: 'holiday', name: 'Quốc tế Lao động', legalBasis: '' },
  ],
);

describe('statistics periods and deadlines', () => {
  it('names a period, its neighbours and its last month', () => {
    const p = periodInfo('2026-01');
    expect([p.previous, p.lastYear, p.month, p.short]).toEqual(['2025-12', '2025-01', 1, '01/2026']);
    expect(periodInfo('2026Q2').month).toBe(6);
    expect(periodInfo('2026S2').month).toBe(12);
    expect(() => periodInfo('2026Q2', 'month')).toThrow(/theo tháng/u);
  });

  it('is due on due_day of the month after, moved past weekends and holidays', () => {
    // 20 April 2026 is a Monday; 18 April a Saturday → Monday 20.
    expect(dueDateOf(periodInfo('2026-03'), 20, calendar)).toBe('2026-04-20');
    expect(dueDateOf(periodInfo('2026-03'), 18, calendar)).toBe('2026-04-20');
    // 30 April and 1 May are holidays, 2–3 May a weekend: Monday 4 May.
    expect(dueDateOf(periodInfo('2026-03'), 30, calendar)).toBe('2026-05-04');
    // December's figures are due in January of the next year; a day past the month's end is its last day.
    expect(nominalDue(periodInfo('2026-12'), 31)).toBe('2027-01-31');
    expect(nominalDue(periodInfo('2026-01'), 31)).toBe('2026-02-28');
    // A year the calendar does not have: no guess.
    expect(dueDateOf(periodInfo('2030-03'), 20, calendar)).toBeNull();
  });

  it('knows whether a dated unit exists in a period', () => {
    const district = { valid_from: '2000-01-01', valid_to: '2025-06-30' };
    expect(unitValidIn(district, periodInfo('2025-06'))).toBe(true);
    expect(unitValidIn(district, periodInfo('2025-07'))).toBe(false);
    expect(unitValidIn(district, periodInfo('2025'))).toBe(true);
  });
});
