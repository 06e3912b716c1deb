/**
 * The working-day calendar as data. Saturdays and Sundays are weekly rest
 * days; a configured year lists its exceptions: public holidays, days off in
 * lieu or swapped (day_off) and Saturdays declared working (makeup_workday).
 * The Government announces the exact days each year (Labour Code 2019 Art 112(3)),
 * so they are rows an administrator keeps, never a formula
 * (docs/domain/one-stop-par-statistics.md §4, "Public holidays").
 * A date in a year nobody configured is an error naming that year: a guess
 * would silently count Tết as working days.
 */
export const DAY_KINDS = ['holiday', 'day_off', 'makeup_workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  holiday: 'Nghỉ lễ, tết',
  day_off: 'Nghỉ bù, hoán đổi',
  makeup_workday: 'Làm bù',
};

export interface CalendarDay {
  /** ISO date `YYYY-MM-DD` (the day in Vietnam). */
  date: string;
  kind: DayKind;
  name: string;
  legalBasis: string;
}

/** The calendar was asked about a year it has no configuration for. */
export class CalendarYearMissingError extends Error {
  readonly code = 'calendar_year_missing';
  constructor(readonly year: number) {
    super(`Chưa cấu hình lịch làm việc năm ${year}: cần khai báo ngày nghỉ lễ, nghỉ bù, làm bù của năm ${year}.`);
    this.name = 'CalendarYearMissingError';
  }
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date; throws on anything else so a typo never counts as a day. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return ms / DAY_MS;
}

export const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => isoOfDay(dayNumber(iso) + n);
/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (iso: string): number => (((dayNumber(iso) + 4) % 7) + 7) % 7;
export const isWeekend = (iso: string): boolean => {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
};

export class WorkCalendar {
  readonly years: readonly number[];
  private readonly configured: ReadonlySet<number>;
  private readonly byDate: ReadonlyMap<string, CalendarDay>;

  constructor(years: Iterable<number>, days: readonly CalendarDay[]) {
    this.configured = new Set(years);
    this.years = [...this.configured].sort((a, b) => a - b);
    const map = new Map<string, CalendarDay>();
    for (const d of days) {
      dayNumber(d.date);
      const y = Number(d.date.slice(0, 4));
      if (!this.configured.has(y)) throw new CalendarYearMissingError(y);
      map.set(d.date, d);
    }
    this.byDate = map;
  }

  hasYear(year: number): boolean {
    return this.configured.has(year);
  }

  /** The configured exception on that day, if any; throws when its year is not configured. */
  entry(date: string): CalendarDay | undefined {
    dayNumber(date);
    const y = Number(date.slice(0, 4));
    if (!this.configured.has(y)) throw new CalendarYearMissingError(y);
    return this.byDate.get(date);
  }

  isWorkingDay(date: string): boolean {
    const e = this.entry(date);
    if (e) return e.kind === 'makeup_workday';
    return !isWeekend(date);
  }

  /** Every exception of a year, in date order. */
  daysOf(year: number): CalendarDay[] {
    if (!this.configured.has(year)) throw new CalendarYearMissingError(year);
    return [...this.byDate.values()]
      .filter((d) => d.date.startsWith(`${year}-`))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }
}

export const isWorkingDay = (calendar: WorkCalendar, date: string): boolean => calendar.isWorkingDay(date);

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(calendar: WorkCalendar, date: string): string {
  let d = dayNumber(date);
  while (!calendar.isWorkingDay(isoOfDay(d))) d++;
  return isoOfDay(d);
}

/**
 * The day on which `n` working days counted from the day after `from` end:
 * the event day itself never counts (Civil Code 2015 Art 147(1), the same
 * reading for working days). `n = 0` is `from`.
 */
export function addWorkingDays(calendar: WorkCalendar, from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}`);
  let d = dayNumber(from);
  let left = n;
  while (left > 0) {
    d++;
    if (calendar.isWorkingDay(isoOfDay(d))) left--;
  }
  return isoOfDay(d);
}

/** Working days in (from, to]: the inverse of addWorkingDays; negative when `to` is before `from`. */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(calendar, to, from);
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (calendar.isWorkingDay(isoOfDay(d))) n++;
  return n;
}
