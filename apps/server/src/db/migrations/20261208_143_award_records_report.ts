import { sql, type Kysely } from 'kysely';

/**
 * The summary report counts the award history of a span by award and kind of subject (a province holds about
 * 900,000 records in five years): from the table that read every row's page (≈ 1 s of CPU, several seconds on
 * a loaded machine); from this covering index of the records not withdrawn it reads index entries of the span
 * only (≈ 0.2 s). Partial, so the withdrawn records are not in it and the condition costs nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index award_records_report on award_records (year, award_code, subject_kind, org_id) where deleted_at is null`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('award_records_report').execute();
}
