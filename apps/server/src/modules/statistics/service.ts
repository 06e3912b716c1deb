import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatUnitTable } from '../../db/schema-statistics.ts';

/*
 * What other modules read of the statistics catalog (values, analytics, registries import this file, never the
 * module's other files): the reporting units valid on a day, and where an old unit's figures went.
 */

type Executor = Kysely<Database> | Transaction<Database>;
export type StatUnitRow = Selectable<StatUnitTable>;

export const validOn = (u: Pick<StatUnitRow, 'valid_from' | 'valid_to'>, date: string) =>
  u.valid_from <= date && (u.valid_to === null || u.valid_to >= date);

/** The reporting units valid on `date` (YYYY-MM-DD), of one kind when given, by code. */
export async function unitsValidAt(db: Executor, date: string, kind?: string): Promise<StatUnitRow[]> {
  let q = db
    .selectFrom('stat_units')
    .selectAll()
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]));
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('code').orderBy('id').execute();
}

export interface Successor {
  unitId: string;
  /** The part of the old unit's figures this unit carries (1 when whole). */
  share: number;
}

/** Chains of mappings are followed this deep at most (a province reorganised more often is not plausible). */
const MAX_HOPS = 10;

/**
 * The units valid on `date` that carry a unit's figures: the unit itself while valid, otherwise the successors of
 * its latest mapping in force on that date, followed through later changes, shares multiplied. Empty when the unit
 * has gone without a mapping (its figures cannot be placed) or does not exist.
 */
export async function successorsOf(db: Executor, unitId: string, date: string): Promise<Successor[]> {
  const out = new Map<string, number>();
  const walk = async (id: string, share: number, hops: number): Promise<void> => {
    const unit = await db
      .selectFrom('stat_units')
      .select(['valid_from', 'valid_to'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!unit) return;
    if (validOn(unit, date)) {
      out.set(id, (out.get(id) ?? 0) + share);
      return;
    }
    if (hops >= MAX_HOPS) return;
    const maps = await db
      .selectFrom('stat_unit_mappings')
      .select(['new_unit_id', 'share', 'effective_date'])
      .where('old_unit_id', '=', id)
      .where('effective_date', '<=', date)
      .orderBy('effective_date', 'desc')
      .execute();
    const latest = maps[0]?.effective_date;
    for (const m of maps.filter((x) => x.effective_date === latest))
      await walk(m.new_unit_id, share * Number(m.share), hops + 1);
  };
  await walk(unitId, 1, 0);
  return [...out].map(([id, share]) => ({ unitId: id, share }));
}
