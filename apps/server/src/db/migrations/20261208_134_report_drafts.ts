import type { Kysely } from 'kysely';

/** Summary report drafts, their chapter texts and versions (docs/reports.md). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  void db;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  void db;
}
