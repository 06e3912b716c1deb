import type { Kysely } from 'kysely';

/**
 * The candidate list's necessary facts ask "who was rated at least X in these years" (modules/eligibility/
 * prefilter.ts): without this index each such question scanned the whole ratings table (a million rows at
 * a province, ≈ 0.5–0.9 s each, several a run). It carries the subject, so the answer is an index range read.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('ratings_year_rating_subject')
    .on('ratings')
    .columns(['year', 'rating', 'subject_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('ratings_year_rating_subject').execute();
}
