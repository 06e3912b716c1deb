import type { Kysely } from 'kysely';

/**
 * The procedure catalog (thủ tục hành chính) as versioned data (docs/one-stop.md): a procedure keeps its
 * identity (national code, field, level, agency) and a version per publishing decision, with the time limit,
 * fees, required documents, internal steps and inter-agency legs of that version as JSON (they are read and
 * written whole, with the version). A dossier is pinned to the version in force at its receipt, so a version
 * is never edited once published: an amendment is a new version. The status history is in `transitions`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procedures')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('inter_agency', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('online_level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_version_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('procedures_field').on('procedures').columns(['field', 'status']).execute();
  await db.schema
    .createTable('procedure_versions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_date', 'text')
    .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_amount', 'double precision', (c) => c.notNull())
    .addColumn('time_unit', 'text', (c) => c.notNull())
    .addColumn('no_appointment', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fee_total', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('fees', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('documents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('steps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('legs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('result_validity', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('compliance_cost', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('yearly_dossiers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('procedure_versions_seq', ['procedure_id', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('procedure_versions').execute();
  await db.schema.dropTable('procedures').execute();
}
