import { WorkCalendar, isoOfDay } from './calendar.ts';

/**
 * Time limits of a dossier (docs/domain/one-stop-par-statistics.md §4):
 * working days, calendar days or working hours, counted from the receipt of a
 * complete dossier, with the clock stopped while the dossier is paused (a
 * supplement request). Times are instants (ISO-8601 with Z or an offset); the
 * calendar and office hours are read in Asia/Ho_Chi_Minh, which is UTC+7 all
 * year (Vietnam has kept no daylight saving since 1975), so a fixed offset is
 * exact and no time-zone library is needed in this pure package.
 */
export const TIME_UNITS = ['working_days', 'calendar_days', 'working_hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface OfficeSession {
  /** `HH:MM`, Vietnam time. */
  start: string;
  end: string;
}

/** The default office day; a setting, passed in by the caller. */
export const DEFAULT_OFFICE_HOURS: readonly OfficeSession[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

/** An interval during which the clock stops; `to` empty while the dossier is still paused. */
export interface Pause {
  from: string;
  to?: string | null;
}

const VN_OFFSET_MIN = 7 * 60;
const DAY_MIN = 1440;

function vnMinute(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Thời điểm không hợp lệ: ${instant}`);
  return Math.floor(ms / 60_000) + VN_OFFSET_MIN;
}
const instantOf = (vnMin: number): string => new Date((vnMin - VN_OFFSET_MIN) * 60_000).toISOString();
const dayOf = (vnMin: number): number => Math.floor(vnMin / DAY_MIN);

/** The day in Vietnam of an instant. */
export const vnDateOf = (instant: string): string => isoOfDay(dayOf(vnMinute(instant)));

function sessionMinutes(officeHours: readonly OfficeSession[]): { s: number; e: number }[] {
  const hm = (t: string) => {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(t);
    if (!m) throw new RangeError(`Giờ làm việc không hợp lệ: ${t}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  const out = officeHours.map((s) => ({ s: hm(s.start), e: hm(s.end) }));
  if (!out.length || out.some((x, i) => x.e <= x.s || (i > 0 && x.s < out[i - 1]!.e)))
    throw new RangeError('Giờ làm việc phải là các buổi tăng dần, không chồng nhau');
  return out;
}

/**
 * When a receipt (or a resumption) is deemed made: inside a session as is; before a
 * session of a working day at its start; after the afternoon session or on a day
 * off at the next working morning (§4 "Office hours": receipts after the afternoon
 * session roll to the next morning).
 */
function deemed(cal: WorkCalendar, vnMin: number, sessions: { s: number; e: number }[]): number {
  let day = dayOf(vnMin);
  if (cal.isWorkingDay(isoOfDay(day))) {
    const mod = vnMin - day * DAY_MIN;
    for (const s of sessions) {
      if (mod < s.s) return day * DAY_MIN + s.s;
      if (mod < s.e) return vnMin;
    }
  }
  do day++;
  while (!cal.isWorkingDay(isoOfDay(day)));
  return day * DAY_MIN + sessions[0]!.s;
}

/**
 * The instant a period ends, or null while an open pause that began before
 * that instant keeps the clock stopped.
 *
 * - `working_days`: day 1 is the working day after the (deemed) receipt; the period
 *   ends with the afternoon session of day n. Days touched by a pause, from the day
 *   it began to the day the dossier came back, do not count: a resumption starts
 *   the count again like a receipt.
 * - `calendar_days`: Civil Code 2015 Art 147(1) — the period starts the day after
 *   the event; Art 148 — it ends at 24:00 of its last day, and when that day is a
 *   weekly rest day or a holiday, at the end of the next working day (the reference
 *   §4 "General civil-law counting"). Paused days do not count either.
 * - `working_hours`: office-session minutes after the receipt, less paused minutes.
 */
export function dueAt(
  start: string,
  amount: number,
  unit: TimeUnit,
  pauses: readonly Pause[],
  calendar: WorkCalendar,
  officeHours: readonly OfficeSession[] = DEFAULT_OFFICE_HOURS,
): string | null {
  if (!(amount >= 0) || !Number.isFinite(amount)) throw new RangeError(`Thời hạn không hợp lệ: ${amount}`);
  const sessions = sessionMinutes(officeHours);
  const open = pauses.filter((p) => !p.to);
  const closed = pauses
    .filter((p): p is { from: string; to: string } => !!p.to)
    .map((p) => ({ a: vnMinute(p.from), b: vnMinute(p.to) }))
    .filter((p) => p.b > p.a)
    .sort((x, y) => x.a - y.a);
  const received = deemed(calendar, vnMinute(start), sessions);
  const due =
    unit === 'working_hours'
      ? byHours(calendar, received, Math.round(amount * 60), closed, sessions)
      : byDays(calendar, received, amount, unit, closed, sessions);
  // Paused and not back yet: no due time until the clock runs again (it is recomputed on resumption).
  if (open.some((p) => vnMinute(p.from) < due)) return null;
  // 24:00 of a calendar-day period's last day, given as that day's last millisecond so the day reads right.
  return unit === 'calendar_days' ? new Date(Date.parse(instantOf(due)) - 1).toISOString() : instantOf(due);
}

function byDays(
  cal: WorkCalendar,
  received: number,
  amount: number,
  unit: 'working_days' | 'calendar_days',
  pauses: { a: number; b: number }[],
  sessions: { s: number; e: number }[],
): number {
  if (!Number.isInteger(amount)) throw new RangeError(`Số ngày phải là số nguyên: ${amount}`);
  const stopped = pauses.map((p) => ({ from: dayOf(p.a), to: dayOf(deemed(cal, p.b, sessions)) }));
  const paused = (d: number) => stopped.some((p) => d >= p.from && d <= p.to);
  let d = dayOf(received);
  if (amount === 0) return received;
  let left = amount;
  while (left > 0) {
    d++;
    if (paused(d)) continue;
    if (unit === 'calendar_days' || cal.isWorkingDay(isoOfDay(d))) left--;
  }
  if (unit === 'working_days') return d * DAY_MIN + sessions.at(-1)!.e;
  while (!cal.isWorkingDay(isoOfDay(d))) d++;
  return (d + 1) * DAY_MIN;
}

function byHours(
  cal: WorkCalendar,
  received: number,
  minutes: number,
  pauses: { a: number; b: number }[],
  sessions: { s: number; e: number }[],
): number {
  let left = minutes;
  let cursor = received;
  if (left === 0) return received;
  for (let day = dayOf(received); ; day++) {
    if (!cal.isWorkingDay(isoOfDay(day))) continue;
    for (const s of sessions) {
      let a = Math.max(day * DAY_MIN + s.s, cursor);
      const b = day * DAY_MIN + s.e;
      // The session's running stretches: the gaps between the pauses that overlap it.
      for (const p of pauses) {
        if (p.b <= a || p.a >= b) continue;
        if (p.a > a) {
          if (p.a - a >= left) return a + left;
          left -= p.a - a;
        }
        a = Math.max(a, p.b);
        if (a >= b) break;
      }
      if (a < b) {
        if (b - a >= left) return a + left;
        left -= b - a;
      }
      cursor = Math.max(cursor, b);
    }
  }
}
