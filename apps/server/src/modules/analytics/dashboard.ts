import type { DashboardResponse } from '@thidua/contracts';
import {
  PERIOD_TYPE_MONTHS,
  type ReportingPeriod,
  formatPeriodId,
  growthRate,
  lastMonthOf,
  previousPeriod,
  reportingPeriodLabel,
  yearsBefore,
} from '@thidua/domain';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { Analysis, ytdOf } from './engine.ts';
import { clean, periodParam } from './service.ts';
import type { StatPeriodType } from '../../db/schema-statistics.ts';
import { indicatorView, loadIndicators, loadUnits } from './universe.ts';

/**
 * The headline figures of the sector dashboard, in order: each a list of codes, the first one in the catalog
 * shown (the demo catalog's codes first, then names a department's own catalog may use).
 */
export const DASHBOARD_HEADLINES: readonly (readonly string[])[] = [
  ['GTSX_CN', 'GTSX', 'GT_SXCN'], // giá trị sản xuất công nghiệp
  ['BLHH_DV', 'TMBL', 'BAN_LE'], // tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng
  ['KN_XK', 'XUAT_KHAU', 'KNXK'], // kim ngạch xuất khẩu
  ['IIP', 'CHI_SO_IIP'], // chỉ số sản xuất công nghiệp
  ['TL_VDT_CN', 'VDT_CN'], // tỷ trọng vốn đầu tư vào công nghiệp
];
const TREND = 13;

/** The latest period of a type that has ended by the end of a month (2026-08 → 2026Q2 for a quarterly indicator). */
export function latestEnded(type: StatPeriodType, month: ReportingPeriod): ReportingPeriod {
  const m = lastMonthOf(month).index;
  const size = PERIOD_TYPE_MONTHS[type];
  if (type === 'month') return { type, year: month.year, index: m };
  if (type === 'year')
    return m === 12 ? { type, year: month.year, index: 0 } : { type, year: month.year - 1, index: 0 };
  const index = Math.floor(m / size);
  return index > 0 ? { type, year: month.year, index } : { type, year: month.year - 1, index: 12 / size };
}

/** The month before today (Vietnam time): the last one a monthly report can cover. */
function lastMonth(deps: Deps): ReportingPeriod {
  const today = todayVn(clockOf(deps));
  return previousPeriod({ type: 'month', year: Number(today.slice(0, 4)), index: Number(today.slice(5, 7)) });
}

/**
 * Without a chosen month the dashboard opens on the latest month that has figures, up to last month: early in
 * a month last month's figures are not in yet, and a page of "không đủ số liệu" would tell the leader nothing.
 */
export async function latestMonthWithValues(deps: Deps, ids: string[]): Promise<ReportingPeriod> {
  const last = lastMonth(deps);
  if (!ids.length) return last;
  const row = await deps.db.kysely
    .selectFrom('stat_values')
    .select(['year', 'month'])
    .where('indicator_id', 'in', ids)
    .where('period_type', '=', 'month')
    .where('value', 'is not', null)
    .where((eb) =>
      eb.or([eb('year', '<', last.year), eb.and([eb('year', '=', last.year), eb('month', '<=', last.index)])]),
    )
    .orderBy('year', 'desc')
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { type: 'month', year: Number(row.year), index: Number(row.month) } : last;
}

export async function dashboard(deps: Deps, q: { period?: string | undefined }): Promise<DashboardResponse> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const picked = DASHBOARD_HEADLINES.map((codes) =>
    codes.map((c) => catalog.get(c)).find((i) => i !== undefined),
  ).filter((i) => i !== undefined);
  const monthly = picked.filter((i) => i.periodType === 'month' && i.kind === 'element').map((i) => i.id);
  const month = q.period ? lastMonthOf(periodParam(q.period)) : await latestMonthWithValues(deps, monthly);
  const analysis = new Analysis(db, catalog, units);
  const plan = picked.map((ind) => {
    const p = latestEnded(ind.periodType, month);
    const trend: ReportingPeriod[] = [p];
    while (trend.length < TREND) trend.unshift(previousPeriod(trend[0]!));
    const periods = { p, prev: yearsBefore(p, 1), ytd: ytdOf(p), ytdPrev: ytdOf(yearsBefore(p, 1)), trend };
    for (const x of [periods.p, periods.prev, periods.ytd, periods.ytdPrev, ...trend]) analysis.need(ind.code, x);
    return { ind, ...periods };
  });
  await analysis.load([null]);
  const v = (code: string, p: ReportingPeriod) => analysis.value(code, p, null);
  return {
    period: formatPeriodId(month),
    label: reportingPeriodLabel(month),
    items: plan.map(({ ind, p, prev, ytd, ytdPrev, trend }) => {
      const value = v(ind.code, p);
      const prevYear = v(ind.code, prev);
      // A year to date whose own month is missing would compare fewer months with more: no figure then.
      const ytdValue = value === null ? null : v(ind.code, ytd);
      const ytdPrevYear = v(ind.code, ytdPrev);
      return {
        indicator: indicatorView(ind),
        period: formatPeriodId(p),
        label: reportingPeriodLabel(p),
        value: clean(value),
        prevYear: clean(prevYear),
        growth: clean(growthRate(value, prevYear)),
        ytd: clean(ytdValue),
        ytdPrevYear: clean(ytdPrevYear),
        ytdGrowth: clean(growthRate(ytdValue, ytdPrevYear)),
        trend: trend.map((t) => ({ period: formatPeriodId(t), value: clean(v(ind.code, t)) })),
      };
    }),
    notes: [...analysis.notes],
  };
}
