import type { Kysely } from 'kysely';

/**
 * The sector's registries (docs/statistics.md): industrial facilities, cooperatives, craft villages, typical
 * rural industrial products (Circular 26/2014/TT-BCT) and industrial parks and clusters (Decree 32/2024).
 * Each row is dated by `valid_from`/`valid_to` (null: still valid) so a count at any date is exact, and may
 * name the commune (a reporting unit) it lies in. The columns a registry indicator counts or sums are real
 * columns, not JSON, so the count is one indexed query on both databases.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = any;
const common = (t: Builder) =>
  t
    .addColumn('id', 'text', (c: Builder) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c: Builder) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c: Builder) => c.notNull())
    .addColumn('search_key', 'text', (c: Builder) => c.notNull())
    .addColumn('unit_id', 'text', (c: Builder) => c.references('stat_units.id'))
    .addColumn('address', 'text', (c: Builder) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c: Builder) => c.notNull())
    .addColumn('valid_from', 'text', (c: Builder) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('note', 'text', (c: Builder) => c.notNull().defaultTo(''));
const stamps = (t: Builder) =>
  t
    .addColumn('created_at', 'text', (c: Builder) => c.notNull())
    .addColumn('updated_at', 'text', (c: Builder) => c.notNull())
    .addColumn('version', 'integer', (c: Builder) => c.notNull().defaultTo(1));

const TABLES = [
  'reg_facilities',
  'reg_cooperatives',
  'reg_craft_villages',
  'reg_rural_products',
  'reg_industrial_zones',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await stamps(
    common(db.schema.createTable('reg_facilities'))
      .addColumn('tax_code', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('vsic', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('ownership', 'text', (c: Builder) => c.notNull())
      .addColumn('workers', 'integer', (c: Builder) => c.notNull().defaultTo(0)),
  ).execute();
  await stamps(
    common(db.schema.createTable('reg_cooperatives'))
      .addColumn('tax_code', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('field', 'text', (c: Builder) => c.notNull())
      .addColumn('members', 'integer', (c: Builder) => c.notNull().defaultTo(0)),
  ).execute();
  await stamps(
    common(db.schema.createTable('reg_craft_villages'))
      .addColumn('traditional', 'integer', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('decision_no', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('decision_date', 'text')
      .addColumn('households', 'integer', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('craft_households', 'integer', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('products', 'text', (c: Builder) => c.notNull().defaultTo('')),
  ).execute();
  await stamps(
    common(db.schema.createTable('reg_rural_products'))
      .addColumn('producer', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('level', 'text', (c: Builder) => c.notNull())
      .addColumn('vote_year', 'integer', (c: Builder) => c.notNull())
      .addColumn('decision_no', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('decision_date', 'text')
      .addColumn('score', 'double precision'),
  ).execute();
  await stamps(
    common(db.schema.createTable('reg_industrial_zones'))
      .addColumn('zone_type', 'text', (c: Builder) => c.notNull())
      .addColumn('decision_no', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('area_ha', 'double precision', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('industrial_land_ha', 'double precision', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('leased_land_ha', 'double precision', (c: Builder) => c.notNull().defaultTo(0))
      .addColumn('investor', 'text', (c: Builder) => c.notNull().defaultTo(''))
      .addColumn('projects', 'integer', (c: Builder) => c.notNull().defaultTo(0)),
  ).execute();
  for (const t of TABLES) {
    await db.schema.createIndex(`${t}_valid`).on(t).columns(['valid_from', 'valid_to']).execute();
    await db.schema.createIndex(`${t}_search`).on(t).columns(['search_key']).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) await db.schema.dropTable(t).execute();
}
