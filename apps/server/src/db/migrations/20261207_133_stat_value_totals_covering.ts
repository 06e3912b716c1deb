import type { Kysely } from 'kysely';

/**
 * The year's pivot without options (modules/analytics/fetch.ts `wholeFromTotals`) reads, per indicator and year,
 * the running totals at one quarter's end: 150,000 rows at the full province. On the primary key alone each row
 * is a visit to the table for its total and count (≈ 380 ms of the PostgreSQL plan at 18 million values); this
 * index carries them, so the read is an index-only scan (PostgreSQL: once VACUUM — autovacuum in a deployment —
 * has marked the pages all-visible) and, on SQLite, a covering index.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('stat_value_totals_covering')
    .on('stat_value_totals')
    .columns(['indicator_id', 'year', 'period_type', 'upto', 'unit_id', 'category', 'total', 'count'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('stat_value_totals_covering').execute();
}
