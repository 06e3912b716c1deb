import { z } from 'zod';
import { parsePeriodId } from '@thidua/domain';
import { Id, IsoDateTime, Version, text } from './common.ts';
import { StatAggregation, StatIndicatorKind, StatPeriodType } from './statistics.ts';

/**
 * Sector statistics, the analysis side (docs/statistics.md): one indicator by period, unit or option
 * (`GET /analytics`, kept stable for outside tools), the pivot with the monthly report's comparison columns,
 * the sector dashboard and saved views.
 */

const PERIOD_MESSAGE =
  'Kỳ: ghi 2026 (năm), 2026S1 (6 tháng), 2026Q3 (quý), 2026-07 (tháng) hoặc 2026YTD09 (lũy kế 9 tháng)';

/** `2021`, `2021S1`, `2021Q3`, `2021-07` (also `2021M07`), `2021YTD09`. */
export const AnalyticsPeriod = z
  .string()
  .trim()
  .max(12, { message: PERIOD_MESSAGE })
  .refine((v) => parsePeriodId(v) !== null, { message: PERIOD_MESSAGE });

const IndicatorCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/u, { message: 'Mã chỉ tiêu: chữ không dấu, chữ số, dấu gạch dưới, gạch ngang' });

export const ANALYTICS_BY = ['unit', 'period', 'category'] as const;
export const AnalyticsBy = z.enum(ANALYTICS_BY, {
  error: 'Chia theo: unit (đơn vị), period (kỳ con) hoặc category (phân tổ)',
});

export const AnalyticsQuery = z.object({
  indicator: IndicatorCode,
  period: AnalyticsPeriod,
  unit: Id.optional(),
  by: AnalyticsBy.optional(),
});

export const AnalyticsIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  aggregation: StatAggregation,
  periodType: StatPeriodType,
  kind: StatIndicatorKind,
  decimals: z.number().int(),
});
export type AnalyticsIndicator = z.infer<typeof AnalyticsIndicator>;

export const AnalyticsUnit = z.object({ id: z.string(), name: z.string() });

/** One figure; `value` null means "không đủ số liệu". `unitId` null is the province as a whole, `category` '' the total. */
export const AnalyticsRow = z.object({
  period: z.string(),
  unitId: z.string().nullable(),
  category: z.string(),
  value: z.number().nullable(),
});

export const AnalyticsResponse = z.object({
  indicator: AnalyticsIndicator,
  unit: AnalyticsUnit.nullable(),
  rows: z.array(AnalyticsRow),
  /** What the figures rest on: old units mapped to new ones across the 2025 change, and the like. */
  notes: z.array(z.string()),
});
export type AnalyticsResponse = z.infer<typeof AnalyticsResponse>;

// ---- pivot ----

export const PIVOT_DIMENSIONS = ['indicator', 'period', 'unit', 'category'] as const;
export const PivotDimension = z.enum(PIVOT_DIMENSIONS, {
  error: 'Chiều của bảng: indicator, period, unit hoặc category',
});
export const PIVOT_COMPARES = ['prevYear', 'growth', 'ytd', 'ytdGrowth', 'target'] as const;
export const PivotCompare = z.enum(PIVOT_COMPARES, {
  error: 'Cột so sánh: prevYear (cùng kỳ), growth (tăng trưởng), ytd (lũy kế), ytdGrowth, target (kế hoạch năm)',
});

const pivotShape = {
  indicators: z.array(IndicatorCode).min(1, { message: 'Chọn ít nhất một chỉ tiêu' }).max(300),
  periods: z.array(AnalyticsPeriod).min(1, { message: 'Chọn ít nhất một kỳ' }).max(60),
  units: z.array(Id).max(1000).optional(),
  rows: z.array(PivotDimension).max(4).default(['indicator']),
  columns: z.array(PivotDimension).max(4).default(['period']),
  compare: z.array(PivotCompare).max(5).default([]),
};

function distinctAxes(v: { rows: string[]; columns: string[] }, ctx: z.RefinementCtx) {
  const all = [...v.rows, ...v.columns];
  const dup = all.find((d, i) => all.indexOf(d) !== i);
  if (dup) ctx.addIssue({ code: 'custom', path: ['columns'], message: `Chiều "${dup}" chỉ được chọn một lần` });
}

export const PivotRequest = z.object(pivotShape).superRefine(distinctAxes);
export type PivotRequest = z.infer<typeof PivotRequest>;

/** The pivot's Excel export: the same request written as `?indicators=A,B&periods=2026-09&rows=indicator&…`. */
const list = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
export const PivotXlsxQuery = z.object({
  indicators: list(12000),
  periods: list(1000),
  units: list(65000).optional(),
  rows: list(100).optional(),
  columns: list(100).optional(),
  compare: list(100).optional(),
});

/** A row or column of the pivot: its coordinates on the dimensions of that axis and their labels. */
export const PivotHeader = z.object({
  indicator: z.string().optional(),
  period: z.string().optional(),
  unitId: z.string().nullable().optional(),
  category: z.string().optional(),
  labels: z.array(z.string()),
});

export const PivotCell = z.object({
  row: z.number().int(),
  column: z.number().int(),
  value: z.number().nullable(),
  /** "Cùng kỳ năm trước". */
  prevYear: z.number().nullable().optional(),
  /** Against the same period last year, %. */
  growth: z.number().nullable().optional(),
  /** "Lũy kế từ đầu năm" to the period's last month. */
  ytd: z.number().nullable().optional(),
  ytdGrowth: z.number().nullable().optional(),
  /** "Kế hoạch năm" and the year to date as a share of it (%). */
  target: z.number().nullable().optional(),
  targetShare: z.number().nullable().optional(),
});

export const PivotResponse = z.object({
  /** The dimensions laid on each axis (a dimension with several values left off both goes on the rows or columns). */
  rowDimensions: z.array(PivotDimension),
  columnDimensions: z.array(PivotDimension),
  rows: z.array(PivotHeader),
  columns: z.array(PivotHeader),
  cells: z.array(PivotCell),
  compare: z.array(PivotCompare),
  indicators: z.array(AnalyticsIndicator),
  notes: z.array(z.string()),
});
export type PivotResponse = z.infer<typeof PivotResponse>;

// ---- dashboard ----

export const DashboardQuery = z.object({ period: AnalyticsPeriod.optional() });

export const DashboardItem = z.object({
  indicator: AnalyticsIndicator,
  /** The indicator's own latest period ended by the month asked (a quarterly one shows its last full quarter). */
  period: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  prevYear: z.number().nullable(),
  growth: z.number().nullable(),
  ytd: z.number().nullable(),
  ytdPrevYear: z.number().nullable(),
  ytdGrowth: z.number().nullable(),
  /** The last 13 months (or periods of the indicator's type) ending at the period, oldest first. */
  trend: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
});

export const DashboardResponse = z.object({
  period: z.string(),
  label: z.string(),
  items: z.array(DashboardItem),
  notes: z.array(z.string()),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;

// ---- saved views ----

export const STAT_VIEW_CHARTS = ['table', 'line', 'bar'] as const;
export const StatViewDefinition = z
  .object({ ...pivotShape, chart: z.enum(STAT_VIEW_CHARTS).default('table') })
  .superRefine(distinctAxes);

export const StatViewInput = z.object({
  name: text(200, 1, 'Tên bảng phân tích'),
  definition: StatViewDefinition,
  shared: z.boolean().default(false),
});
export const StatViewUpdate = StatViewInput.extend({ version: Version });

export const StatViewView = z.object({
  id: z.string(),
  name: z.string(),
  definition: StatViewDefinition,
  shared: z.boolean(),
  ownerId: z.string(),
  ownerName: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type StatViewView = z.infer<typeof StatViewView>;

export const StatViewList = z.object({ items: z.array(StatViewView), total: z.number().int() });
export const StatViewDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });
