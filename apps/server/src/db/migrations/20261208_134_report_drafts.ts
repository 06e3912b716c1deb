import type { Kysely } from 'kysely';

/**
 * Summary report drafts (docs/reports.md): one per unit and span of years, its free text per chapter (JSON),
 * every save kept as a numbered version (who, when, the texts); signing freezes the draft and keeps the figures
 * computed at that moment (JSON), from which the signed report is printed ever after.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('year_from', 'integer', (c) => c.notNull())
    .addColumn('year_to', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('texts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('figures', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_by_name', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('report_drafts_span', ['org_id', 'year_from', 'year_to'])
    .execute();
  await db.schema
    .createTable('report_draft_versions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('report_drafts.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('saved_by_name', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_draft_versions_number', ['draft_id', 'version'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_draft_versions').ifExists().execute();
  await db.schema.dropTable('report_drafts').ifExists().execute();
}
