import { sql, type Kysely } from 'kysely';

/**
 * Indexes of the desk's dossier list at a million rows: its default order (due time, none last, then id) walks
 * one index on both databases, so a page costs its own rows rather than a sort of the table; the scope of an
 * officer (the dossier's organisation or the division holding it) has an index on each side of its OR.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('dossiers_due_order')
    .on('dossiers')
    .expression(sql`coalesce(due_at, '9999'), id`)
    .execute();
  await db.schema.createIndex('dossiers_org').on('dossiers').columns(['org_id', 'status']).execute();
  await db.schema.createIndex('dossiers_assignee_org').on('dossiers').columns(['assignee_org_id', 'status']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['dossiers_assignee_org', 'dossiers_org', 'dossiers_due_order'])
    await db.schema.dropIndex(name).execute();
}
