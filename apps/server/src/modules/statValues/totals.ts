import { type Kysely, type Transaction, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Keeps `stat_value_totals` (migration 129) equal to the running sums of `stat_values` at each quarter's end.
 * Every writer of values calls `refreshTotals` with what it touched, in its own transaction; the rows of the
 * touched (indicator, unit, year, period type) combinations are recomputed from the values, so the totals can
 * never drift from them whatever the write (a new value, a changed one, one set to empty).
 */
export interface TouchedValues {
  indicatorIds: Iterable<string>;
  unitIds: Iterable<string>;
  years: Iterable<number>;
  periodTypes: Iterable<string>;
}

/** Only values finer than a year have running totals. */
const SUMMED_TYPES = new Set(['month', 'quarter', 'half']);
const CHUNK = 400;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

const insertSelect = (where: ReturnType<typeof sql>) => sql`
  insert into stat_value_totals (indicator_id, year, period_type, upto, unit_id, category, total, count)
  select v.indicator_id, v.year, v.period_type, u.upto, v.unit_id, v.category,
    sum(case when v.month <= u.upto then v.value end), count(case when v.month <= u.upto then v.value end)
  from stat_values v
  cross join (select 3 as upto union all select 6 union all select 9 union all select 12) u
  where ${where}
  group by v.indicator_id, v.year, v.period_type, u.upto, v.unit_id, v.category`;

export async function refreshTotals(trx: Transaction<Database> | Kysely<Database>, touched: TouchedValues) {
  const types = [...new Set(touched.periodTypes)].filter((t) => SUMMED_TYPES.has(t));
  const years = [...new Set(touched.years)];
  const units = [...new Set(touched.unitIds)];
  const indicators = [...new Set(touched.indicatorIds)];
  if (!types.length || !years.length || !units.length || !indicators.length) return;
  for (const ids of chunks(indicators))
    for (const us of chunks(units)) {
      await trx
        .deleteFrom('stat_value_totals')
        .where('indicator_id', 'in', ids)
        .where('year', 'in', years)
        .where('period_type', 'in', types)
        .where('unit_id', 'in', us)
        .execute();
      const list = <T>(xs: T[]) =>
        sql.join(
          xs.map((x) => sql`${x}`),
          sql`, `,
        );
      await insertSelect(
        sql`v.indicator_id in (${list(ids)}) and v.year in (${list(years)}) and v.period_type in (${list(types)}) and v.unit_id in (${list(us)})`,
      ).execute(trx);
    }
}

/** Recomputes every running total: after a bulk load (the demo, the benchmark) that wrote values directly. */
export async function rebuildTotals(db: Transaction<Database> | Kysely<Database>) {
  await db.deleteFrom('stat_value_totals').execute();
  await insertSelect(sql`v.period_type in ('month', 'quarter', 'half')`).execute(db);
}

/** What a batch of written values touched. */
export function touchedBy(
  rows: readonly { indicatorId: string; unitId: string; period: { year: number; type: string } }[],
): TouchedValues {
  return {
    indicatorIds: new Set(rows.map((r) => r.indicatorId)),
    unitIds: new Set(rows.map((r) => r.unitId)),
    years: new Set(rows.map((r) => r.period.year)),
    periodTypes: new Set(rows.map((r) => r.period.type)),
  };
}
