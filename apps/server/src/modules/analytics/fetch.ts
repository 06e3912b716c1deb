import {
  type Accumulator,
  EMPTY_ACCUMULATOR,
  PERIOD_TYPE_MONTHS,
  type ReportingPeriod,
  accumulate,
  periodsWithin,
  monthSpan,
} from '@thidua/domain';
import { type Compilable, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatPeriodType } from '../../db/schema-statistics.ts';
import type { Indicator } from './universe.ts';

/**
 * The entered values of some indicators over one period, combined in the database: one row per (indicator,
 * unit, option) — SUM and COUNT over the period's months on the `stat_values_year` index — never the raw
 * values. A value stored for the period itself (the official yearly figure) wins over the sum of its months.
 */

/** (indicator id, unit id) → option ('' the total as entered) → accumulator. */
export type PeriodData = Map<string, Map<string, Accumulator>>;
export const dataKey = (indicatorId: string, unitId: string) => `${indicatorId}|${unitId}`;

const CHUNK = 500;
const QUARTER_ENDS = new Set([3, 6, 9, 12]);
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

function put(
  data: PeriodData,
  indicatorId: string,
  unitId: string,
  category: string,
  acc: Accumulator,
  replace: boolean,
) {
  const key = dataKey(indicatorId, unitId);
  let cats = data.get(key);
  if (!cats) data.set(key, (cats = new Map()));
  if (replace || !cats.has(category)) cats.set(category, acc);
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

interface WholeRow {
  indicator_id: string;
  unit_id: string;
  os: unknown;
  oc: unknown;
  s: unknown;
  c: unknown;
}

/** Rows (indicator_id, unit_id, category, s, c) folded per (indicator, unit): the entered total and the options' sum. */
const wholeRows = async (db: Kysely<Database>, rows: Compilable) =>
  (
    await sql<WholeRow>`select t.indicator_id, t.unit_id,
      sum(case when t.category = '' and t.c > 0 then t.s end) as os,
      sum(case when t.category = '' and t.c > 0 then t.c end) as oc,
      sum(case when t.category <> '' and t.c > 0 then t.s end) as s,
      sum(case when t.category <> '' and t.c > 0 then t.c end) as c
    from (${rows}) t group by t.indicator_id, t.unit_id`.execute(db)
  ).rows;

export async function fetchPeriod(
  db: Kysely<Database>,
  indicators: Indicator[],
  period: ReportingPeriod,
  unitIds?: string[],
  /**
   * `totals: false` sums the months themselves (the reference the running totals are tested against).
   * `wholeOnly`: the caller reads only each (indicator, unit)'s whole figure (option ''), so a summed
   * indicator's options are added up in the database — one row per (indicator, unit) instead of one per option
   * (a year's pivot at the full province: 30,000 rows, not 150,000). The entered total, when there is one, still wins.
   */
  options: { totals?: boolean; wholeOnly?: boolean } = {},
): Promise<PeriodData> {
  const data: PeriodData = new Map();
  if (indicators.length === 0) return data;
  const { year, first, last } = monthSpan(period);

  // Stored for the period itself (it wins, option by option): read first, so that an indicator having such
  // values keeps its options apart below. A period is its type, year and last month: read from the covering
  // `stat_values_pivot` index alone (`month + 0` so the planner does not take `stat_values_year`, whose
  // (indicator, year, month) would visit every monthly value of that month, 150,000 at the full province).
  const stored: { indicator_id: string; unit_id: string; category: string; value: unknown }[] = [];
  for (const ids of chunks(indicators.map((i) => i.id)))
    stored.push(
      ...(await db
        .selectFrom('stat_values')
        .select(['indicator_id', 'unit_id', 'category', 'value'])
        .where('indicator_id', 'in', ids)
        .where('year', '=', year)
        .where('period_type', '=', period.type as StatPeriodType)
        .where(sql<number>`month + 0`, '=', last)
        .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!))
        .execute()),
    );
  const withStored = new Set(stored.map((r) => r.indicator_id));

  // Over time: every value of the indicator's own type lying within the period (the months of a quarter…).
  const byType = new Map<StatPeriodType, Indicator[]>();
  for (const i of indicators) {
    if (i.aggregation === 'none' || i.periodType === period.type || periodsWithin(period, i.periodType).length === 0)
      continue;
    byType.set(i.periodType, [...(byType.get(i.periodType) ?? []), i]);
  }
  for (const [type, list] of byType) {
    const minMonth = first + PERIOD_TYPE_MONTHS[type] - 1;
    const summed = list.filter((i) => i.aggregation !== 'last').map((i) => i.id);
    // A span that starts after a quarter's end and ends at one is read from the running totals (migration 129).
    const totals = options.totals !== false && QUARTER_ENDS.has(last) && (first === 1 || QUARTER_ENDS.has(first - 1));
    const fromTotals = (ids: string[]) =>
      db
        .selectFrom('stat_value_totals')
        .select(['indicator_id', 'unit_id', 'category'])
        .select(() => [
          sql<number>`sum(case when upto = ${last} then total else -total end)`.as('s'),
          sql<number>`sum(case when upto = ${last} then count else -count end)`.as('c'),
        ])
        .where('indicator_id', 'in', ids)
        .where('year', '=', year)
        .where('period_type', '=', type)
        .where('upto', 'in', first === 1 ? [last] : [first - 1, last])
        .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!))
        .groupBy(['indicator_id', 'unit_id', 'category'])
        .execute();
    const fromMonths = (ids: string[]) =>
      db
        .selectFrom('stat_values')
        .select(['indicator_id', 'unit_id', 'category'])
        .select((eb) => [eb.fn.sum<number>('value').as('s'), eb.fn.count<number>('value').as('c')])
        .where('indicator_id', 'in', ids)
        .where('year', '=', year)
        .where('month', '>=', minMonth)
        .where('month', '<=', last)
        .where('period_type', '=', type)
        .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!))
        .groupBy(['indicator_id', 'unit_id', 'category'])
        .execute();
    // The same, the options added up: the entered total ('') and the options' sum side by side per (indicator,
    // unit). A span not starting in January is the difference of two running totals per option first, so an
    // option without a value in the span (count 0) adds nothing, not a rounding residue of the difference.
    const wholeFromTotals = (ids: string[]) => {
      const perOption = db
        .selectFrom('stat_value_totals')
        .select(['indicator_id', 'unit_id', 'category'])
        .select(() => [
          sql<number>`sum(case when upto = ${last} then total else -total end)`.as('s'),
          sql<number>`sum(case when upto = ${last} then count else -count end)`.as('c'),
        ])
        .where('indicator_id', 'in', ids)
        .where('year', '=', year)
        .where('period_type', '=', type)
        .where('upto', 'in', [first - 1, last])
        .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!))
        .groupBy(['indicator_id', 'unit_id', 'category']);
      const from =
        first === 1
          ? db
              .selectFrom('stat_value_totals as t')
              .where('t.indicator_id', 'in', ids)
              .where('t.year', '=', year)
              .where('t.period_type', '=', type)
              .where('t.upto', '=', last)
              .$if(unitIds !== undefined, (q) => q.where('t.unit_id', 'in', unitIds!))
              .select(['t.indicator_id', 't.unit_id', 't.category', 't.total as s', 't.count as c'])
          : perOption;
      return wholeRows(db, from);
    };
    const wholeFromMonths = (ids: string[]) =>
      wholeRows(
        db,
        db
          .selectFrom('stat_values')
          .select(['indicator_id', 'unit_id', 'category', 'value as s'])
          .select(sql<number>`case when value is null then 0 else 1 end`.as('c'))
          .where('indicator_id', 'in', ids)
          .where('year', '=', year)
          .where('month', '>=', minMonth)
          .where('month', '<=', last)
          .where('period_type', '=', type)
          .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!)),
      );
    const whole = options.wholeOnly ? summed.filter((id) => !withStored.has(id)) : [];
    for (const ids of chunks(whole))
      for (const r of await (totals ? wholeFromTotals(ids) : wholeFromMonths(ids))) {
        // The entered total wins over its options' sum, as `Analysis` reads a unit's own figure.
        const [s, c] = Number(r.oc) > 0 ? [r.os, r.oc] : [r.s, r.c];
        if (Number(c) > 0)
          put(
            data,
            r.indicator_id,
            r.unit_id,
            '',
            { sum: Number(s), count: Number(c), last: null, lastKey: last },
            false,
          );
      }
    const wholeSet = new Set(whole);
    for (const ids of chunks(summed.filter((id) => !wholeSet.has(id)))) {
      for (const r of await (totals ? fromTotals(ids) : fromMonths(ids))) {
        const c = Number(r.c);
        if (c > 0)
          put(
            data,
            r.indicator_id,
            r.unit_id,
            r.category,
            { sum: Number(r.s), count: c, last: null, lastKey: last },
            false,
          );
      }
    }
    const lasts = list.filter((i) => i.aggregation === 'last').map((i) => i.id);
    for (const ids of chunks(lasts)) {
      const inner = db
        .selectFrom('stat_values')
        .select(['indicator_id', 'unit_id', 'category', 'value', 'month'])
        .select(
          sql<number>`row_number() over (partition by indicator_id, unit_id, category order by month desc)`.as('rn'),
        )
        .where('indicator_id', 'in', ids)
        .where('year', '=', year)
        .where('month', '>=', minMonth)
        .where('month', '<=', last)
        .where('period_type', '=', type)
        .where('value', 'is not', null)
        .$if(unitIds !== undefined, (q) => q.where('unit_id', 'in', unitIds!));
      const rows = await db
        .selectFrom(inner.as('t'))
        .select(['t.indicator_id', 't.unit_id', 't.category', 't.value', 't.month'])
        .where('t.rn', '=', 1)
        .execute();
      for (const r of rows)
        put(
          data,
          r.indicator_id,
          r.unit_id,
          r.category,
          accumulate(EMPTY_ACCUMULATOR, num(r.value), Number(r.month)),
          false,
        );
    }
  }

  for (const r of stored) {
    const acc = accumulate(EMPTY_ACCUMULATOR, num(r.value), last);
    if (acc.count > 0) put(data, r.indicator_id, r.unit_id, r.category, acc, true);
  }
  return data;
}
