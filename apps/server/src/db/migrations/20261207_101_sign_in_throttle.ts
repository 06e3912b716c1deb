import type { Kysely } from 'kysely';

/**
 * Sign-in throttling that counts atomically and cannot be turned against an
 * account's owner. The old table was read, then written, so parallel guesses
 * slipped past its limit, and one counter per account let anyone lock an
 * account for everyone. Each row is now a counter (a sign-in pair of account
 * and address, an account across addresses, or an address across accounts)
 * updated in one upsert that also says whether the attempt was allowed; a
 * pair that signed in successfully is remembered as a known place.
 * Old counters are dropped, not converted: at worst a lock ends early.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    // 1 when the last reservation was let through, 0 when a lock refused it.
    .addColumn('permitted', 'integer', (c) => c.notNull())
    .addColumn('succeeded_at', 'text')
    .execute();
  // Counters untouched for months are dropped after a sign-in (forgetOld): a range on this.
  await db.schema
    .createIndex('sign_in_throttle_touched_idx')
    .on('sign_in_throttle')
    .column('last_failure_at')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_throttle').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}
