import type { Role } from '@thidua/domain';
import type { StatAggregation, StatIndicatorKind, StatPeriodType } from '../db/schema-statistics.ts';

/**
 * The sector statistics of the demo (docs/statistics.md, "Demo data"): the catalog and the yearly figures the
 * article reports for Thái Nguyên (production value 884,000 tỷ đồng in 2021 against 340,000 in 2015, retail
 * 44,670 tỷ growing 11.2 %/year, exports 28,850 triệu USD, industry about 60 % of total investment). Monthly
 * values are cut from these yearly totals by whole shares (statisticsDemoSeries.ts), so every year adds up
 * exactly. Disaggregated indicators store their options only; their total is the options' sum.
 */

export const STAT_DEMO_ACCOUNTS: { username: string; role: Role; orgCode: string; displayName: string }[] = [
  { username: 'thongke', role: 'stat_planner', orgCode: 'KHTC', displayName: 'Phạm Thị Thu Hằng' },
  { username: 'baocao', role: 'stat_reporter', orgCode: 'QLCN', displayName: 'Trịnh Văn Khải' },
];

export const FIRST_YEAR = 2015;
/** The last month with figures: October 2026 is submitted and waits for the planning division. */
export const LAST_MONTH = { year: 2026, month: 10 };
/** The last quarter with figures: Q3/2026 is approved and waits for the leader. */
export const LAST_QUARTER = { year: 2026, quarter: 3 };

export const DISAGGREGATIONS = [
  {
    code: 'OWNERSHIP',
    name: 'Loại hình kinh tế',
    options: [
      { code: 'state', name: 'Kinh tế nhà nước' },
      { code: 'non_state', name: 'Kinh tế ngoài nhà nước' },
      { code: 'fdi', name: 'Khu vực có vốn đầu tư nước ngoài' },
    ],
  },
  {
    code: 'RETAIL',
    name: 'Thành phần tổng mức bán lẻ',
    options: [
      { code: 'ban_le', name: 'Bán lẻ hàng hóa' },
      { code: 'luu_tru_an_uong', name: 'Dịch vụ lưu trú, ăn uống' },
      { code: 'du_lich', name: 'Du lịch lữ hành' },
      { code: 'dich_vu_khac', name: 'Dịch vụ khác' },
    ],
  },
  {
    code: 'EXPORT_GROUP',
    name: 'Nhóm hàng xuất khẩu',
    options: [
      { code: 'dien_thoai', name: 'Điện thoại các loại và linh kiện' },
      { code: 'dien_tu', name: 'Máy vi tính, sản phẩm điện tử và linh kiện' },
      { code: 'kim_loai', name: 'Kim loại và sản phẩm từ kim loại' },
      { code: 'det_may', name: 'Hàng dệt, may' },
      { code: 'che', name: 'Chè' },
      { code: 'khac', name: 'Hàng hóa khác' },
    ],
  },
] as const;

export interface DemoIndicator {
  code: string;
  name: string;
  kind: StatIndicatorKind;
  unit: string;
  valueType: 'number' | 'integer' | 'percent';
  aggregation: StatAggregation;
  periodType: StatPeriodType;
  disaggregation?: (typeof DISAGGREGATIONS)[number]['code'];
  formula?: string;
  registry?: { kind: string; measure: string; filter?: Record<string, string> };
  decimals: number;
  source: string;
}

const element = (
  code: string,
  name: string,
  unit: string,
  aggregation: StatAggregation,
  periodType: StatPeriodType,
  disaggregation?: DemoIndicator['disaggregation'],
  decimals = 0,
): DemoIndicator => ({
  code,
  name,
  kind: 'element',
  unit,
  valueType: unit === '%' ? 'percent' : 'number',
  aggregation,
  periodType,
  ...(disaggregation ? { disaggregation } : {}),
  decimals,
  source: 'Cục Thống kê tỉnh Thái Nguyên; Sở Công Thương tổng hợp',
});
const derived = (code: string, name: string, formula: string, periodType: StatPeriodType = 'month'): DemoIndicator => ({
  code,
  name,
  kind: 'derived',
  unit: '%',
  valueType: 'percent',
  aggregation: 'none',
  periodType,
  formula,
  decimals: 1,
  source: 'Tính từ các chỉ tiêu thành phần',
});
const registry = (
  code: string,
  name: string,
  unit: string,
  kind: string,
  filter?: Record<string, string>,
  measure = 'count',
): DemoIndicator => ({
  code,
  name,
  kind: 'registry',
  unit,
  valueType: measure === 'count' ? 'integer' : 'number',
  aggregation: 'last',
  periodType: 'half',
  registry: { kind, measure, ...(filter ? { filter } : {}) },
  decimals: measure === 'count' ? 0 : 1,
  source: 'Cơ sở dữ liệu ngành Công Thương',
});

export const INDICATORS: DemoIndicator[] = [
  element('GTSX_CN', 'Giá trị sản xuất công nghiệp (giá hiện hành)', 'tỷ đồng', 'sum', 'month', 'OWNERSHIP'),
  element('IIP', 'Chỉ số sản xuất công nghiệp (so với cùng kỳ năm trước)', '%', 'none', 'month', undefined, 1),
  element('BLHH_DV', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', 'tỷ đồng', 'sum', 'month', 'RETAIL'),
  element('KN_XK', 'Kim ngạch xuất khẩu', 'triệu USD', 'sum', 'month', 'OWNERSHIP'),
  element('KN_XK_NH', 'Kim ngạch xuất khẩu theo nhóm hàng', 'triệu USD', 'sum', 'month', 'EXPORT_GROUP'),
  element('VDT_XH', 'Tổng vốn đầu tư toàn xã hội', 'tỷ đồng', 'sum', 'quarter'),
  element('VDT_CN', 'Vốn đầu tư vào lĩnh vực công nghiệp', 'tỷ đồng', 'sum', 'quarter'),
  derived(
    'TL_VDT_CN',
    'Tỷ trọng vốn đầu tư vào công nghiệp trong tổng vốn đầu tư',
    'share([VDT_CN], [VDT_XH])',
    'quarter',
  ),
  derived('TT_GTSX_CN', 'Tốc độ tăng giá trị sản xuất công nghiệp so với cùng kỳ', 'growth([GTSX_CN])'),
  derived('TT_BLHH', 'Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ so với cùng kỳ', 'growth([BLHH_DV])'),
  derived('TT_KN_XK', 'Tốc độ tăng kim ngạch xuất khẩu so với cùng kỳ', 'growth([KN_XK])'),
  // 2016–2021 from the 2015 base: the six years the article's "11.2 %/year" covers.
  derived('TTBQ_BLHH', 'Tốc độ tăng bình quân tổng mức bán lẻ (6 năm)', 'cagr([BLHH_DV], 6)', 'year'),
  registry('SL_CSCN', 'Số cơ sở sản xuất công nghiệp', 'cơ sở', 'facilities'),
  registry('SL_HTX', 'Số hợp tác xã', 'hợp tác xã', 'cooperatives'),
  registry('SL_HTX_CN', 'Số hợp tác xã công nghiệp – tiểu thủ công nghiệp', 'hợp tác xã', 'cooperatives', {
    field: 'industry_handicraft',
  }),
  registry('SL_LANG_NGHE', 'Số làng nghề, làng nghề truyền thống', 'làng nghề', 'craft-villages'),
  registry('SL_SP_CNNT_TINH', 'Số sản phẩm CNNT tiêu biểu cấp tỉnh', 'sản phẩm', 'rural-products', {
    level: 'provincial',
  }),
  registry('SL_SP_CNNT_KV', 'Số sản phẩm CNNT tiêu biểu cấp khu vực', 'sản phẩm', 'rural-products', {
    level: 'regional',
  }),
  registry('SL_KCN', 'Số khu công nghiệp', 'khu', 'industrial-zones', { zone_type: 'park' }),
  registry(
    'DT_DAT_CN_KCN',
    'Diện tích đất công nghiệp các khu công nghiệp',
    'ha',
    'industrial-zones',
    { zone_type: 'park' },
    'industrial_land_ha',
  ),
  registry(
    'DT_DA_THUE_KCN',
    'Diện tích đất công nghiệp đã cho thuê',
    'ha',
    'industrial-zones',
    { zone_type: 'park' },
    'leased_land_ha',
  ),
  {
    ...derived(
      'TL_LAP_DAY_KCN',
      'Tỷ lệ lấp đầy các khu công nghiệp',
      'share([DT_DA_THUE_KCN], [DT_DAT_CN_KCN])',
      'half',
    ),
  },
];

export const DATASETS = [
  {
    code: 'BC_THANG_CT',
    name: 'Báo cáo tháng ngành Công Thương',
    periodType: 'month' as const,
    unitKind: 'province',
    dueDay: 12,
    indicators: ['GTSX_CN', 'IIP', 'BLHH_DV', 'KN_XK', 'KN_XK_NH'],
  },
  {
    code: 'BC_QUY_VDT',
    name: 'Báo cáo quý về vốn đầu tư',
    periodType: 'quarter' as const,
    unitKind: 'province',
    dueDay: 20,
    indicators: ['VDT_XH', 'VDT_CN'],
  },
];

/** Rules: a separately reported total (exports by commodity group) must equal the total by ownership. */
export const RULES = [
  {
    code: 'XK_NHOM_HANG',
    name: 'Kim ngạch xuất khẩu theo nhóm hàng bằng tổng theo loại hình kinh tế',
    kind: 'expression',
    left: '[KN_XK_NH]',
    operator: '==',
    right: '[KN_XK]',
    severity: 'error',
    periodType: 'month',
  },
  {
    code: 'VDT_CN_TONG',
    name: 'Vốn đầu tư vào công nghiệp không vượt tổng vốn đầu tư toàn xã hội',
    kind: 'expression',
    left: '[VDT_CN]',
    operator: '<=',
    right: '[VDT_XH]',
    severity: 'error',
    periodType: 'quarter',
  },
  {
    code: 'GTSX_LUY_KE',
    name: 'Lũy kế giá trị sản xuất công nghiệp không giảm',
    kind: 'ytd_monotonic',
    indicator: 'GTSX_CN',
    severity: 'error',
    periodType: 'month',
  },
  {
    code: 'BLHH_BIEN_DONG',
    name: 'Tổng mức bán lẻ biến động quá 30 % so với tháng trước',
    kind: 'mom_change',
    indicator: 'BLHH_DV',
    threshold: 30,
    severity: 'warning',
    periodType: 'month',
  },
  {
    code: 'XK_NGOAI_LE',
    name: 'Kim ngạch xuất khẩu bất thường so với lịch sử (±3 độ lệch chuẩn)',
    kind: 'outlier',
    indicator: 'KN_XK',
    threshold: 3,
    severity: 'warning',
    periodType: 'month',
  },
] as const;

/**
 * Yearly totals 2015…2026 (2026 as the whole year's estimate, of which January–October are stored). Whole
 * tỷ đồng / triệu USD. Production value: 340,000 → 884,000 (+544,000), each year 2016–2021 above +10 %. Retail:
 * 23,626 → 44,670, average growth 11.2 %/year over 2016–2021 (and over the 2016–2020 plan, 2015 → 2020).
 */
export const YEARLY: Record<'GTSX_CN' | 'BLHH_DV' | 'KN_XK' | 'VDT_XH', number[]> = {
  GTSX_CN: [
    340_000, 437_500, 521_800, 603_900, 692_300, 782_500, 884_000, 940_100, 965_800, 1_021_500, 1_087_300, 1_158_000,
  ],
  BLHH_DV: [23_626, 26_470, 29_650, 33_280, 37_380, 40_171, 44_670, 50_120, 55_380, 60_730, 66_500, 72_800],
  KN_XK: [15_600, 20_940, 24_430, 26_380, 27_260, 26_770, 28_850, 29_760, 27_950, 30_120, 32_400, 34_500],
  VDT_XH: [28_400, 31_200, 34_900, 38_600, 41_800, 44_100, 47_150, 50_300, 53_900, 57_200, 61_000, 65_000],
};
/** Industry's share of total investment per year (2021: exactly 60 %). */
export const INDUSTRY_SHARE = [0.612, 0.605, 0.598, 0.603, 0.601, 0.596, 0.6, 0.594, 0.588, 0.592, 0.597, 0.601];

/** Option shares per year: FDI carries the province's industry and exports (the phone and electronics plants). */
export function optionShares(indicator: string, year: number): [string, number][] {
  const t = Math.min(Math.max(year - FIRST_YEAR, 0), 11);
  switch (indicator) {
    case 'GTSX_CN': {
      const state = 0.05 - Math.min(t, 6) * 0.003;
      const fdi = 0.86 + Math.min(t, 6) * 0.0075 - Math.max(t - 6, 0) * 0.003;
      return [
        ['state', state],
        ['non_state', 1 - state - fdi],
        ['fdi', fdi],
      ];
    }
    case 'KN_XK':
      return [
        ['state', 0.005],
        ['non_state', 0.03 - t * 0.001],
        ['fdi', 0.965 + t * 0.001],
      ];
    case 'KN_XK_NH':
      return [
        ['dien_thoai', 0.78 - t * 0.004],
        ['dien_tu', 0.12 + t * 0.004],
        ['kim_loai', 0.04],
        ['det_may', 0.03],
        ['che', 0.002],
        ['khac', 0.028],
      ];
    case 'BLHH_DV': {
      const travel = year === 2020 || year === 2021 ? 0.002 : 0.006;
      return [
        ['ban_le', 0.79],
        ['luu_tru_an_uong', 0.105],
        ['du_lich', travel],
        ['dich_vu_khac', 0.105 - travel],
      ];
    }
    default:
      return [['', 1]];
  }
}

/** The month of Tết (lunar new year) each year: industry dips, shopping peaks before it. */
export const TET_MONTH: Record<number, number> = {
  2015: 2,
  2016: 2,
  2017: 1,
  2018: 2,
  2019: 2,
  2020: 1,
  2021: 2,
  2022: 2,
  2023: 1,
  2024: 2,
  2025: 1,
  2026: 2,
};
