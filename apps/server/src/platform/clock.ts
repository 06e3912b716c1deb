/** "Now" for rules that depend on elapsed time (sessions, sign-in throttling), so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today in Vietnam (UTC+7, no daylight saving): the legal day, whatever the server's clock zone. */
export const todayVn = (clock: Clock = systemClock): string =>
  new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
export const currentYearVn = (clock: Clock = systemClock): number => Number(todayVn(clock).slice(0, 4));

/** A clock that moves only when told: tests step through minutes without sleeping. */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | number = Date.now()) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}
