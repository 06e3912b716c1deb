import { cagrRate, growthRate, type ReportingPeriod } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { DASHBOARD_HEADLINES } from '../analytics/dashboard.ts';
import { Analysis } from '../analytics/engine.ts';
import { loadIndicators, loadUnits } from '../analytics/universe.ts';
import { registrySummary } from '../registries/summary.ts';
import type { SummaryBuilder } from './summaryBuild.ts';
import type { SummaryScope } from './summaryEmulation.ts';

const year = (y: number): ReportingPeriod => ({ type: 'year', year: y, index: 0 });
const round = (v: number | null, d: number) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
const nz = (n: number): number | null => (n > 0 ? n : null);

/**
 * Chapter V: the sector dashboard's headline indicators for the span's last year, against the year before the
 * span and the year before, with the average yearly growth over the span; and the registries' counts at the
 * span's end. The figures are the province's (statistics are not kept per department unit).
 */
export async function sectorChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const picked = DASHBOARD_HEADLINES.map((codes) =>
    codes.map((c) => catalog.get(c)).find((i) => i !== undefined),
  ).filter((i) => i !== undefined);
  const base = s.from - 1;
  const analysis = new Analysis(db, catalog, units);
  for (const ind of picked) for (let y = base; y <= s.to; y++) analysis.need(ind.code, year(y));
  await analysis.load([null]);
  const rows: (string | number | null)[][] = [];
  for (const ind of picked) {
    const v = (y: number) => analysis.value(ind.code, year(y), null);
    const src = b.source({
      module: 'Thống kê ngành',
      what: `Chỉ tiêu ${ind.code} "${ind.name}" (${ind.unit}), số cả năm toàn tỉnh; tăng trưởng so với năm ${base} và năm trước; tăng bình quân năm`,
      filters: 'toàn tỉnh, tổng (không phân tổ)',
      period: `${base}–${s.to}`,
    });
    const last = v(s.to);
    const d = ind.decimals;
    const growthBase = growthRate(last, v(base));
    const growthPrev = growthRate(last, v(s.to - 1));
    const cagr = cagrRate(last, v(base), s.to - base);
    const k = `sector.${ind.code}`;
    b.figure(
      'sector',
      { key: k, label: `${ind.name} năm ${s.to}`, value: round(last, d), unit: ind.unit, decimals: d },
      src,
    );
    // Growth of a share (a % indicator) means nothing; an indicator without figures gets its one line only.
    if ([base, s.to - 1, s.to].some((y) => v(y) !== null)) {
      const line = (key: string, label: string, value: number | null, unit: string, decimals: number) =>
        b.figure('sector', { key: `${k}.${key}`, label: `${ind.name}: ${label}`, value, unit, decimals }, src);
      line('base', `năm ${base}`, round(v(base), d), ind.unit, d);
      if (ind.unit !== '%') {
        line('growthBase', `tăng so với năm ${base}`, round(growthBase, 1), '%', 1);
        line('growthPrev', `tăng so với năm ${s.to - 1}`, round(growthPrev, 1), '%', 1);
        line('cagr', 'tăng bình quân mỗi năm', round(cagr, 1), '%/năm', 1);
      }
    }
    const points: { year: number; value: number | null }[] = [];
    for (let y = base; y <= s.to; y++) points.push({ year: y, value: round(v(y), d) });
    b.chapter('sector').series.push({ key: k, label: ind.name, unit: ind.unit, points });
    rows.push([ind.name, ind.unit, round(v(base), d), round(last, d), round(growthBase, 1), round(cagr, 1)]);
  }
  if (rows.some((r) => r[3] !== null))
    b.table('sector', {
      key: 'sector.headlines',
      title: 'Các chỉ tiêu chủ yếu của ngành',
      columns: [
        'Chỉ tiêu',
        'Đơn vị tính',
        `Năm ${base}`,
        `Năm ${s.to}`,
        `Tăng so với ${base} (%)`,
        'Bình quân (%/năm)',
      ],
      rows: rows.filter((r) => r[3] !== null || r[2] !== null),
      decimals: 2,
      sourceId: b.source({
        module: 'Thống kê ngành',
        what: 'Các chỉ tiêu chủ yếu của bảng điều hành, số cả năm toàn tỉnh',
        filters: 'toàn tỉnh',
        period: `${base}–${s.to}`,
      }),
    });

  const asOf = `${s.to}-12-31`;
  const [facilities, coops, villages, products, zones] = await Promise.all(
    (['facilities', 'cooperatives', 'craft-villages', 'rural-products', 'industrial-zones'] as const).map((kind) =>
      registrySummary(deps, kind, { asOf }),
    ),
  );
  const cls = (sum: { byClass: { code: string; count: number }[] }, code: string) =>
    sum.byClass.find((c) => c.code === code)?.count ?? 0;
  const reg = (what: string) =>
    b.source({
      module: 'Sổ theo dõi (cơ sở dữ liệu ngành)',
      what,
      filters: 'các bản ghi còn hiệu lực tại ngày cuối khoảng',
      period: `đến ${asOf.split('-').reverse().join('/')}`,
    });
  const f = (key: string, label: string, value: number, unit: string, src: string) =>
    b.figure('sector', { key: `sector.${key}`, label, value: nz(value), unit }, src);
  f('facilities', 'Cơ sở sản xuất công nghiệp', facilities!.total, 'cơ sở', reg('Cơ sở sản xuất công nghiệp trong sổ'));
  const coopSrc = reg('Hợp tác xã: lĩnh vực công nghiệp – tiểu thủ công nghiệp và tổng số');
  f(
    'coopsIndustry',
    'Hợp tác xã công nghiệp – tiểu thủ công nghiệp',
    cls(coops!, 'industry_handicraft'),
    'hợp tác xã',
    coopSrc,
  );
  f('coops', 'Tổng số hợp tác xã', coops!.total, 'hợp tác xã', coopSrc);
  const vilSrc = reg('Làng nghề được công nhận, trong đó làng nghề truyền thống');
  f('craftVillages', 'Làng nghề, làng nghề truyền thống', villages!.total, 'làng nghề', vilSrc);
  const prodSrc = reg('Sản phẩm công nghiệp nông thôn tiêu biểu, trong đó cấp khu vực');
  f('ruralProducts', 'Sản phẩm công nghiệp nông thôn tiêu biểu', products!.total, 'sản phẩm', prodSrc);
  f('ruralProductsRegional', 'Trong đó cấp khu vực', cls(products!, 'regional'), 'sản phẩm', prodSrc);
  const zoneSrc = reg('Khu công nghiệp, cụm công nghiệp');
  f('industrialParks', 'Khu công nghiệp', cls(zones!, 'park'), 'khu', zoneSrc);
  f('industrialClusters', 'Cụm công nghiệp', cls(zones!, 'cluster'), 'cụm', zoneSrc);
}
