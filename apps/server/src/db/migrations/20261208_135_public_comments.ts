import type { Kysely } from 'kysely';

/** Comments sent from the public posting page, for the emulation office (docs/reports.md). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  void db;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  void db;
}
