import { describe, expect, it } from 'vitest';
import { defaultReportMonth, monthText, reportMonths } from './periods.ts';

describe('report months', () => {
  it('offers the months from the deadline back to the start, across the year end', () => {
    expect(reportMonths('2026-11-15', '2027-02-10', '2026-12')).toEqual(['2027-02', '2027-01', '2026-12', '2026-11']);
  });

  it('goes on to this month when the deadline has passed, keeping the newest when capped', () => {
    expect(reportMonths('2026-01-05', '2026-03-31', '2026-05')).toEqual([
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
    ]);
    expect(reportMonths('2020-01-01', '2020-02-01', '2026-12', 3)).toEqual(['2026-12', '2026-11', '2026-10']);
  });

  it('opens on this month when offered, otherwise the earliest month (a task not begun yet)', () => {
    const months = reportMonths('2026-11-01', '2027-01-31', '2026-12');
    expect(defaultReportMonth(months, '2026-12')).toBe('2026-12');
    expect(defaultReportMonth(reportMonths('2027-03-01', '2027-04-30', '2026-12'), '2026-12')).toBe('2027-03');
  });

  it('writes a month as a clerk does', () => {
    expect(monthText('2026-09')).toBe('09/2026');
  });
});
