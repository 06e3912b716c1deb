import type { Kysely } from 'kysely';

/**
 * A checklist row's earlier scans: a scan replaced by a newer one stays the dossier's file (readable exactly
 * when the dossier is) and is linked to its row here as a superseded version, with when and by whom it was
 * replaced, so the row's history shows every version handed in.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dossier_document_scans')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('dossier_documents.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('superseded_at', 'text', (c) => c.notNull())
    .addColumn('superseded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dossier_document_scans_document')
    .on('dossier_document_scans')
    .columns(['document_id', 'superseded_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dossier_document_scans').execute();
}
