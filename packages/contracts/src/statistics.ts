/**
 * Sector statistics catalog (docs/statistics.md): indicators, disaggregations, data sets, validation rules and
 * targets. Reporting units and their mappings are in statisticsUnits.ts (re-exported here).
 */
import { z } from 'zod';
import { Id, IsoDateTime, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { ImportRowError } from './org.ts';

export * from './statisticsUnits.ts';

export const STAT_INDICATOR_KINDS = ['element', 'derived', 'registry'] as const;
export const STAT_AGGREGATIONS = ['sum', 'average', 'last', 'none'] as const;
export const STAT_PERIOD_TYPES = ['month', 'quarter', 'half', 'year'] as const;
export const STAT_VALUE_TYPES = ['number', 'integer', 'percent'] as const;
export const STAT_RULE_KINDS = ['expression', 'ytd_monotonic', 'mom_change', 'outlier'] as const;
export const STAT_RULE_OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const STAT_SEVERITIES = ['error', 'warning'] as const;
export type StatIndicatorKindCode = (typeof STAT_INDICATOR_KINDS)[number];
export type StatAggregationCode = (typeof STAT_AGGREGATIONS)[number];
export type StatPeriodTypeCode = (typeof STAT_PERIOD_TYPES)[number];
export type StatValueTypeCode = (typeof STAT_VALUE_TYPES)[number];
export type StatRuleKindCode = (typeof STAT_RULE_KINDS)[number];

export const STAT_INDICATOR_KIND_LABELS: Record<StatIndicatorKindCode, string> = {
  element: 'Nhập trực tiếp',
  derived: 'Tính theo công thức',
  registry: 'Đếm, cộng từ cơ sở dữ liệu ngành',
};
export const STAT_AGGREGATION_LABELS: Record<StatAggregationCode, string> = {
  sum: 'Cộng dồn',
  average: 'Bình quân',
  last: 'Lấy số cuối kỳ',
  none: 'Không cộng gộp (chỉ số, tỷ lệ)',
};
export const STAT_PERIOD_TYPE_LABELS: Record<StatPeriodTypeCode, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng',
  year: 'Năm',
};
export const STAT_VALUE_TYPE_LABELS: Record<StatValueTypeCode, string> = {
  number: 'Số thập phân',
  integer: 'Số nguyên',
  percent: 'Tỷ lệ, chỉ số (%)',
};
export const STAT_RULE_KIND_LABELS: Record<StatRuleKindCode, string> = {
  expression: 'So sánh hai biểu thức',
  ytd_monotonic: 'Lũy kế không giảm trong năm',
  mom_change: 'Biến động so với kỳ trước vượt ngưỡng (%)',
  outlier: 'Giá trị bất thường (trung bình ± k độ lệch chuẩn)',
};

/** Registries a registry indicator counts or sums over (the `/registries/{kind}` kinds). */
export const STAT_REGISTRY_KINDS = [
  'facilities',
  'cooperatives',
  'craft-villages',
  'rural-products',
  'industrial-zones',
] as const;
export type StatRegistryKindCode = (typeof STAT_REGISTRY_KINDS)[number];
export const STAT_REGISTRY_KIND_LABELS: Record<StatRegistryKindCode, string> = {
  facilities: 'Cơ sở sản xuất công nghiệp',
  cooperatives: 'Hợp tác xã',
  'craft-villages': 'Làng nghề',
  'rural-products': 'Sản phẩm công nghiệp nông thôn tiêu biểu',
  'industrial-zones': 'Khu, cụm công nghiệp',
};
/** What a registry indicator may measure: `count` or one of the registry's numeric columns. */
export const STAT_REGISTRY_MEASURES: Record<StatRegistryKindCode, readonly string[]> = {
  facilities: ['count', 'workers'],
  cooperatives: ['count', 'members'],
  'craft-villages': ['count', 'households', 'craft_households'],
  'rural-products': ['count', 'score'],
  'industrial-zones': ['count', 'area_ha', 'industrial_land_ha', 'leased_land_ha', 'projects'],
};
/** The columns a registry indicator's filter may name (column → the value a row must hold). */
export const STAT_REGISTRY_FILTERS: Record<StatRegistryKindCode, readonly string[]> = {
  facilities: ['status', 'vsic', 'ownership', 'unit_id'],
  cooperatives: ['status', 'field', 'unit_id'],
  'craft-villages': ['status', 'traditional', 'unit_id'],
  'rural-products': ['status', 'level', 'vote_year', 'unit_id'],
  'industrial-zones': ['status', 'zone_type', 'unit_id'],
};

export const StatIndicatorKind = z.enum(STAT_INDICATOR_KINDS, {
  error: 'Loại chỉ tiêu: nhập trực tiếp (element), công thức (derived) hoặc từ cơ sở dữ liệu ngành (registry)',
});
export const StatAggregation = z.enum(STAT_AGGREGATIONS, {
  error: 'Cách tổng hợp: cộng dồn (sum), bình quân (average), số cuối kỳ (last) hoặc không cộng gộp (none)',
});
export const StatPeriodType = z.enum(STAT_PERIOD_TYPES, { error: 'Kỳ báo cáo: tháng, quý, 6 tháng hoặc năm' });
export const StatValueType = z.enum(STAT_VALUE_TYPES, {
  error: 'Kiểu giá trị: số thập phân, số nguyên hoặc tỷ lệ (%)',
});
export const StatRegistryKind = z.enum(STAT_REGISTRY_KINDS, {
  error: `Cơ sở dữ liệu ngành: một trong ${STAT_REGISTRY_KINDS.join(', ')}`,
});

/** A catalog code: letters, digits, `_`, `-` (formulas write it as `[CODE]`, and `[CODE.option]` for an option). */
export const StatCode = (label: string) =>
  text(40, 1, label).pipe(
    z.string().regex(/^[A-Za-z0-9_-]+$/u, `${label}: chỉ gồm chữ không dấu, chữ số, dấu gạch dưới, gạch ngang`),
  );

// ---- disaggregations ----

export const StatDisaggregationOption = z.strictObject({
  code: StatCode('Mã phân tổ'),
  name: text(200, 1, 'Tên phân tổ'),
});
const DisaggregationFields = {
  code: StatCode('Mã nhóm phân tổ'),
  name: text(200, 1, 'Tên nhóm phân tổ'),
  options: z
    .array(StatDisaggregationOption)
    .min(1, 'Cần ít nhất một phân tổ')
    .max(200)
    .superRefine((opts, ctx) => {
      const seen = new Set<string>();
      opts.forEach((o, i) => {
        if (seen.has(o.code))
          ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `Mã phân tổ ${o.code} bị trùng` });
        seen.add(o.code);
      });
    }),
};
export const CreateStatDisaggregationRequest = z.strictObject(DisaggregationFields);
export const UpdateStatDisaggregationRequest = z.strictObject({ ...DisaggregationFields, version: Version });
export const StatDisaggregationView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  options: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Indicators split by it (it cannot be deleted while any is). */
  indicatorCount: z.number().int(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatDisaggregationsQuery = listQuery(['code', 'name'] as const, 'code', {});
export const StatDisaggregationList = paged(StatDisaggregationView);

// ---- indicators ----

const registryFilterValue = z.union([text(200, 0, 'Giá trị lọc'), z.number().finite(), z.boolean()]);
const IndicatorFields = {
  code: StatCode('Mã chỉ tiêu'),
  name: text(500, 1, 'Tên chỉ tiêu'),
  kind: StatIndicatorKind.default('element'),
  unit: text(40, 1, 'Đơn vị tính'),
  valueType: StatValueType.default('number'),
  aggregation: StatAggregation,
  periodType: StatPeriodType,
  disaggregationId: Id.nullable().default(null),
  formula: longText(2000, 'Công thức').default(''),
  registryKind: StatRegistryKind.nullable().default(null),
  registryMeasure: text(40, 1, 'Đại lượng').nullable().default(null),
  registryFilter: z.record(z.string().max(40), registryFilterValue).default({}),
  decimals: z.number({ error: 'Số chữ số thập phân: cần một số' }).int().min(0).max(6).default(1),
  source: text(300, 0, 'Nguồn số liệu').default(''),
  description: longText(4000, 'Mô tả, phương pháp tính').default(''),
};
export const CreateStatIndicatorRequest = z.strictObject(IndicatorFields);
export const UpdateStatIndicatorRequest = z.strictObject({ ...IndicatorFields, version: Version });
export const StatVersionRequest = z.strictObject({ version: Version });

export const StatIndicatorDisaggregation = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  options: z.array(z.object({ code: z.string(), name: z.string() })),
});
/** One indicator as the catalog lists it: the shape outside tools read from `GET /indicators` (stable). */
export const StatIndicatorView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  aggregation: StatAggregation,
  periodType: StatPeriodType,
  kind: StatIndicatorKind,
  valueType: StatValueType,
  formula: z.string(),
  disaggregation: StatIndicatorDisaggregation.nullable(),
  registryKind: StatRegistryKind.nullable(),
  registryMeasure: z.string().nullable(),
  registryFilter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  decimals: z.number().int(),
  source: z.string(),
  description: z.string(),
  active: z.boolean(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const STAT_INDICATOR_SORTS = ['code', 'name', 'periodType'] as const;
export const StatIndicatorsQuery = listQuery(STAT_INDICATOR_SORTS, 'code', {
  kind: StatIndicatorKind.optional(),
  periodType: StatPeriodType.optional(),
  active: z.enum(['true', 'false'], { error: 'Đang dùng: true hoặc false' }).optional(),
});
export const StatIndicatorList = paged(StatIndicatorView);

export const StatCatalogImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
export const StatIndicatorImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(ImportRowError),
});

// ---- data sets ----

const DatasetFields = {
  code: StatCode('Mã biểu mẫu'),
  name: text(300, 1, 'Tên biểu mẫu'),
  periodType: StatPeriodType,
  unitKind: text(40, 1, 'Loại đơn vị báo cáo'),
  dueDay: z.number({ error: 'Hạn nộp: cần một số' }).int().min(1, 'Hạn nộp: từ ngày 1').max(28, 'Hạn nộp: đến ngày 28'),
  reminderDays: z.number({ error: 'Nhắc trước: cần một số' }).int().min(0).max(28).default(3),
  indicatorIds: z.array(Id).max(500).default([]),
  unitIds: z.array(Id).max(5000).default([]),
  active: z.boolean().default(true),
};
export const CreateStatDatasetRequest = z.strictObject(DatasetFields);
export const UpdateStatDatasetRequest = z.strictObject({ ...DatasetFields, version: Version });
const Ref = z.object({ id: Id, code: z.string(), name: z.string() });
export const StatDatasetView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  periodType: StatPeriodType,
  unitKind: z.string(),
  dueDay: z.number().int(),
  reminderDays: z.number().int(),
  active: z.boolean(),
  indicators: z.array(Ref.extend({ unit: z.string() })),
  units: z.array(Ref),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatDatasetSummary = StatDatasetView.omit({ indicators: true, units: true }).extend({
  indicatorCount: z.number().int(),
  unitCount: z.number().int(),
});
export const StatDatasetsQuery = listQuery(['code', 'name'] as const, 'code', {
  periodType: StatPeriodType.optional(),
});
export const StatDatasetList = paged(StatDatasetSummary);

// ---- validation rules ----

const RuleFields = {
  code: StatCode('Mã quy tắc'),
  name: text(300, 1, 'Tên quy tắc'),
  kind: z.enum(STAT_RULE_KINDS, { error: `Loại quy tắc: một trong ${STAT_RULE_KINDS.join(', ')}` }),
  leftExpr: longText(2000, 'Vế trái').default(''),
  operator: z
    .enum(STAT_RULE_OPERATORS, { error: `Phép so sánh: một trong ${STAT_RULE_OPERATORS.join(' ')}` })
    .default('=='),
  rightExpr: longText(2000, 'Vế phải').default(''),
  indicatorId: Id.nullable().default(null),
  threshold: z.number({ error: 'Ngưỡng: cần một số' }).finite().nullable().default(null),
  severity: z.enum(STAT_SEVERITIES, { error: 'Mức độ: lỗi (error) hoặc cảnh báo (warning)' }).default('error'),
  periodType: StatPeriodType.nullable().default(null),
  datasetId: Id.nullable().default(null),
  active: z.boolean().default(true),
};
export const CreateStatRuleRequest = z.strictObject(RuleFields);
export const UpdateStatRuleRequest = z.strictObject({ ...RuleFields, version: Version });
export const StatRuleView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: z.enum(STAT_RULE_KINDS),
  leftExpr: z.string(),
  operator: z.enum(STAT_RULE_OPERATORS),
  rightExpr: z.string(),
  indicator: Ref.nullable(),
  threshold: z.number().nullable(),
  severity: z.enum(STAT_SEVERITIES),
  periodType: StatPeriodType.nullable(),
  dataset: Ref.nullable(),
  active: z.boolean(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatRulesQuery = listQuery(['code', 'name'] as const, 'code', {
  kind: z.enum(STAT_RULE_KINDS).optional(),
  datasetId: Id.optional(),
});
export const StatRuleList = paged(StatRuleView);

// ---- targets (the year's plan) ----

const Year = z.coerce.number({ error: 'Năm: cần một số' }).int().min(2000, 'Năm: từ 2000').max(2100, 'Năm: đến 2100');
export const StatTargetsQuery = listQuery(['indicator', 'unit'] as const, 'indicator', {
  year: Year,
  indicatorId: Id.optional(),
  unitId: Id.optional(),
});
export const StatTargetView = z.object({
  indicator: Ref.extend({ unit: z.string() }),
  unit: Ref,
  year: z.number().int(),
  category: z.string(),
  value: z.number(),
  note: z.string(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatTargetList = paged(StatTargetView);
export const SaveStatTargetsRequest = z.strictObject({
  year: z.number().int().min(2000, 'Năm: từ 2000').max(2100, 'Năm: đến 2100'),
  items: z
    .array(
      z.strictObject({
        indicatorId: Id,
        unitId: Id,
        category: text(40, 0, 'Phân tổ').default(''),
        /** null removes the target. */
        value: z.number({ error: 'Kế hoạch: cần một số' }).finite().nullable(),
        note: text(500, 0, 'Ghi chú').default(''),
        /** The version read, for a target that exists (a stale one is refused with 409). */
        version: Version.optional(),
      }),
    )
    .min(1, 'Không có chỉ tiêu kế hoạch nào')
    .max(5000),
});
export const SaveStatTargetsResult = z.object({ saved: z.number().int(), removed: z.number().int() });
