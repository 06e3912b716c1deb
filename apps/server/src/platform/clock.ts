/**
 * "Now" for every judgement that depends on the date or elapsed time (deadlines, "as of" dates,
 * eligibility, sessions, sign-in throttling). Services read it from `deps.clock` (see `clockOf`), so a
 * test fixes the day and moves it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today in Vietnam (UTC+7, no daylight saving): the legal day, whatever the server's clock zone. */
export const todayVn = (clock: Clock): string =>
  new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
export const currentYearVn = (clock: Clock): number => Number(todayVn(clock).slice(0, 4));
/** The instant as stored (UTC ISO), for the times of steps and records that deadlines are counted from. */
export const nowIsoOf = (clock: Clock): string => clock.now().toISOString();

/**
 * A clock that moves only when told: tests step through minutes without sleeping, or fix the day a
 * deadline is judged on (`new ManualClock('2026-03-15T09:00:00+07:00')`).
 */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | number | string = Date.now()) {
    this.ms = ManualClock.ms(start);
  }
  private static ms(at: Date | number | string): number {
    const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(ms)) throw new Error(`ManualClock: not a date: ${String(at)}`);
    return ms;
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  /** Jumps to an instant (e.g. the day after a posting period ends). */
  set(at: Date | number | string): void {
    this.ms = ManualClock.ms(at);
  }
}

/** The day in Vietnam of a stored instant (a submission at 06:00 in Hà Nội is 23:00 UTC the day before). */
export const dayVn = (iso: string): string => todayVn({ now: () => new Date(iso) });
