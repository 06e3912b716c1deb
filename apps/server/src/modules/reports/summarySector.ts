import { cagrRate, collationKey, growthRate, type ReportingPeriod } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { DASHBOARD_HEADLINES } from '../analytics/dashboard.ts';
import { Analysis } from '../analytics/engine.ts';
import { loadIndicators, loadUnits } from '../analytics/universe.ts';
import { registrySummary } from '../registries/summary.ts';
import type { SummaryBuilder } from './summaryBuild.ts';
import type { SummaryScope } from './summaryEmulation.ts';

/** The registries' counts chapter V draws as one bar chart (`summaryDoc.ts`): the figure's key and the bar's name. */
export const SECTOR_REGISTRY_BARS: readonly (readonly [key: string, label: string])[] = [
  ['sector.facilities', 'Cơ sở sản xuất công nghiệp'],
  ['sector.coopsIndustry', 'Hợp tác xã công nghiệp – tiểu thủ công nghiệp'],
  ['sector.coops', 'Tổng số hợp tác xã'],
  ['sector.craftVillages', 'Làng nghề, làng nghề truyền thống'],
  ['sector.ruralProducts', 'Sản phẩm công nghiệp nông thôn tiêu biểu'],
  ['sector.industrialParks', 'Khu công nghiệp'],
  ['sector.industrialClusters', 'Cụm công nghiệp'],
];

const year = (y: number): ReportingPeriod => ({ type: 'year', year: y, index: 0 });
const round = (v: number | null, d: number) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
const nz = (n: number): number | null => (n > 0 ? n : null);
const dateText = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Chapter V: the sector dashboard's headline indicators for the span's last year against the base year of the
 * five-year plan period the span starts in (planBaseYear: 2015 for 2017–2021), the increase and the average yearly
 * growth since, each year's growth on the year before from base+1 on; and the registries' counts at `asOf`. The
 * figures are the province's (statistics are not kept per department unit).
 */
export async function sectorChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  const db = deps.db.kysely;
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const picked = DASHBOARD_HEADLINES.map((codes) =>
    codes.map((c) => catalog.get(c)).find((i) => i !== undefined),
  ).filter((i) => i !== undefined);
  const base = s.base;
  const why = `năm gốc ${base}: năm tận cùng bằng 0 hoặc 5 liền trước năm ${s.from}, năm gốc của kỳ kế hoạch 5 năm ${base + 1}–${base + 5}`;
  const analysis = new Analysis(db, catalog, units);
  for (const ind of picked) for (let y = base; y <= s.to; y++) analysis.need(ind.code, year(y));
  await analysis.load([null]);
  const rows: (string | number | null)[][] = [];
  const growthRows: (string | number | null)[][] = [];
  for (const ind of picked) {
    const v = (y: number) => analysis.value(ind.code, year(y), null);
    const src = b.source({
      module: 'Thống kê ngành',
      what: `Chỉ tiêu ${ind.code} "${ind.name}" (${ind.unit}), số cả năm toàn tỉnh; mức tăng và tăng trưởng so với năm ${base} (${why}), tăng bình quân năm ${base}–${s.to}, tăng trưởng từng năm so với năm trước`,
      filters: 'toàn tỉnh, tổng (không phân tổ)',
      period: `${base}–${s.to}`,
    });
    const last = v(s.to);
    const first = v(base);
    const d = ind.decimals;
    const growthBase = growthRate(last, first);
    const growthPrev = growthRate(last, v(s.to - 1));
    const cagr = cagrRate(last, first, s.to - base);
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
      line('base', `năm ${base} (năm gốc kỳ kế hoạch)`, round(first, d), ind.unit, d);
      if (ind.unit !== '%') {
        const increase = last === null || first === null ? null : round(last - first, d);
        line('increaseBase', `tăng so với năm ${base}`, increase, ind.unit, d);
        line('growthBase', `tăng trưởng so với năm ${base}`, round(growthBase, 1), '%', 1);
        line('growthPrev', `tăng so với năm ${s.to - 1}`, round(growthPrev, 1), '%', 1);
        line('cagr', `tăng bình quân mỗi năm giai đoạn ${base}–${s.to}`, round(cagr, 1), '%/năm', 1);
        const growth: (number | null)[] = [];
        for (let y = base + 1; y <= s.to; y++) growth.push(round(growthRate(v(y), v(y - 1)), 1));
        growthRows.push([ind.name, ...growth]);
      }
    }
    const points: { year: number; value: number | null }[] = [];
    for (let y = base; y <= s.to; y++) points.push({ year: y, value: round(v(y), d) });
    b.chapter('sector').series.push({ key: k, label: ind.name, unit: ind.unit, points });
    rows.push([ind.name, ind.unit, round(first, d), round(last, d), round(growthBase, 1), round(cagr, 1)]);
  }
  const tableSrc = b.source({
    module: 'Thống kê ngành',
    what: `Các chỉ tiêu chủ yếu của bảng điều hành, số cả năm toàn tỉnh; so với năm ${base} (${why})`,
    filters: 'toàn tỉnh',
    period: `${base}–${s.to}`,
  });
  if (rows.some((r) => r[3] !== null))
    b.table('sector', {
      key: 'sector.headlines',
      title: `Các chỉ tiêu chủ yếu của ngành (so với năm gốc ${base} của kỳ kế hoạch ${base + 1}–${base + 5})`,
      columns: [
        'Chỉ tiêu',
        'Đơn vị tính',
        `Năm ${base}`,
        `Năm ${s.to}`,
        `Tăng so với ${base} (%)`,
        `Bình quân ${base}–${s.to} (%/năm)`,
      ],
      rows: rows.filter((r) => r[3] !== null || r[2] !== null),
      decimals: 2,
      sourceId: tableSrc,
    });
  if (growthRows.length)
    b.table('sector', {
      key: 'sector.growthByYear',
      title: `Tăng trưởng so với năm trước (%), từng năm từ năm ${base + 1}`,
      columns: ['Chỉ tiêu', ...Array.from({ length: s.to - base }, (_, i) => `Năm ${base + 1 + i}`)],
      rows: growthRows,
      decimals: 1,
      sourceId: tableSrc,
    });

  const asOf = s.asOf;
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
      filters: `các bản ghi còn hiệu lực tại ngày ${dateText(asOf)}`,
      period: `đến ${dateText(asOf)}`,
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
  // "104/343 hợp tác xã", as the article puts it: the industry's share of all cooperatives.
  b.figure(
    'sector',
    {
      key: 'sector.coopsIndustryOfTotal',
      label: 'Hợp tác xã công nghiệp – tiểu thủ công nghiệp trên tổng số hợp tác xã',
      value: coops!.total ? cls(coops!, 'industry_handicraft') : null,
      unit: `/${coops!.total} hợp tác xã`,
    },
    coopSrc,
  );
  const vilSrc = reg('Làng nghề được công nhận, trong đó làng nghề truyền thống');
  f('craftVillages', 'Làng nghề, làng nghề truyền thống', villages!.total, 'làng nghề', vilSrc);
  const prodSrc = reg('Sản phẩm công nghiệp nông thôn tiêu biểu, trong đó cấp khu vực');
  f('ruralProducts', 'Sản phẩm công nghiệp nông thôn tiêu biểu', products!.total, 'sản phẩm', prodSrc);
  f('ruralProductsProvincial', 'Sản phẩm tiêu biểu cấp tỉnh', cls(products!, 'provincial'), 'sản phẩm', prodSrc);
  f('ruralProductsRegional', 'Trong đó cấp khu vực', cls(products!, 'regional'), 'sản phẩm', prodSrc);
  const zoneSrc = reg('Khu công nghiệp, cụm công nghiệp');
  f('industrialParks', 'Khu công nghiệp', cls(zones!, 'park'), 'khu', zoneSrc);
  f('industrialClusters', 'Cụm công nghiệp', cls(zones!, 'cluster'), 'cụm', zoneSrc);
  const parks = await db
    .selectFrom('reg_industrial_zones')
    .select('name')
    .where('zone_type', '=', 'park')
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
    .execute();
  if (parks.length)
    b.table('sector', {
      key: 'sector.industrialParks',
      title: `Các khu công nghiệp tại ngày ${dateText(asOf)}`,
      columns: ['Khu công nghiệp'],
      rows: parks
        .map((p) => ({ name: p.name, key: collationKey(p.name) }))
        .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
        .map((p) => [p.name]),
      sourceId: zoneSrc,
    });
}
