import type { AnalyticsResponse } from '@thidua/contracts';
import { type ReportingPeriod, formatPeriodId, parsePeriodId, periodRange, periodsWithin } from '@thidua/domain';
import type { z } from 'zod';
import type { AnalyticsQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { Analysis, type UnitSelection } from './engine.ts';
import { childrenDuring, indicatorOf, indicatorView, loadIndicators, loadUnits, unitOf } from './universe.ts';

/** A period id of the request, in the form the API writes (2021-07 for 2021M07). */
export function periodParam(id: string, path = 'period'): ReportingPeriod {
  const p = parsePeriodId(id);
  if (!p) throw badRequest('bad_request', `Kỳ "${id}" không hợp lệ.`, [{ path, message: 'Kỳ không hợp lệ' }]);
  return p;
}

/** Values this close to a whole number of millionths are float noise (0.1 + 0.2); the unrounded figure is kept otherwise. */
export const clean = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e9) / 1e9);

/**
 * `GET /analytics`: one indicator for one period — for the province as a whole or a unit, or split by the
 * units under it, by the sub-periods of the indicator's own type, or by its disaggregation's options.
 */
export async function analyticsQuery(deps: Deps, q: z.infer<typeof AnalyticsQuery>): Promise<AnalyticsResponse> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const ind = indicatorOf(catalog, q.indicator);
  const period = periodParam(q.period);
  const unit = q.unit ? unitOf(units, q.unit) : null;
  const sel: UnitSelection = unit ? [unit.id] : null;
  const range = periodRange(period);

  type Cell = {
    period: ReportingPeriod;
    sel: UnitSelection;
    unitId: string | null;
    category: string;
    listing?: boolean;
  };
  let cells: Cell[];
  switch (q.by) {
    case 'unit':
      cells = childrenDuring(units, unit?.id ?? null, range.from, range.to).map((u) => ({
        period,
        sel: [u.id],
        unitId: u.id,
        category: '',
        listing: true,
      }));
      break;
    case 'period': {
      const subs = period.type === ind.periodType ? [period] : periodsWithin(period, ind.periodType);
      cells = subs.map((p) => ({ period: p, sel, unitId: unit?.id ?? null, category: '' }));
      break;
    }
    case 'category':
      cells = ind.options.map((o) => ({ period, sel, unitId: unit?.id ?? null, category: o.code }));
      break;
    default:
      cells = [{ period, sel, unitId: unit?.id ?? null, category: '' }];
  }

  const analysis = new Analysis(db, catalog, units);
  for (const c of cells) analysis.need(ind.code, c.period);
  await analysis.load([...new Map(cells.map((c) => [JSON.stringify(c.sel), c.sel])).values()]);
  return {
    indicator: indicatorView(ind),
    unit: unit ? { id: unit.id, name: unit.name } : null,
    rows: cells.map((c) => ({
      period: formatPeriodId(c.period),
      unitId: c.unitId,
      category: c.category,
      value: clean(analysis.value(ind.code, c.period, c.sel, c.category, c.listing)),
    })),
    notes: [...analysis.notes],
  };
}
