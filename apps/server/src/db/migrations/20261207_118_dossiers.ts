import type { Kysely } from 'kysely';

/**
 * Dossiers of the one-stop desk (docs/one-stop.md). The status history is the `transitions` table (entity
 * `dossier`); the timestamps the report reads (received, due, original due, finished, returned) are set only
 * by those steps, in their transaction, so the report is computed from the events' own times. Pauses, internal
 * steps and inter-agency legs are their own rows because the report and each officer's lateness read them.
 * The day's running number of each agency is one counter row per (agency, day), taken under the row's lock.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('procedure_version_id', 'text', (c) => c.notNull().references('procedure_versions.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_id_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('applicant_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('applicant_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('applicant_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('original_due_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('result', 'text')
    .addColumn('apologies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('step_index', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assignee_id', 'text')
    .addColumn('assignee_org_id', 'text')
    .addColumn('fee_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('fee_paid_at', 'text')
    .addColumn('rating_token_hash', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('dossiers_status_due').on('dossiers').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('dossiers_received').on('dossiers').columns(['received_at']).execute();
  await db.schema.createIndex('dossiers_finished').on('dossiers').columns(['finished_at']).execute();
  await db.schema.createIndex('dossiers_procedure').on('dossiers').columns(['procedure_id', 'received_at']).execute();
  await db.schema.createIndex('dossiers_assignee').on('dossiers').columns(['assignee_id', 'status']).execute();

  await db.schema
    .createTable('dossier_documents')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('provided', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('file_id', 'text')
    .addUniqueConstraint('dossier_documents_seq', ['dossier_id', 'seq'])
    .execute();

  await db.schema
    .createTable('dossier_steps')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('started_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('dossier_steps_seq', ['dossier_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('dossier_steps_assignee')
    .on('dossier_steps')
    .columns(['assignee_id', 'finished_at'])
    .execute();

  await db.schema
    .createTable('dossier_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('to_at', 'text')
    .addColumn('deadline', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dossier_pauses_dossier').on('dossier_pauses').columns(['dossier_id']).execute();

  await db.schema
    .createTable('dossier_legs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('dossier_legs_dossier').on('dossier_legs').columns(['dossier_id']).execute();

  await db.schema
    .createTable('dossier_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dossier_id', 'text', (c) => c.notNull().unique().references('dossiers.id'))
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossier_code_counters')
    .addColumn('agency_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_code_counters_pk', ['agency_code', 'day'])
    .execute();

  await db.schema
    .createTable('public_lookup_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'public_lookup_throttle',
    'dossier_code_counters',
    'dossier_ratings',
    'dossier_legs',
    'dossier_pauses',
    'dossier_steps',
    'dossier_documents',
    'dossiers',
  ])
    await db.schema.dropTable(t).execute();
}
