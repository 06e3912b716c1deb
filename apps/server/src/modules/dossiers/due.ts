import {
  CalendarYearMissingError,
  dueAt,
  vnDateOf,
  type OfficeSession,
  type Pause,
  type TimeUnit,
  type WorkCalendar,
} from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { officeHours } from '../settings/read.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The calendar and office hours the desk's due times are counted over. */
export interface Clockwork {
  calendar: WorkCalendar;
  hours: OfficeSession[];
}

/** A year the calendar lacks, as the desk answers it: 409 naming the year, nothing written. */
export const calendarMissing = (year: number) =>
  new AppError(
    409,
    'calendar_year_missing',
    `Chưa có lịch làm việc năm ${year}: không tính được ngày hẹn trả. Quản trị viên cần khai báo lịch năm ${year}.`,
    [{ path: 'calendar', message: `Năm ${year} chưa được cấu hình` }],
  );

/** The calendar from the year of `from` over the next few years (a time limit never spans more). */
export async function clockwork(db: Executor, from: string): Promise<Clockwork> {
  const year = Number(vnDateOf(from).slice(0, 4));
  try {
    const [calendar, hours] = await Promise.all([loadWorkCalendar(db, year - 1, year + 3), officeHours(db)]);
    return { calendar, hours };
  } catch (e) {
    // Days stored for a year nobody configured: that year is missing all the same.
    if (e instanceof CalendarYearMissingError) throw calendarMissing(e.year);
    throw e;
  }
}

/** `dueAt` of the domain, a missing calendar year turned into the desk's 409. */
export function dueOf(
  cw: Clockwork,
  start: string,
  amount: number,
  unit: string,
  pauses: readonly Pause[] = [],
): string | null {
  try {
    return dueAt(start, amount, unit as TimeUnit, pauses, cw.calendar, cw.hours);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) throw calendarMissing(e.year);
    throw e;
  }
}

/** The year the due time of a period starting at `start` needs that the calendar lacks, or null. */
export function missingYear(cw: Clockwork, start: string, amount: number, unit: string): number | null {
  try {
    dueAt(start, amount, unit as TimeUnit, [], cw.calendar, cw.hours);
    return null;
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return e.year;
    throw e;
  }
}

/** The end of "due soon": two working days from now (four calendar days when the calendar lacks the year). */
export function dueSoonLimit(cw: Clockwork | null, now: string): string {
  if (cw)
    try {
      return dueAt(now, 2, 'working_days', [], cw.calendar, cw.hours) ?? now;
    } catch (e) {
      if (!(e instanceof CalendarYearMissingError)) throw e;
    }
  return new Date(Date.parse(now) + 4 * 86_400_000).toISOString();
}

/** Open and running (not paused, not finished): what "overdue" and "due soon" are judged on. */
export const RUNNING = ['accepted', 'in_process'] as const;

export function timeFlags(
  d: { status: string; due_at: string | null },
  now: string,
  soon: string,
): { overdue: boolean; dueSoon: boolean } {
  const running = (RUNNING as readonly string[]).includes(d.status) && d.due_at !== null;
  return {
    overdue: running && d.due_at! < now,
    dueSoon: running && d.due_at! >= now && d.due_at! <= soon,
  };
}
