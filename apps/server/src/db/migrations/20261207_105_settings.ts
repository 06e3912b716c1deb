import type { Kysely } from 'kysely';

/**
 * Settings as data (issue 13, item 4): the P/U facts of the references (voting thresholds and quorum,
 * posting days, base-salary rows, bonus rounding and multiples, eligibility readings) were constants
 * that only a release could change. One row per key holds the department's value as JSON text, with
 * a version for stale-write refusal and who changed it when; a key without a row has the default
 * the domain package declares, so a release can still improve a default nobody has overridden.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('settings').execute();
}
