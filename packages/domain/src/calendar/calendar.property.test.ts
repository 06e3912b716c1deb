import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, addDays, addWorkingDays, workingDaysBetween } from './calendar.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from './seed/holidays.ts';

const seed = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);
// Start days 2016-01-01 … 2029-12-31, so that 0–120 working days stay inside the configured years.
const arbDay = fc.integer({ min: 0, max: 5113 }).map((n) => addDays('2016-01-01', n));
const arbN = fc.integer({ min: 0, max: 120 });

describe('working days (properties over the seeded calendar)', () => {
  it('addWorkingDays then workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(arbDay, arbN, (from, n) => {
        expect(workingDaysBetween(seed, from, addWorkingDays(seed, from, n))).toBe(n);
      }),
    );
  });

  it('the end of a period of at least one working day is a working day', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 1, max: 120 }), (from, n) => {
        expect(seed.isWorkingDay(addWorkingDays(seed, from, n))).toBe(true);
      }),
    );
  });

  it('is strictly monotonic in n and never ends before it starts', () => {
    fc.assert(
      fc.property(arbDay, arbN, (from, n) => {
        const a = addWorkingDays(seed, from, n);
        const b = addWorkingDays(seed, from, n + 1);
        expect(a >= from).toBe(true);
        expect(b > a).toBe(true);
      }),
    );
  });

  it('counts add up across an intermediate day', () => {
    // Start no later than 2029-01-01 so that a + x + y (≤ 400 days) stays inside 2030.
    const arbEarly = fc.integer({ min: 0, max: 4749 }).map((n) => addDays('2016-01-01', n));
    fc.assert(
      fc.property(arbEarly, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(workingDaysBetween(seed, a, c)).toBe(workingDaysBetween(seed, a, b) + workingDaysBetween(seed, b, c));
      }),
    );
  });
});
