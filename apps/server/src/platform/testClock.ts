import type { Clock } from './clock.ts';

/**
 * The clock of a server started for browser tests (THIDUA_TEST_CLOCK=1): real time until a test sets
 * it, then running on from the instant set (sessions, throttles and the order of events still see
 * time pass), and back to real time when reset. Never in production: `testClockFromEnv` refuses.
 */
export class TestClock implements Clock {
  /** Milliseconds added to real time; null while it follows real time. */
  private offset: number | null = null;
  constructor(private readonly real: () => number = Date.now) {}
  now(): Date {
    return new Date(this.real() + (this.offset ?? 0));
  }
  /** Moves "now" to an instant (it runs on from there), or back to real time with null. */
  set(at: string | null): void {
    if (at === null) {
      this.offset = null;
      return;
    }
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw new RangeError(`Không phải thời điểm: ${at}`);
    this.offset = ms - this.real();
  }
  get isSet(): boolean {
    return this.offset !== null;
  }
}

export class TestClockRefused extends Error {}

/**
 * The test clock when the environment asks for it (THIDUA_TEST_CLOCK=1), else undefined (the system
 * clock, and no route to move it). With NODE_ENV=production it is an error: the server must not start.
 */
export function testClockFromEnv(env: NodeJS.ProcessEnv = process.env): TestClock | undefined {
  const flag = env.THIDUA_TEST_CLOCK?.trim();
  if (!flag || flag === '0' || flag === 'false') return undefined;
  if (flag !== '1' && flag !== 'true')
    throw new TestClockRefused(
      `THIDUA_TEST_CLOCK phải là 1 (bật đồng hồ kiểm thử) hoặc để trống; nhận được "${flag}".`,
    );
  if (env.NODE_ENV === 'production')
    throw new TestClockRefused(
      'THIDUA_TEST_CLOCK=1 chỉ dùng cho kiểm thử trình duyệt: không khởi động khi NODE_ENV=production.',
    );
  return new TestClock();
}
