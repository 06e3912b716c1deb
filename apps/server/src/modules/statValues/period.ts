import {
  CalendarYearMissingError,
  formatPeriodId,
  nextWorkingDayFrom,
  parsePeriodId,
  periodRange,
  previousPeriod,
  reportingPeriodLabel,
  samePeriodLastYear,
  type ReportingPeriod,
  type WorkCalendar,
} from '@thidua/domain';
import type { StatPeriodType } from '../../db/schema-statistics.ts';
import { badRequest } from '../../platform/errors.ts';

const TYPE_WORDS: Record<StatPeriodType, string> = {
  month: 'tháng (2026-03)',
  quarter: 'quý (2026Q1)',
  half: '6 tháng (2026S1)',
  year: 'năm (2026)',
};

/** A value period as the services use it: its columns, its neighbours and its words. */
export interface PeriodInfo {
  id: string;
  p: ReportingPeriod;
  type: StatPeriodType;
  year: number;
  /** The last month the period covers (the stored `month`). */
  month: number;
  from: string;
  to: string;
  label: string;
  /** "03/2026", "Quý I/2026": how a refusal names it. */
  short: string;
  previous: string;
  lastYear: string;
}

/** Reads a period id and checks it is of the data set's period type; the refusal names `path`. */
export function periodInfo(id: string, expected?: StatPeriodType, path = 'period'): PeriodInfo {
  const p = parsePeriodId(id);
  if (!p || p.type === 'ytd')
    throw badRequest('validation_failed', `Kỳ báo cáo "${id}" không hợp lệ.`, [
      { path, message: 'Ghi 2026-03 (tháng), 2026Q1 (quý), 2026S1 (6 tháng) hoặc 2026 (năm)' },
    ]);
  const type = p.type as StatPeriodType;
  if (expected && type !== expected)
    throw badRequest(
      'validation_failed',
      `Bộ biểu này báo cáo theo ${TYPE_WORDS[expected]}: kỳ "${id}" không đúng loại.`,
      [{ path, message: `Kỳ phải theo ${TYPE_WORDS[expected]}` }],
    );
  const range = periodRange(p);
  const month = Number(range.to.slice(5, 7));
  const label = reportingPeriodLabel(p);
  return {
    id: formatPeriodId(p),
    p,
    type,
    year: p.year,
    month,
    from: range.from,
    to: range.to,
    label,
    short: type === 'month' ? label.replace(/^Tháng /u, '') : label,
    previous: formatPeriodId(previousPeriod(p)),
    lastYear: formatPeriodId(samePeriodLastYear(p)),
  };
}

/** Whether a dated unit exists at some day of the period. */
export const unitValidIn = (u: { valid_from: string; valid_to: string | null }, period: PeriodInfo): boolean =>
  u.valid_from <= period.to && (u.valid_to === null || u.valid_to >= period.from);

/** `due_day` of the month after the period (clamped to the month's length), as an ISO day. */
export function nominalDue(period: PeriodInfo, dueDay: number): string {
  const y = period.month === 12 ? period.year + 1 : period.year;
  const m = period.month === 12 ? 1 : period.month + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Math.max(1, dueDay), last);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The deadline: a nominal day that is not a working day moves to the next working day (the platform calendar).
 * Null when the calendar of that year is not configured: a deadline is never guessed.
 */
export function dueDateOf(period: PeriodInfo, dueDay: number, calendar: WorkCalendar): string | null {
  try {
    return nextWorkingDayFrom(calendar, nominalDue(period, dueDay));
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return null;
    throw e;
  }
}
