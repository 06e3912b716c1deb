import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Failed sign-ins per account and per IP within a window lock that key for a while. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  perAccount: 5,
  perIp: 30,
};

export async function lockedUntil(db: Kysely<Database>, keys: string[]): Promise<Date | undefined> {
  const rows = await db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
  const now = Date.now();
  const until = rows
    .map((r) => (r.locked_until ? Date.parse(r.locked_until) : 0))
    .filter((t) => t > now)
    .sort((a, b) => b - a)[0];
  return until ? new Date(until) : undefined;
}

export async function recordFailure(db: Kysely<Database>, key: string, limit: number): Promise<void> {
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    const fresh = !row || Date.parse(row.window_start) + THROTTLE.windowMs < now;
    const failures = fresh ? 1 : row.failures + 1;
    const values = {
      failures,
      window_start: fresh ? new Date(now).toISOString() : row.window_start,
      locked_until: failures >= limit ? new Date(now + THROTTLE.lockMs).toISOString() : null,
    };
    if (row) await trx.updateTable('login_throttle').set(values).where('key', '=', key).execute();
    else
      await trx
        .insertInto('login_throttle')
        .values({ key, ...values })
        .execute();
  });
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
