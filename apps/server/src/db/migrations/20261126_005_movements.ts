import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../index.ts';

/**
 * Emulation movements and their year: participants, measurable targets,
 * stage transitions (append-only; the status column is the last of them),
 * registrations with titles and commitments, progress per period, exemplars,
 * blocs and clusters per year, in-app notifications, and files kept with
 * these records. Award records may name the movement they were given under.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPg = isPostgres(db);

  await db.schema
    .createTable('movements')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('launch_level', 'text', (c) => c.notNull())
    .addColumn('launch_doc_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('launch_doc_date', 'text')
    .addColumn('launch_doc_signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('objectives', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('registration_deadline', 'text')
    .addColumn('report_every', 'text', (c) => c.notNull())
    // Denormalised last transition, for lists and filters; movement_transitions is the record.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('movements_year_idx').on('movements').columns(['year', 'status']).execute();

  await db.schema
    .createTable('movement_orgs')
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('movement_orgs_pk', ['movement_id', 'org_id'])
    .execute();
  await db.schema.createIndex('movement_orgs_org_idx').on('movement_orgs').column('org_id').execute();

  await db.schema
    .createTable('movement_targets')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('movement_targets_movement_idx').on('movement_targets').column('movement_id').execute();

  await db.schema
    .createTable('movement_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('action', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('movement_transitions_movement_idx')
    .on('movement_transitions')
    .columns(['movement_id', 'at'])
    .execute();

  await db.schema
    .createTable('movement_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('late_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('movement_registrations_unit_uq', ['movement_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('registration_titles')
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('movement_registrations.id').onDelete('cascade'),
    )
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('award_code', 'text', (c) => c.notNull())
    // The movement's year, so "did this person register for LĐTT in Y" needs no join.
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_titles_pk', ['registration_id', 'subject_id', 'award_code'])
    .execute();
  await db.schema
    .createIndex('registration_titles_subject_idx')
    .on('registration_titles')
    .columns(['subject_id', 'year'])
    .execute();

  await db.schema
    .createTable('registration_commitments')
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('movement_registrations.id').onDelete('cascade'),
    )
    .addColumn('target_id', 'text', (c) => c.notNull().references('movement_targets.id').onDelete('cascade'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_commitments_pk', ['registration_id', 'target_id'])
    .execute();

  await db.schema
    .createTable('movement_progress')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('target_id', 'text', (c) => c.notNull().references('movement_targets.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('movement_progress_uq', ['movement_id', 'org_id', 'target_id', 'period'])
    .execute();

  await db.schema
    .createTable('movement_exemplars')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('movement_exemplars_movement_idx')
    .on('movement_exemplars')
    .column('movement_id')
    .execute();

  await db.schema
    .createTable('movement_reminders')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('movement_reminders_movement_idx')
    .on('movement_reminders')
    .columns(['movement_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('blocs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organiser', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // A bloc's year: the covenant signed, members with their rotating roles. Scores attach here later.
  await db.schema
    .createTable('bloc_years')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('bloc_id', 'text', (c) => c.notNull().references('blocs.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('covenant_signed_on', 'text')
    .addColumn('covenant_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('covenant_content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('bloc_years_uq', ['bloc_id', 'year'])
    .execute();
  await db.schema
    .createTable('bloc_members')
    .addColumn('bloc_year_id', 'text', (c) => c.notNull().references('bloc_years.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // One of the department's units, or another agency (another Sở) by name.
    .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bloc_members_pk', ['bloc_year_id', 'position'])
    .execute();
  await db.schema.createIndex('bloc_members_org_idx').on('bloc_members').column('org_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  // Files live in the database: saved in the same transaction as their record, backed up with it,
  // and shared by every server instance without a common disk.
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', isPg ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .execute();
  await db.schema.createIndex('files_owner_idx').on('files').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .alterTable('award_records')
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .execute();
  await db.schema.createIndex('award_records_movement_idx').on('award_records').column('movement_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('award_records_movement_idx').execute();
  await db.schema.alterTable('award_records').dropColumn('movement_id').execute();
  for (const t of [
    'files',
    'notifications',
    'bloc_members',
    'bloc_years',
    'blocs',
    'movement_reminders',
    'movement_exemplars',
    'movement_progress',
    'registration_commitments',
    'registration_titles',
    'movement_registrations',
    'movement_transitions',
    'movement_targets',
    'movement_orgs',
    'movements',
  ])
    await db.schema.dropTable(t).execute();
}
