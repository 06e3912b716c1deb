import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitSelection } from './engine.ts';
import type { Indicator, Units } from './universe.ts';

/** "Kế hoạch năm" (stat_targets): the year's plan per indicator, unit and option. */
export type Targets = Map<string, number>;
const key = (indicatorId: string, unitId: string, year: number, category: string) =>
  `${indicatorId}|${unitId}|${year}|${category}`;

export async function loadTargets(db: Kysely<Database>, indicatorIds: string[], years: number[]): Promise<Targets> {
  const out: Targets = new Map();
  if (indicatorIds.length === 0 || years.length === 0) return out;
  const rows = await db
    .selectFrom('stat_targets')
    .select(['indicator_id', 'unit_id', 'year', 'category', 'value'])
    .where('indicator_id', 'in', indicatorIds)
    .where('year', 'in', years)
    .execute();
  for (const r of rows) out.set(key(r.indicator_id, r.unit_id, Number(r.year), r.category), Number(r.value));
  return out;
}

/**
 * The plan for a selection: a unit's own; the province's own, else the sum of its units' plans; several units'
 * plans add — only for summed indicators (a plan for an index or a rate is never added up).
 */
export function targetOf(
  targets: Targets,
  ind: Indicator,
  units: Units,
  sel: UnitSelection,
  year: number,
  category: string,
): number | null {
  const own = (unitId: string) => targets.get(key(ind.id, unitId, year, category)) ?? null;
  const sum = (ids: string[]) => {
    if (ind.aggregation !== 'sum' && ids.length > 1) return null;
    const found = ids.map(own).filter((v): v is number => v !== null);
    return found.length ? found.reduce((a, b) => a + b, 0) : null;
  };
  if (sel !== null) return sel.length === 1 ? own(sel[0]!) : sum(sel);
  const root = units.root;
  if (root && own(root.id) !== null) return own(root.id);
  return sum((units.children.get(root?.id ?? null) ?? []).map((u) => u.id));
}
