import type { Kysely } from 'kysely';

/**
 * Comments sent from the public posting page (/cong-khai/lay-y-kien) on a dossier posted for public comment,
 * for the emulation office (docs/reports.md). The text is kept as typed (escaped wherever shown); the sender's
 * name and contact are optional; `address` is the sender's network address, kept for abuse only.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_comments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('item_id', 'text')
    .addColumn('sender_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sender_contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_comments_by_proposal')
    .on('public_comments')
    .columns(['proposal_id', 'created_at'])
    .execute();
  await db.schema.createIndex('public_comments_by_time').on('public_comments').columns(['created_at', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('public_comments').ifExists().execute();
}
