import type { Kysely } from 'kysely';

/**
 * Whether a threshold must be reached ("từ … trở lên") or exceeded ("trên …") became part of each
 * award's voting rule, where it had been one switch (`strict`) of the voting setting. A closed
 * session stored the threshold it applied but not the comparison, so its outcome would be restated
 * by whatever the setting later says. Each agenda item now keeps the comparison it was judged by.
 * Items of sessions already closed were judged by the switch then stored (no row: "at least", the
 * default of the time): they get that one, so their announced results read as they were judged.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('session_items').addColumn('comparison', 'text').execute();
  const row = (await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'council.voting')
    .executeTakeFirst()) as { value: string } | undefined;
  const strict = row ? (JSON.parse(row.value) as { strict?: boolean }).strict === true : false;
  const closed = db.selectFrom('council_sessions').select('id').where('status', '=', 'closed');
  await db
    .updateTable('session_items')
    .set({ comparison: strict ? 'more_than' : 'at_least' })
    .where('session_id', 'in', closed)
    .execute();
}
