import {
  CalendarYearMissingError,
  addWorkingDays,
  dueAt,
  nextWorkingDayFrom,
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
import { getSetting } from '../settings/service.ts';

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

/**
 * When an accepted dossier must reach the competent division (§3.4, setting `onestop.transferCutoff`): an
 * online one at once; a paper one (counter, post) by the end of the office day of receipt, or of the next
 * working day when received after the cut-off (Vietnam time) or on a day off.
 */
export function transferDeadline(cw: Clockwork, receivedAt: string, channel: string, cutoff: string): string {
  if (channel === 'online') return receivedAt;
  const vn = new Date(Date.parse(receivedAt) + 7 * 3_600_000).toISOString();
  const day = vn.slice(0, 10);
  const late = vn.slice(11, 16) > cutoff;
  let due: string;
  try {
    due = cw.calendar.isWorkingDay(day)
      ? late
        ? addWorkingDays(cw.calendar, day, 1)
        : day
      : nextWorkingDayFrom(cw.calendar, day);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) throw calendarMissing(e.year);
    throw e;
  }
  const end = cw.hours[cw.hours.length - 1]?.end ?? '17:00';
  return new Date(`${due}T${end}:00+07:00`).toISOString();
}

/**
 * The transfer deadline of a dossier still awaiting transfer (accepted), null otherwise — and null when the
 * calendar lacks the year (the page and the notice then state the rule in words).
 */
export async function transferDueOf(
  db: Executor,
  d: { status: string; channel: string; received_at: string | null },
): Promise<string | null> {
  if (d.status !== 'accepted' || !d.received_at) return null;
  if (d.channel === 'online') return d.received_at;
  try {
    const [cw, cutoff] = await Promise.all([clockwork(db, d.received_at), getSetting(db, 'onestop.transferCutoff')]);
    return transferDeadline(cw, d.received_at, d.channel, cutoff);
  } catch (e) {
    if (e instanceof AppError && e.code === 'calendar_year_missing') return null;
    throw e;
  }
}
