import type { z } from 'zod';
import type { HomeTile } from '@thidua/contracts';
import { formatPeriodId, reportingPeriodLabel, yearsBefore } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { DASHBOARD_HEADLINES, latestEnded, latestMonthWithValues } from '../analytics/dashboard.ts';
import { Analysis, ytdOf } from '../analytics/engine.ts';
import { clean } from '../analytics/service.ts';
import { indicatorView, loadIndicators, loadUnits } from '../analytics/universe.ts';

type Tile = z.infer<typeof HomeTile>;

/**
 * The sector's headline indicator (the first of the sector dashboard's headlines the catalog holds whose year to
 * date has figures, industrial production value in the demo): its value from January to the dashboard's latest
 * month with figures, against the same months of the year before, as the dashboard shows it. The dashboard's
 * own pieces (its headlines, month, periods and engine) for that one indicator and its three periods, rather
 * than the whole dashboard with every headline's thirteen-period trend on each home; `home.test.ts` checks it
 * against the dashboard. No tile without figures.
 */
export async function sectorTile(deps: Deps): Promise<Tile | null> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const picked = DASHBOARD_HEADLINES.map((codes) =>
    codes.map((c) => catalog.get(c)).find((i) => i !== undefined),
  ).filter((i) => i !== undefined);
  const monthly = picked.filter((i) => i.periodType === 'month' && i.kind === 'element').map((i) => i.id);
  const month = await latestMonthWithValues(deps, monthly);
  for (const ind of picked) {
    const p = latestEnded(ind.periodType, month);
    const [ytd, ytdPrev] = [ytdOf(p), ytdOf(yearsBefore(p, 1))];
    const analysis = new Analysis(db, catalog, units);
    for (const x of [p, ytd, ytdPrev]) analysis.need(ind.code, x);
    await analysis.load([null]);
    // A year to date whose own period is missing would compare fewer months with more: the dashboard skips it.
    const value = analysis.value(ind.code, p, null) === null ? null : clean(analysis.value(ind.code, ytd, null));
    if (value === null) continue;
    const previous = clean(analysis.value(ind.code, ytdPrev, null));
    const view = indicatorView(ind);
    return {
      key: 'statistics.headline',
      group: 'figures',
      title: `${view.name}, lũy kế đến ${reportingPeriodLabel(p).toLowerCase()}`,
      count: value,
      unit: 'amount',
      measure: view.unit,
      link: '/statistics/dashboard',
      trend: previous === null ? null : { previous, label: String(Number(formatPeriodId(p).slice(0, 4)) - 1) },
    };
  }
  return null;
}
