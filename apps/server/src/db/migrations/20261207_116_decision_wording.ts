import type { Kysely } from 'kysely';

/**
 * The wording of decisions as data (issue 14, item 7): a title is recognised ("công nhận danh hiệu
 * “Lao động tiên tiến”"), a form conferred ("tặng Giấy khen"), and the emulation office words each kind
 * as its register does. Every save of a kind's template is a new version (the highest is in force, none
 * means the built-in default), and an issued decision keeps a copy of the wording it was issued with, so
 * its documents never change when the templates do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('decision_templates')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_templates_pk', ['kind', 'version'])
    .execute();
  await db.schema
    .createTable('decision_wordings')
    .addColumn('decision_id', 'text', (c) => c.primaryKey().notNull().references('decisions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('decision_wordings').execute();
  await db.schema.dropTable('decision_templates').execute();
}
