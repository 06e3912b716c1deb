import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * A counter's policy: `limit` failures are let through, after which each
 * further attempt waits out a lock that starts at `firstLockMs` and doubles
 * up to `capMs`. A counter with no failure for `forgetMs` starts again.
 */
export interface Rule {
  limit: number;
  firstLockMs: number;
  capMs: number;
  forgetMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The policy the README describes ("Đăng nhập và khóa tạm thời").
 * - pair: one account from one address — the guessing an attacker can do from one place;
 * - account: one account from addresses where it never signed in — a spread-out attack;
 *   places the owner has signed in from before are not counted and not refused;
 * - address: distinct accounts tried from one address where they never signed in —
 *   credential stuffing; high, because a whole office may sit behind one NAT.
 */
export const THROTTLE = {
  pair: { limit: 5, firstLockMs: MINUTE, capMs: 60 * MINUTE, forgetMs: DAY },
  account: { limit: 50, firstLockMs: MINUTE, capMs: 15 * MINUTE, forgetMs: DAY },
  address: { limit: 100, firstLockMs: MINUTE, capMs: 60 * MINUTE, forgetMs: DAY },
  /** A pair that signed in within this long is a known place. */
  knownForMs: 90 * DAY,
} satisfies Record<string, Rule | number>;

export const pairKey = (account: string, address: string) => `p:${account}|${address}`;
export const accountKey = (account: string) => `a:${account}`;
export const addressKey = (address: string) => `ip:${address}`;

export interface Reservation {
  permitted: boolean;
  /** Failures counted in the current run, this attempt included when permitted. */
  failures: number;
  lockedUntil: Date | undefined;
  succeededAt: Date | undefined;
}

/** The lock an attempt sets when it is the `failures`-th counted: none below the limit, then doubling. */
export function lockMsFor(rule: Rule, failures: number): number | undefined {
  if (failures < rule.limit) return undefined;
  return Math.min(rule.capMs, rule.firstLockMs * 2 ** Math.min(30, failures - rule.limit));
}

type Eb = ExpressionBuilder<Database, 'sign_in_throttle'>;

/**
 * Counts an attempt before the password is checked, in one statement, so
 * parallel attempts each see the count that includes the others: with a limit
 * of 5, twenty simultaneous guesses get exactly five checked. A locked counter
 * is left as it is (waiting out a lock is never made longer by knocking).
 */
export async function reserve(db: Kysely<Database>, key: string, rule: Rule, now: Date): Promise<Reservation> {
  const at = now.toISOString();
  const forgetBefore = new Date(now.getTime() - rule.forgetMs).toISOString();
  const lockIso = (failures: number) => {
    const ms = lockMsFor(rule, failures);
    return ms === undefined ? null : new Date(now.getTime() + ms).toISOString();
  };
  const locked = (eb: Eb) => eb('sign_in_throttle.locked_until', '>', at);
  const stale = (eb: Eb) => eb('sign_in_throttle.last_failure_at', '<', forgetBefore);
  // Every lock this attempt could set, one branch per step of the doubling until the cap.
  const steps: { failures: number; until: string }[] = [];
  for (let n = rule.limit; ; n++) {
    steps.push({ failures: n, until: lockIso(n)! });
    if (lockMsFor(rule, n)! >= rule.capMs) break;
  }
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, last_failure_at: at, locked_until: lockIso(1), permitted: 1, succeeded_at: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const next = eb('sign_in_throttle.failures', '+', 1);
        let lock = eb
          .case()
          .when(locked(eb))
          .then(eb.ref('sign_in_throttle.locked_until'))
          .when(stale(eb))
          .then(lockIso(1));
        for (const [i, step] of steps.entries())
          lock =
            i === steps.length - 1
              ? lock.when(next, '>=', step.failures).then(step.until)
              : lock.when(next, '=', step.failures).then(step.until);
        return {
          permitted: eb.case().when(locked(eb)).then(eb.lit(0)).else(eb.lit(1)).end(),
          failures: eb
            .case()
            .when(locked(eb))
            .then(eb.ref('sign_in_throttle.failures'))
            .when(stale(eb))
            .then(eb.lit(1))
            .else(next)
            .end(),
          last_failure_at: eb.case().when(locked(eb)).then(eb.ref('sign_in_throttle.last_failure_at')).else(at).end(),
          locked_until: lock.else(null).end(),
        };
      }),
    )
    .returning(['failures', 'locked_until', 'permitted', 'succeeded_at'])
    .executeTakeFirstOrThrow();
  return {
    permitted: Number(row.permitted) === 1,
    failures: Number(row.failures),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : undefined,
    succeededAt: row.succeeded_at ? new Date(row.succeeded_at) : undefined,
  };
}

/**
 * Gives back an attempt that turned out to be right. A lock it set by
 * reaching the limit goes with it; a lock from later failures stays.
 */
export async function release(db: Kysely<Database>, key: string, rule: Rule): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set((eb) => ({
      failures: eb('failures', '-', 1),
      locked_until: eb.case().when('failures', '<=', rule.limit).then(null).else(eb.ref('locked_until')).end(),
    }))
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

/** The right password from this pair: its failures are forgiven and the place is remembered as known. */
export async function succeed(db: Kysely<Database>, key: string, now: Date): Promise<void> {
  const at = now.toISOString();
  // last_failure_at doubles as "last touched", so one cut-off finds rows with nothing left to say.
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, locked_until: null, permitted: 1, succeeded_at: at, last_failure_at: at })
    .where('key', '=', key)
    .execute();
}

/**
 * Drops counters untouched for longer than a place stays known: their failures
 * are forgotten, their locks over, their place no longer known. Guesses at
 * made-up names would otherwise leave rows for ever.
 */
export async function forgetOld(db: Kysely<Database>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - THROTTLE.knownForMs).toISOString();
  await db.deleteFrom('sign_in_throttle').where('last_failure_at', '<', before).execute();
}
