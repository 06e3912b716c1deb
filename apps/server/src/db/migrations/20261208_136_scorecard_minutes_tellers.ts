import type { Kysely } from 'kysely';

/**
 * A bloc whose representatives have no accounts here (the province's bloc of departments) votes by secret
 * ballot on paper: `voting_method` takes `paper_ballot`, and `tellers` names the counting committee (ban kiểm
 * phiếu) whose count the minutes record (docs/scorecards.md "Documents").
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('scorecard_minutes')
    .addColumn('tellers', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('scorecard_minutes').dropColumn('tellers').execute();
}
