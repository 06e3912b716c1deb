import type { Kysely } from 'kysely';

/**
 * The quorum became a setting (migration 105), but a session kept only the thresholds it applied,
 * so its minutes printed the quorum rule of the day they were printed. A closed session now stores
 * the quorum checked at its close next to its closing time; sessions closed before this keep NULL
 * and their minutes fall back to the current setting.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('council_sessions').addColumn('quorum', 'double precision').execute();
}
