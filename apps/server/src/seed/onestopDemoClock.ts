import {
  dueAt,
  isoOfDay,
  dayNumber,
  vnDateOf,
  type OfficeSession,
  type Pause,
  type WorkCalendar,
} from '@thidua/domain';
import type { Rng } from './names.ts';

/** Time in the demo's office: Vietnam days and minutes, office hours, working days over the calendar. */

export interface OfficeCalendar {
  cal: WorkCalendar;
  hours: readonly OfficeSession[];
}

const MIN = 60_000;
export const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MIN).toISOString();
/** An instant of a Vietnam day at a minute of the day. */
export const atVn = (day: string, minute: number) =>
  new Date((dayNumber(day) * 1440 + minute - 420) * MIN).toISOString();
export const minuteOf = (iso: string) => (((Math.floor(Date.parse(iso) / MIN) + 420) % 1440) + 1440) % 1440;

export class Clock {
  constructor(
    private readonly ctx: OfficeCalendar,
    private readonly rng: Rng,
  ) {}
  working(day: string): boolean {
    return this.ctx.cal.isWorkingDay(day);
  }
  nextWorkingDay(day: string): string {
    let d = dayNumber(day) + 1;
    while (!this.working(isoOfDay(d))) d++;
    return isoOfDay(d);
  }
  /** The instant itself when the office is open then, else a little after the next opening. */
  office(iso: string): string {
    const day = vnDateOf(iso);
    const m = minuteOf(iso);
    if (this.working(day)) {
      if (m < 450) return atVn(day, 450 + this.rng.int(5, 90));
      if ((m >= 450 && m < 690) || (m >= 810 && m < 1005)) return iso;
      if (m >= 690 && m < 810) return atVn(day, 810 + this.rng.int(0, 40));
    }
    return atVn(this.nextWorkingDay(day), 450 + this.rng.int(10, 150));
  }
  /** A random office time of a day. */
  timeOn(day: string): string {
    const m = this.rng.chance(0.55) ? this.rng.int(480, 685) : this.rng.int(815, 990);
    return atVn(day, m);
  }
  /** The day on which k working days after `start` end, paused days not counted. */
  dayAfter(start: string, k: number, pauses: readonly Pause[] = []): string {
    return vnDateOf(this.due(start, k, pauses));
  }
  due(start: string, k: number, pauses: readonly Pause[] = []): string {
    return dueAt(start, k, 'working_days', pauses, this.ctx.cal, this.ctx.hours)!;
  }
}

/** The calendar with each day's answer kept: a generator asks about the same few hundred days millions of times. */
export function rememberingCalendar(cal: WorkCalendar): WorkCalendar {
  const memo = new Map<string, boolean>();
  const fast = Object.create(cal) as WorkCalendar;
  fast.isWorkingDay = (day: string) => {
    let v = memo.get(day);
    if (v === undefined) memo.set(day, (v = cal.isWorkingDay(day)));
    return v;
  };
  return fast;
}
