import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReportingPeriod, formatPeriodId, parsePeriodId, periodRange } from './periods.ts';
import {
  isFinerOrSame,
  lastMonthOf,
  monthsOf,
  periodContains,
  periodsBetweenDays,
  periodsWithin,
  yearToDateOf,
  yearsBefore,
} from './spans.ts';

const p = (id: string) => parsePeriodId(id)!;
const ids = (ps: ReportingPeriod[]) => ps.map(formatPeriodId);

describe('what a period covers', () => {
  it('lists its months and its last month', () => {
    expect(ids(monthsOf(p('2021Q3')))).toEqual(['2021-07', '2021-08', '2021-09']);
    expect(ids(monthsOf(p('2021S2')))).toHaveLength(6);
    expect(ids(monthsOf(p('2021YTD02')))).toEqual(['2021-01', '2021-02']);
    expect(ids(monthsOf(p('2021-05')))).toEqual(['2021-05']);
    expect(formatPeriodId(lastMonthOf(p('2021')))).toBe('2021-12');
    expect(formatPeriodId(lastMonthOf(p('2021S1')))).toBe('2021-06');
    expect(formatPeriodId(lastMonthOf(p('2021YTD09')))).toBe('2021-09');
  });

  it('lists the periods of a finer type inside it, or none when they do not tile it', () => {
    expect(ids(periodsWithin(p('2021'), 'quarter'))).toEqual(['2021Q1', '2021Q2', '2021Q3', '2021Q4']);
    expect(ids(periodsWithin(p('2021S2'), 'quarter'))).toEqual(['2021Q3', '2021Q4']);
    expect(ids(periodsWithin(p('2021YTD06'), 'half'))).toEqual(['2021S1']);
    expect(ids(periodsWithin(p('2021YTD09'), 'quarter'))).toEqual(['2021Q1', '2021Q2', '2021Q3']);
    expect(periodsWithin(p('2021YTD08'), 'quarter')).toEqual([]);
    expect(periodsWithin(p('2021-08'), 'quarter')).toEqual([]);
    expect(ids(periodsWithin(p('2021'), 'year'))).toEqual(['2021']);
    expect(isFinerOrSame('month', 'quarter')).toBe(true);
    expect(isFinerOrSame('quarter', 'half')).toBe(true);
    expect(isFinerOrSame('half', 'quarter')).toBe(false);
    expect(isFinerOrSame('quarter', 'ytd')).toBe(false);
  });

  it('lists the periods of a type between two days, across years', () => {
    expect(ids(periodsBetweenDays('quarter', '2024-11-15', '2025-02-01'))).toEqual(['2024Q4', '2025Q1']);
    expect(ids(periodsBetweenDays('year', '2015-01-01', '2021-06-30'))).toHaveLength(7);
    expect(periodsBetweenDays('month', '2015-01-01', '2026-12-31')).toHaveLength(144);
  });

  it('gives the same period last year and the year to date', () => {
    expect(formatPeriodId(yearsBefore(p('2025-07'), 1))).toBe('2024-07');
    expect(formatPeriodId(yearsBefore(p('2021'), 6))).toBe('2015');
    expect(formatPeriodId(yearToDateOf(p('2021-07')))).toBe('2021YTD07');
    expect(formatPeriodId(yearToDateOf(p('2021Q3')))).toBe('2021YTD09');
  });

  it('a period holds exactly the sub-periods listed within it, and they tile it without gaps', () => {
    const arbPeriod = fc
      .record({
        type: fc.constantFrom('month', 'quarter', 'half', 'year', 'ytd' as const),
        year: fc.integer({ min: 2000, max: 2030 }),
        index: fc.integer({ min: 1, max: 12 }),
      })
      .map(
        (r) =>
          parsePeriodId(
            formatPeriodId({
              ...r,
              index:
                r.type === 'year' ? 0 : Math.min(r.index, { month: 12, quarter: 4, half: 2, ytd: 12, year: 0 }[r.type]),
            }),
          )!,
      );
    fc.assert(
      fc.property(arbPeriod, fc.constantFrom('month', 'quarter', 'half', 'year' as const), (period, type) => {
        const subs = periodsWithin(period, type);
        const range = periodRange(period);
        if (type === 'month') expect(subs).toEqual(monthsOf(period));
        if (subs.length === 0) return;
        expect(periodRange(subs[0]!).from).toBe(range.from);
        expect(periodRange(subs.at(-1)!).to).toBe(range.to);
        for (const s of subs) expect(periodContains(period, s)).toBe(true);
      }),
    );
  });
});
