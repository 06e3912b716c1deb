import { type Kysely, sql } from 'kysely';

/**
 * Running totals of the entered values at each quarter's end (docs/statistics.md "Pre-totals"): per indicator,
 * unit, option, year and the values' period type, the sum and count of the values of months 1..3, 1..6, 1..9 and
 * 1..12. A year, a half, a quarter or a year to date at a quarter's end is then one row per (indicator, unit,
 * option) — or the difference of two — instead of every month's value: a year's pivot at 18 million values reads
 * 150,000 rows, not 1.8 million. Kept with every write of `stat_values` (modules/statValues/totals.ts), in the
 * writing transaction; the equality with the months' own sums is a test.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_value_totals')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('upto', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('total', 'double precision')
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_value_totals_pk', [
      'indicator_id',
      'year',
      'period_type',
      'upto',
      'unit_id',
      'category',
    ])
    .execute();
  await sql`insert into stat_value_totals (indicator_id, year, period_type, upto, unit_id, category, total, count)
    select v.indicator_id, v.year, v.period_type, u.upto, v.unit_id, v.category,
      sum(case when v.month <= u.upto then v.value end), count(case when v.month <= u.upto then v.value end)
    from stat_values v
    cross join (select 3 as upto union all select 6 union all select 9 union all select 12) u
    where v.period_type in ('month', 'quarter', 'half')
    group by v.indicator_id, v.year, v.period_type, u.upto, v.unit_id, v.category`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('stat_value_totals').execute();
}
