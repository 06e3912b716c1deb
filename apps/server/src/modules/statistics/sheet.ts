import {
  STAT_AGGREGATION_LABELS,
  STAT_INDICATOR_KIND_LABELS,
  STAT_PERIOD_TYPE_LABELS,
  STAT_VALUE_TYPE_LABELS,
  type StatIndicatorView,
} from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { z } from 'zod';
import type { CellValue } from '../../platform/documents/xlsxReader.ts';

/**
 * The indicator catalog workbook's columns, written by the export and read back by the import: one indicator a
 * row; the kind, value type, aggregation and period as their Vietnamese labels (codes are read too), the
 * disaggregation by its code, a registry indicator's filter as JSON.
 */
export const COLUMNS = [
  { key: 'code', header: 'Mã chỉ tiêu', width: 14 },
  { key: 'name', header: 'Tên chỉ tiêu', width: 45 },
  { key: 'kind', header: 'Loại chỉ tiêu', width: 18 },
  { key: 'unit', header: 'Đơn vị tính', width: 12 },
  { key: 'valueType', header: 'Kiểu giá trị', width: 14 },
  { key: 'aggregation', header: 'Cách tổng hợp', width: 16 },
  { key: 'periodType', header: 'Kỳ báo cáo', width: 10 },
  { key: 'disaggregation', header: 'Mã nhóm phân tổ', width: 14 },
  { key: 'formula', header: 'Công thức', width: 40 },
  { key: 'registryKind', header: 'Cơ sở dữ liệu ngành', width: 16 },
  { key: 'registryMeasure', header: 'Đại lượng', width: 14 },
  { key: 'registryFilter', header: 'Bộ lọc (JSON)', width: 24 },
  { key: 'decimals', header: 'Số chữ số thập phân', width: 10 },
  { key: 'source', header: 'Nguồn số liệu', width: 20 },
  { key: 'description', header: 'Mô tả, phương pháp tính', width: 40 },
  { key: 'active', header: 'Đang sử dụng', width: 10 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;
export const REQUIRED: ColumnKey[] = ['code', 'name', 'unit', 'aggregation', 'periodType'];

const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

export function cellsOf(v: z.infer<typeof StatIndicatorView>): Record<ColumnKey, string | number> {
  return {
    code: v.code,
    name: v.name,
    kind: STAT_INDICATOR_KIND_LABELS[v.kind],
    unit: v.unit,
    valueType: STAT_VALUE_TYPE_LABELS[v.valueType],
    aggregation: STAT_AGGREGATION_LABELS[v.aggregation],
    periodType: STAT_PERIOD_TYPE_LABELS[v.periodType],
    disaggregation: v.disaggregation?.code ?? '',
    formula: v.formula,
    registryKind: v.registryKind ?? '',
    registryMeasure: v.registryMeasure ?? '',
    registryFilter: Object.keys(v.registryFilter).length ? JSON.stringify(v.registryFilter) : '',
    decimals: v.decimals,
    source: v.source,
    description: v.description,
    active: yesNo(v.active),
  };
}

export const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/** A code or its label, matched without diacritics or case: "Cộng dồn", "cong don" and "sum" are one. */
export function codeOf<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  const key = searchKey(value);
  return (Object.keys(labels) as K[]).find((k) => k === value || searchKey(k) === key || searchKey(labels[k]) === key);
}

export const boolOf = (v: CellValue, empty: boolean): boolean => {
  const s = searchKey(textOf(v));
  if (!s) return empty;
  return v === true || ['co', 'x', 'true', '1'].includes(s);
};
