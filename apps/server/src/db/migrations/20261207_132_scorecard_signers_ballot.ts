import type { Kysely } from 'kysely';

/**
 * The bloc's acclamation vote and the documents' signers (docs/scorecards.md "Documents"):
 * - `scorecard_minutes.voting_method`: `show_of_hands` (the tallies typed from the meeting) or `secret_ballot`
 *   (the tallies taken from a closed council session's secret ballot, `council_session_id`, read through the
 *   council's own stored results);
 * - `scorecard_members.signer_name`: the head of the member who signs its score sheet.
 * The session is not a foreign key so that SQLite can drop the column again on the way down; the service checks it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('scorecard_minutes')
    .addColumn('voting_method', 'text', (c) => c.notNull().defaultTo('show_of_hands'))
    .execute();
  await db.schema.alterTable('scorecard_minutes').addColumn('council_session_id', 'text').execute();
  await db.schema
    .alterTable('scorecard_members')
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('scorecard_members').dropColumn('signer_name').execute();
  await db.schema.alterTable('scorecard_minutes').dropColumn('council_session_id').execute();
  await db.schema.alterTable('scorecard_minutes').dropColumn('voting_method').execute();
}
