import type { PivotRequest, PivotResponse } from '@thidua/contracts';
import {
  type ReportingPeriod,
  formatPeriodId,
  growthRate,
  periodRange,
  planFulfilment,
  reportingPeriodLabel,
  yearsBefore,
} from '@thidua/domain';
import type { z } from 'zod';
import type { PivotHeader } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { Analysis, type UnitSelection, ytdOf } from './engine.ts';
import { clean, periodParam } from './service.ts';
import { loadTargets, targetOf } from './targets.ts';
import {
  childrenDuring,
  indicatorOf,
  indicatorView,
  loadIndicators,
  loadUnits,
  unitOf,
  type Indicator,
} from './universe.ts';

/**
 * The pivot (`POST /analytics/pivot`): indicators × periods × units × options laid on rows and columns, each
 * cell with the monthly report's columns — "cùng kỳ" and its growth, "lũy kế" and its growth, "kế hoạch năm"
 * and the share of it done. Every figure comes from the same engine as `GET /analytics`.
 */

const MAX_CELLS = 100_000;
type Dim = PivotRequest['rows'][number];
type Header = z.infer<typeof PivotHeader>;

interface Coord {
  ind?: Indicator;
  period?: ReportingPeriod;
  unit?: { sel: UnitSelection; id: string | null; listing: boolean };
  category?: string;
}

function product(dims: Dim[], values: Record<Dim, { coord: Coord; header: Partial<Header>; label: string }[]>) {
  let out: { coord: Coord; header: Header }[] = [{ coord: {}, header: { labels: [] } }];
  for (const d of dims)
    out = out.flatMap((o) =>
      values[d].map((v) => ({
        coord: { ...o.coord, ...v.coord },
        header: { ...o.header, ...v.header, labels: [...o.header.labels, v.label] },
      })),
    );
  return out;
}

export async function pivotQuery(deps: Deps, req: PivotRequest): Promise<PivotResponse> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const inds = [...new Set(req.indicators)].map((c, i) => indicatorOf(catalog, c, `indicators.${i}`));
  const periods = [...new Set(req.periods)].map((p, i) => periodParam(p, `periods.${i}`));
  const chosen = req.units ? [...new Set(req.units)].map((id, i) => unitOf(units, id, `units.${i}`)) : null;
  const rows = [...req.rows];
  const columns = [...req.columns];
  // A dimension with several values off both axes would add unlike figures: it goes on the rows.
  if (!rows.includes('indicator') && !columns.includes('indicator') && inds.length > 1) rows.unshift('indicator');
  if (!rows.includes('period') && !columns.includes('period') && periods.length > 1) columns.push('period');

  const ranges = periods.map(periodRange);
  const from = ranges.map((r) => r.from).sort()[0]!;
  const to = ranges
    .map((r) => r.to)
    .sort()
    .at(-1)!;
  const onAxis = (d: Dim) => rows.includes(d) || columns.includes(d);
  const listed = chosen ?? childrenDuring(units, null, from, to);
  const options = new Map<string, string>();
  for (const i of inds) for (const o of i.options) if (!options.has(o.code)) options.set(o.code, o.name);

  const values: Record<Dim, { coord: Coord; header: Partial<Header>; label: string }[]> = {
    indicator: inds.map((ind) => ({
      coord: { ind },
      header: { indicator: ind.code },
      label: `${ind.name} (${ind.unit})`,
    })),
    period: periods.map((period) => ({
      coord: { period },
      header: { period: formatPeriodId(period) },
      label: reportingPeriodLabel(period),
    })),
    unit: listed.map((u) => ({
      coord: { unit: { sel: [u.id], id: u.id, listing: !chosen } },
      header: { unitId: u.id },
      label: u.name,
    })),
    category: [
      { coord: { category: '' }, header: { category: '' }, label: 'Tổng số' },
      ...[...options].map(([code, name]) => ({ coord: { category: code }, header: { category: code }, label: name })),
    ],
  };
  const rowHeads = product(rows, values);
  const colHeads = product(columns, values);
  if (rowHeads.length * colHeads.length > MAX_CELLS)
    throw badRequest(
      'bad_request',
      `Bảng có ${rowHeads.length * colHeads.length} ô, quá ${MAX_CELLS}: chọn ít chỉ tiêu, kỳ hoặc đơn vị hơn.`,
      [{ path: 'rows', message: 'Bảng quá lớn' }],
    );

  const offUnit = chosen && !onAxis('unit') ? { sel: chosen.map((u) => u.id), id: null, listing: false } : null;
  const whole = { sel: null, id: null, listing: false };
  const compare = new Set(req.compare);
  const analysis = new Analysis(db, catalog, units, { wholeOnly: !onAxis('category') });
  for (const ind of inds)
    for (const p of periods) {
      analysis.need(ind.code, p);
      if (compare.has('prevYear') || compare.has('growth')) analysis.need(ind.code, yearsBefore(p, 1));
      if (compare.has('ytd') || compare.has('ytdGrowth') || compare.has('target')) analysis.need(ind.code, ytdOf(p));
      if (compare.has('ytdGrowth')) analysis.need(ind.code, ytdOf(yearsBefore(p, 1)));
    }
  const selections = onAxis('unit') ? listed.map((u) => [u.id]) : [offUnit?.sel ?? null];
  await analysis.load(selections);
  const targets = compare.has('target')
    ? await loadTargets(
        db,
        inds.map((i) => i.id),
        [...new Set(periods.map((p) => p.year))],
      )
    : null;

  const cells: PivotResponse['cells'] = [];
  const wantPrev = compare.has('prevYear') || compare.has('growth');
  const wantYtd = compare.has('ytd') || compare.has('ytdGrowth') || compare.has('target');
  // The shifted periods once per period, not per cell: the analysis knows a period by its object.
  const shifts = new Map(
    periods.map((p) => [p, { prev: yearsBefore(p, 1), ytd: ytdOf(p), ytdPrev: ytdOf(yearsBefore(p, 1)) }]),
  );
  for (let ri = 0; ri < rowHeads.length; ri++) {
    const r = rowHeads[ri]!.coord;
    for (let ci = 0; ci < colHeads.length; ci++) {
      const c = colHeads[ci]!.coord;
      const ind = c.ind ?? r.ind ?? inds[0]!;
      const p = c.period ?? r.period ?? periods[0]!;
      const unit = c.unit ?? r.unit ?? offUnit ?? whole;
      const cat = c.category ?? r.category ?? '';
      const v = (q: ReportingPeriod) => analysis.value(ind.code, q, unit.sel, cat, unit.listing);
      const value = v(p);
      const cell: PivotResponse['cells'][number] = { row: ri, column: ci, value: clean(value) };
      if (wantPrev || wantYtd) {
        const shift = shifts.get(p)!;
        if (wantPrev) {
          const prev = v(shift.prev);
          if (compare.has('prevYear')) cell.prevYear = clean(prev);
          if (compare.has('growth')) cell.growth = clean(growthRate(value, prev));
        }
        const ytd = wantYtd ? v(shift.ytd) : null;
        if (compare.has('ytd')) cell.ytd = clean(ytd);
        if (compare.has('ytdGrowth')) cell.ytdGrowth = clean(growthRate(ytd, v(shift.ytdPrev)));
        if (targets) {
          const target = targetOf(targets, ind, units, unit.sel, p.year, cat);
          cell.target = clean(target);
          cell.targetShare = clean(planFulfilment(ytd, target));
        }
      }
      cells.push(cell);
    }
  }
  return {
    rowDimensions: rows,
    columnDimensions: columns,
    rows: rowHeads.map((h) => h.header),
    columns: colHeads.map((h) => h.header),
    cells,
    compare: req.compare,
    indicators: inds.map(indicatorView),
    notes: [...analysis.notes],
  };
}
