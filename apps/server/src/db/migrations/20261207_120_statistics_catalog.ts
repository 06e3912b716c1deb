import type { Kysely } from 'kysely';

/**
 * The sector statistics catalog (docs/statistics.md): indicators as data (entered, derived by a formula, or
 * counted from a registry), their disaggregations, the dated reporting units with the mapping across the 2025
 * change of local government, and the data sets a kind of unit reports per period. Options and filters are
 * JSON text, read and written whole with their row.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_disaggregations')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('stat_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('value_type', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('disaggregation_id', 'text', (c) => c.references('stat_disaggregations.id'))
    .addColumn('formula', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('registry_kind', 'text')
    .addColumn('registry_measure', 'text')
    .addColumn('registry_filter', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('stat_units')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('stat_units.id'))
    .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('stat_units_parent').on('stat_units').columns(['parent_id']).execute();
  await db.schema
    .createTable('stat_unit_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('old_unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addColumn('new_unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('share', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('stat_datasets')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('unit_kind', 'text', (c) => c.notNull())
    .addColumn('due_day', 'integer', (c) => c.notNull().defaultTo(20))
    .addColumn('reminder_days', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('stat_dataset_indicators')
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('stat_datasets.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('stat_indicators.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_dataset_indicators_pk', ['dataset_id', 'indicator_id'])
    .execute();
  await db.schema
    .createTable('stat_dataset_units')
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('stat_datasets.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('stat_units.id'))
    .addPrimaryKeyConstraint('stat_dataset_units_pk', ['dataset_id', 'unit_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'stat_dataset_units',
    'stat_dataset_indicators',
    'stat_datasets',
    'stat_unit_mappings',
    'stat_units',
    'stat_indicators',
    'stat_disaggregations',
  ])
    await db.schema.dropTable(t).execute();
}
