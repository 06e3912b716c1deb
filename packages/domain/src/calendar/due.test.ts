import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar.ts';
import { dueAt, vnDateOf } from './due.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from './seed/holidays.ts';

const cal = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);
/** A Vietnam wall-clock time as an instant. */
const vn = (s: string) => new Date(`${s}+07:00`).toISOString();

describe('dueAt', () => {
  it('working days: day 1 is the next working day, due at the end of the afternoon session', () => {
    // Received Monday 09/03/2026 at 09:00; 5 working days → Monday 16/03 17:00.
    expect(dueAt(vn('2026-03-09T09:00:00'), 5, 'working_days', [], cal)).toBe(vn('2026-03-16T17:00:00'));
    // After the afternoon session it counts from Tuesday morning: day 1 is Wednesday.
    expect(dueAt(vn('2026-03-09T17:30:00'), 5, 'working_days', [], cal)).toBe(vn('2026-03-17T17:00:00'));
    // Received on Saturday: deemed Monday morning.
    expect(dueAt(vn('2026-03-07T10:00:00'), 1, 'working_days', [], cal)).toBe(vn('2026-03-10T17:00:00'));
    // Across Tết 2026 (16–20/02 off).
    expect(dueAt(vn('2026-02-13T08:00:00'), 3, 'working_days', [], cal)).toBe(vn('2026-02-25T17:00:00'));
  });

  it('working days: the days of a pause do not count, and the count restarts after it', () => {
    // Received Mon 09/03, paused Wed 11/03 10:00 → Mon 16/03 14:00; 1 day (Tue 10/03) counted before it.
    const pauses = [{ from: vn('2026-03-11T10:00:00'), to: vn('2026-03-16T14:00:00') }];
    // 4 more working days after Monday 16/03: 17, 18, 19, 20.
    expect(dueAt(vn('2026-03-09T09:00:00'), 5, 'working_days', pauses, cal)).toBe(vn('2026-03-20T17:00:00'));
  });

  it('an open pause leaves no due time; one that began after the due time leaves it', () => {
    expect(dueAt(vn('2026-03-09T09:00:00'), 5, 'working_days', [{ from: vn('2026-03-11T10:00:00') }], cal)).toBeNull();
    expect(dueAt(vn('2026-03-09T09:00:00'), 5, 'working_days', [{ from: vn('2026-03-20T10:00:00') }], cal)).toBe(
      vn('2026-03-16T17:00:00'),
    );
  });

  it('calendar days follow Civil Code Arts 147–148: start the next day, end moved off a day off', () => {
    // Received Tuesday 03/03/2026: 10 days end Friday 13/03 at 24:00 (its last millisecond).
    expect(dueAt(vn('2026-03-03T09:00:00'), 10, 'calendar_days', [], cal)).toBe(vn('2026-03-13T23:59:59.999'));
    // 11 days would end on Saturday 14/03: moved to Monday 16/03, 24:00.
    expect(dueAt(vn('2026-03-03T09:00:00'), 11, 'calendar_days', [], cal)).toBe(vn('2026-03-16T23:59:59.999'));
    // Ending on Thursday 30/04/2026 (a holiday) → Friday 01/05 is one too → Monday 04/05.
    expect(vnDateOf(dueAt(vn('2026-04-20T09:00:00'), 10, 'calendar_days', [], cal)!)).toBe('2026-05-04');
  });

  it('working hours skip the midday break, nights and days off', () => {
    // 07:30–11:30 and 13:30–17:00. Received Monday 10:30: 1 h to 11:30, 3.5 h afternoon, 3.5 h Tuesday morning → 11:00.
    expect(dueAt(vn('2026-03-09T10:30:00'), 8, 'working_hours', [], cal)).toBe(vn('2026-03-10T11:00:00'));
    // Received Friday 18:00: counts from Monday 07:30.
    expect(dueAt(vn('2026-03-13T18:00:00'), 2, 'working_hours', [], cal)).toBe(vn('2026-03-16T09:30:00'));
    // Received at 12:00 (midday break): from 13:30.
    expect(dueAt(vn('2026-03-09T12:00:00'), 1, 'working_hours', [], cal)).toBe(vn('2026-03-09T14:30:00'));
    // Received in the afternoon: the morning session already past does not count again.
    expect(dueAt(vn('2026-03-09T14:31:00'), 1, 'working_hours', [], cal)).toBe(vn('2026-03-09T15:31:00'));
    // Ending exactly at the end of a session stays there.
    expect(dueAt(vn('2026-03-09T07:30:00'), 4, 'working_hours', [], cal)).toBe(vn('2026-03-09T11:30:00'));
  });

  it('working hours: paused minutes do not count; office hours are a parameter', () => {
    const pauses = [{ from: vn('2026-03-09T08:00:00'), to: vn('2026-03-09T14:00:00') }];
    // 30 min before the pause, then from 14:00: 1.5 h more → 15:30.
    expect(dueAt(vn('2026-03-09T07:30:00'), 2, 'working_hours', pauses, cal)).toBe(vn('2026-03-09T15:30:00'));
    const long = [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ];
    expect(dueAt(vn('2026-03-09T07:00:00'), 8, 'working_hours', [], cal, long)).toBe(vn('2026-03-09T17:00:00'));
  });

  it('refuses a year that is not configured', () => {
    expect(() => dueAt(vn('2030-12-28T09:00:00'), 10, 'working_days', [], cal)).toThrow(/2031/);
  });
});
