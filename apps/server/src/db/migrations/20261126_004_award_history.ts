import type { Kysely } from 'kysely';

/**
 * Award history — the source of truth the eligibility engine reads — with the
 * periods that bar or qualify a subject (discipline, reviews, maternity leave)
 * and the initiatives awards rest on. Initiatives hold only what the engine and
 * the history need; the initiative registry extends this table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('level', 'text')
    .addColumn('recognised_on', 'text')
    .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('initiatives_org_idx').on('initiatives').column('org_id').execute();

  await db.schema
    .createTable('initiative_authors')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('share', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_authors_pk', ['initiative_id', 'person_id'])
    .execute();
  await db.schema.createIndex('initiative_authors_person_idx').on('initiative_authors').column('person_id').execute();

  await db.schema
    .createTable('award_records')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // The subject's unit when recorded: access checks and subtree lists need no join.
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('award_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('from_year', 'integer', (c) => c.notNull())
    .addColumn('commendation_type', 'text', (c) => c.notNull().defaultTo('periodic'))
    .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_date', 'text')
    .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // Set when a clerk confirmed a record that duplicates or contradicts another: kept, never guessed away.
    .addColumn('flag', 'text')
    // Legal records are never erased: a withdrawn record keeps who withdrew it and why.
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('award_records_subject_idx')
    .on('award_records')
    .columns(['subject_id', 'year'])
    .execute();
  await db.schema.createIndex('award_records_org_year_idx').on('award_records').columns(['org_id', 'year']).execute();
  // Candidate lists start from who holds a title in a year (e.g. CSTĐCS in Y for CSTĐ cấp tỉnh).
  await db.schema
    .createIndex('award_records_code_year_idx')
    .on('award_records')
    .columns(['award_code', 'year', 'subject_id'])
    .execute();

  await db.schema
    .createTable('award_record_initiatives')
    .addColumn('award_record_id', 'text', (c) => c.notNull().references('award_records.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addPrimaryKeyConstraint('award_record_initiatives_pk', ['award_record_id', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('award_record_initiatives_initiative_idx')
    .on('award_record_initiatives')
    .column('initiative_id')
    .execute();

  // Discipline, "under review" flags and maternity leave: dated periods of a person or collective.
  await db.schema
    .createTable('subject_periods')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('subject_periods_subject_idx').on('subject_periods').column('subject_id').execute();
  await db.schema.createIndex('subject_periods_org_idx').on('subject_periods').column('org_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['subject_periods', 'award_record_initiatives', 'award_records', 'initiative_authors', 'initiatives'])
    await db.schema.dropTable(t).execute();
}
