import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, addWorkingDays } from './calendar.ts';
import { TIME_UNITS, dueAt, vnDateOf } from './due.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from './seed/holidays.ts';

const cal = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);
const START = Date.parse('2016-01-01T00:00:00+07:00');
// Instants 2016 … end of 2028, to the minute, so periods stay inside the configured years.
const arbInstant = fc.integer({ min: 0, max: 13 * 365 * 1440 }).map((m) => new Date(START + m * 60_000).toISOString());
const arbUnit = fc.constantFrom(...TIME_UNITS);

describe('dueAt (properties over the seeded calendar)', () => {
  it('a receipt on a working morning: n working days end with the afternoon of addWorkingDays', () => {
    const arbDay = fc
      .integer({ min: 0, max: 4700 })
      .map((n) => new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 1, max: 60 }), (day, n) => {
        fc.pre(cal.isWorkingDay(day));
        const due = dueAt(`${day}T09:00:00+07:00`, n, 'working_days', [], cal)!;
        expect(vnDateOf(due)).toBe(addWorkingDays(cal, day, n));
        expect(due.slice(11, 16)).toBe('10:00'); // 17:00 in Vietnam
      }),
    );
  });

  it('is monotonic in the amount and never before the receipt', () => {
    fc.assert(
      fc.property(arbInstant, arbUnit, fc.integer({ min: 0, max: 40 }), (start, unit, n) => {
        const a = dueAt(start, n, unit, [], cal)!;
        const b = dueAt(start, n + 1, unit, [], cal)!;
        expect(a >= start.slice(0, 16) || n === 0).toBe(true);
        expect(b >= a).toBe(true);
      }),
    );
  });

  it('a closed pause never brings the due time forward', () => {
    fc.assert(
      fc.property(
        arbInstant,
        arbUnit,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 20 * 1440 }),
        fc.integer({ min: 1, max: 10 * 1440 }),
        (start, unit, n, offset, length) => {
          const from = new Date(Date.parse(start) + offset * 60_000).toISOString();
          const to = new Date(Date.parse(from) + length * 60_000).toISOString();
          const plain = dueAt(start, n, unit, [], cal)!;
          const paused = dueAt(start, n, unit, [{ from, to }], cal)!;
          expect(paused >= plain).toBe(true);
        },
      ),
    );
  });
});
