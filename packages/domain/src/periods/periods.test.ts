import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REPORTING_PERIOD_TYPES,
  formatPeriodId,
  parsePeriodId,
  periodOf,
  periodRange,
  previousPeriod,
  reportingPeriodLabel,
  samePeriodLastYear,
} from './periods.ts';

const p = (id: string) => parsePeriodId(id)!;

describe('reporting periods', () => {
  it('parses and formats the period ids', () => {
    expect(parsePeriodId('2026-03')).toEqual({ type: 'month', year: 2026, index: 3 });
    expect(parsePeriodId('2026M03')).toEqual({ type: 'month', year: 2026, index: 3 });
    expect(parsePeriodId('2026Q1')).toEqual({ type: 'quarter', year: 2026, index: 1 });
    expect(parsePeriodId('2026S2')).toEqual({ type: 'half', year: 2026, index: 2 });
    expect(parsePeriodId('2026')).toEqual({ type: 'year', year: 2026, index: 0 });
    expect(parsePeriodId('2026YTD09')).toEqual({ type: 'ytd', year: 2026, index: 9 });
    for (const bad of [
      '2026M13',
      '2026M00',
      '2026-13',
      '2026-00',
      '2026-3',
      '2026Q5',
      '2026S3',
      '2026YTD13',
      '26M03',
      '',
    ])
      expect(parsePeriodId(bad), bad).toBeNull();
    expect(formatPeriodId(p('2026M03'))).toBe('2026-03');
    for (const id of ['2026-03', '2026Q1', '2026S1', '2026', '2026YTD09']) expect(formatPeriodId(p(id))).toBe(id);
  });

  it('gives first and last days, leap years included', () => {
    expect(periodRange(p('2024-02'))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange(p('2026Q4'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange(p('2026S1'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodRange(p('2026'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange(p('2026YTD09'))).toEqual({ from: '2026-01-01', to: '2026-09-30' });
  });

  it('steps back a period and to the same period last year', () => {
    expect(formatPeriodId(previousPeriod(p('2026-01')))).toBe('2025-12');
    expect(formatPeriodId(previousPeriod(p('2026Q1')))).toBe('2025Q4');
    expect(formatPeriodId(previousPeriod(p('2026S2')))).toBe('2026S1');
    expect(formatPeriodId(previousPeriod(p('2026')))).toBe('2025');
    expect(formatPeriodId(previousPeriod(p('2026YTD09')))).toBe('2026YTD08');
    expect(formatPeriodId(samePeriodLastYear(p('2026YTD09')))).toBe('2025YTD09');
    expect(formatPeriodId(periodOf('quarter', '2026-08-15'))).toBe('2026Q3');
    expect(formatPeriodId(periodOf('ytd', '2026-08-15'))).toBe('2026YTD08');
  });

  it('labels periods in Vietnamese', () => {
    expect(reportingPeriodLabel(p('2026-03'))).toBe('Tháng 03/2026');
    expect(reportingPeriodLabel(p('2026Q2'))).toBe('Quý II/2026');
    expect(reportingPeriodLabel(p('2026S1'))).toBe('6 tháng đầu năm 2026');
    expect(reportingPeriodLabel(p('2026S2'))).toBe('6 tháng cuối năm 2026');
    expect(reportingPeriodLabel(p('2026'))).toBe('Năm 2026');
    expect(reportingPeriodLabel(p('2026YTD09'))).toBe('Lũy kế 9 tháng năm 2026');
  });

  it('the period of a day holds that day, and the previous one ends the day before it starts (except ytd)', () => {
    const arbDay = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10));
    const arbType = fc.constantFrom(...REPORTING_PERIOD_TYPES.filter((t) => t !== 'ytd'));
    fc.assert(
      fc.property(arbDay, arbType, (day, type) => {
        const period = periodOf(type, day);
        const r = periodRange(period);
        expect(r.from <= day && day <= r.to).toBe(true);
        const prev = periodRange(previousPeriod(period));
        const dayBefore = new Date(Date.parse(`${r.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(prev.to).toBe(dayBefore);
        expect(parsePeriodId(formatPeriodId(period))).toEqual(period);
      }),
    );
  });
});
