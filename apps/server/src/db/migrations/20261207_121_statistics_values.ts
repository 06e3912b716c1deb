import type { Kysely } from 'kysely';

/**
 * The sector statistics' values and their life (docs/statistics.md): the current value per (indicator, unit,
 * period, disaggregation option) with its revision state and comment, every earlier version kept, the
 * submission of a data set per unit and period (completeness, approval, the lock), validation rules, the
 * year's targets and saved analysis views. `year` and `month` (the last month a period covers) are stored so
 * year-to-date and same-period sums are range scans, not string matching.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_values')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('stat_indicators.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('revision', 'text', (c) => c.notNull().defaultTo('estimate'))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('stat_values_pk', ['indicator_id', 'unit_id', 'period', 'category'])
    .execute();
  await db.schema
    .createIndex('stat_values_year')
    .on('stat_values')
    .columns(['indicator_id', 'year', 'month', 'unit_id'])
    .execute();
  await db.schema
    .createTable('stat_value_history')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision')
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stat_value_history_key')
    .on('stat_value_history')
    .columns(['indicator_id', 'unit_id', 'period', 'category'])
    .execute();
  await db.schema
    .createTable('stat_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('stat_datasets.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('stat_submissions_key', ['dataset_id', 'unit_id', 'period'])
    .execute();
  await db.schema.createIndex('stat_submissions_period').on('stat_submissions').columns(['period', 'status']).execute();
  await db.schema
    .createTable('stat_rules')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('left_expr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('operator', 'text', (c) => c.notNull().defaultTo('=='))
    .addColumn('right_expr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('indicator_id', 'text', (c) => c.references('stat_indicators.id'))
    .addColumn('threshold', 'double precision')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text')
    .addColumn('dataset_id', 'text', (c) => c.references('stat_datasets.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('stat_targets')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('stat_indicators.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('stat_targets_pk', ['indicator_id', 'unit_id', 'year', 'category'])
    .execute();
  await db.schema
    .createTable('stat_views')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['stat_views', 'stat_targets', 'stat_rules', 'stat_submissions', 'stat_value_history', 'stat_values'])
    await db.schema.dropTable(t).execute();
}
