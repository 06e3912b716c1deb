import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { getSetting } from '../settings/service.ts';

const WINDOW_MS = 60_000;
/** Rows of windows long gone are deleted now and then (each server at most this often). */
const PRUNE_EVERY_MS = 5 * 60_000;
const PRUNE_OLDER_THAN_MS = 10 * 60_000;
let lastPrune = 0;

export interface Throttled {
  permitted: boolean;
  /** Seconds until the address's window ends (for Retry-After). */
  retryAfter: number;
}

/**
 * Counts one public request of an address in its one-minute window, in one statement (insert or
 * update of the address's row), so concurrent requests on either database each see a count that
 * includes the others: with a limit of 10, twenty at once get exactly ten answers. A window that
 * ended starts again at 1. `kind` keeps lookups and ratings apart. Only what must hold across servers counts here:
 * guesses at a dossier's check digits or a rating token, and comments (writes); a page view counts in memory
 * (pageCache.ts, memoryThrottle).
 */
export async function countRequest(
  db: Kysely<Database>,
  kind: 'lookup' | 'rating' | 'comment',
  address: string,
  now: Date,
): Promise<Throttled> {
  const limit = await getSetting(db, 'onestop.lookupsPerMinute');
  const at = now.toISOString();
  const ended = new Date(now.getTime() - WINDOW_MS).toISOString();
  const row = await db
    .insertInto('public_lookup_throttle')
    .values({ key: `${kind}|${address}`.slice(0, 200), window_start: at, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const over = eb('public_lookup_throttle.window_start', '<=', ended);
        return {
          count: eb
            .case()
            .when(over)
            .then(eb.lit(1))
            .else(eb('public_lookup_throttle.count', '+', 1))
            .end(),
          window_start: eb.case().when(over).then(at).else(eb.ref('public_lookup_throttle.window_start')).end(),
        };
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    const before = new Date(now.getTime() - PRUNE_OLDER_THAN_MS).toISOString();
    await db.deleteFrom('public_lookup_throttle').where('window_start', '<', before).execute();
  }
  const endsAt = Date.parse(row.window_start) + WINDOW_MS;
  return {
    permitted: Number(row.count) <= limit,
    retryAfter: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}

export const TOO_MANY = 'Bạn đã tra cứu quá nhiều lần trong một phút. Vui lòng chờ khoảng một phút rồi thử lại.';
export const TOO_MANY_RATINGS = 'Bạn đã gửi quá nhiều lần trong một phút. Vui lòng chờ khoảng một phút rồi thử lại.';
export const TOO_MANY_VIEWS = 'Bạn đã mở trang quá nhiều lần trong một phút. Vui lòng chờ khoảng một phút rồi thử lại.';
