import { describe, expect, it } from 'vitest';
import {
  CalendarYearMissingError,
  WorkCalendar,
  addWorkingDays,
  nextWorkingDayFrom,
  weekdayOf,
  workingDaysBetween,
} from './calendar.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from './seed/holidays.ts';

const seed = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);

describe('working-day calendar', () => {
  it('skips weekends, holidays and days off in lieu, and counts make-up Saturdays', () => {
    expect(seed.isWorkingDay('2026-11-27')).toBe(true);
    expect(seed.isWorkingDay('2026-11-28')).toBe(false);
    expect(seed.isWorkingDay('2026-09-02')).toBe(false);
    expect(seed.isWorkingDay('2026-02-18')).toBe(false);
    // Giỗ Tổ 2026 falls on Sunday 26/04: Monday 27/04 is the day off in lieu.
    expect(seed.isWorkingDay('2026-04-27')).toBe(false);
    const swapped = new WorkCalendar(
      [2024],
      [
        { date: '2024-04-29', kind: 'day_off', name: 'Hoán đổi', legalBasis: '' },
        { date: '2024-05-04', kind: 'makeup_workday', name: 'Làm bù', legalBasis: '' },
      ],
    );
    expect(swapped.isWorkingDay('2024-04-29')).toBe(false);
    expect(swapped.isWorkingDay('2024-05-04')).toBe(true);
    expect(workingDaysBetween(swapped, '2024-04-26', '2024-05-06')).toBe(6);
  });

  it('counts working days from the day after, across Tết', () => {
    // Ten working days from Friday 27/11/2026 end on Friday 11/12/2026.
    expect(addWorkingDays(seed, '2026-11-27', 10)).toBe('2026-12-11');
    // Across Tết 2026 (16–20/02 off): from Friday 13/02, 3 working days end on Wednesday 25/02.
    expect(addWorkingDays(seed, '2026-02-13', 3)).toBe('2026-02-25');
    expect(addWorkingDays(seed, '2026-02-13', 0)).toBe('2026-02-13');
    expect(workingDaysBetween(seed, '2026-02-13', '2026-02-25')).toBe(3);
    expect(workingDaysBetween(seed, '2026-02-25', '2026-02-13')).toBe(-3);
    expect(nextWorkingDayFrom(seed, '2026-02-14')).toBe('2026-02-23');
  });

  it('has Tết for every seeded year, so 2028 no longer counts it as working days', () => {
    // Tết Mậu Thân 2028 is Wednesday 26/01.
    expect(seed.isWorkingDay('2028-01-26')).toBe(false);
    expect(seed.isWorkingDay('2028-01-25')).toBe(false);
    // Mùng 4 is Saturday 29/01: Monday 31/01 is off in lieu, work resumes on Tuesday 01/02.
    expect(seed.isWorkingDay('2028-01-31')).toBe(false);
    expect(seed.isWorkingDay('2028-02-01')).toBe(true);
    for (const y of SEED_CALENDAR_YEARS)
      expect(
        SEED_CALENDAR_DAYS.filter((d) => d.date.startsWith(`${y}-`) && d.name.startsWith('Tết Nguyên đán')),
      ).toHaveLength(5);
  });

  it('refuses a year nobody configured, naming it, instead of guessing', () => {
    expect(() => seed.isWorkingDay('2031-01-02')).toThrow(CalendarYearMissingError);
    expect(() => addWorkingDays(seed, '2030-12-27', 5)).toThrow(/năm 2031/);
    try {
      seed.isWorkingDay('2015-06-01');
    } catch (e) {
      expect((e as CalendarYearMissingError).year).toBe(2015);
    }
    expect(() => new WorkCalendar([2026], [{ date: '2027-01-01', kind: 'holiday', name: '', legalBasis: '' }])).toThrow(
      CalendarYearMissingError,
    );
  });

  it('refuses dates that do not exist', () => {
    expect(() => seed.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(weekdayOf('2026-12-07')).toBe(1);
  });
});
