import {
  COOPERATIVE_FIELD_LABELS,
  OWNERSHIP_LABELS,
  PRODUCT_LEVEL_LABELS,
  REGISTRY_KINDS,
  REGISTRY_STATUS_LABELS,
  ZONE_TYPE_LABELS,
  type RegistryKind,
} from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../platform/errors.ts';

export type RegistryTable = Extract<
  keyof Database,
  'reg_facilities' | 'reg_cooperatives' | 'reg_craft_villages' | 'reg_rural_products' | 'reg_industrial_zones'
>;
export type ColumnType = 'text' | 'int' | 'number' | 'date' | 'bool' | 'enum' | 'unit';

/** One field of a registry: its API key, its column, its Excel header and how it is written and read. */
export interface RegistryColumn {
  key: string;
  column: string;
  header: string;
  type: ColumnType;
  width: number;
  labels?: Record<string, string>;
  /** A numeric column the summary adds up and a registry indicator may sum (its display unit). */
  unit?: string;
}

/** Everything the generic module needs to know of one kind: one description instead of five copies. */
export interface RegistryKindSpec {
  kind: RegistryKind;
  table: RegistryTable;
  title: string;
  /** The worksheet's name (Excel allows 31 characters). */
  sheet: string;
  columns: RegistryColumn[];
  /** The main classification the summary counts by (and a filter of the list). */
  classBy: string;
  /** Filters of the list beyond asOf, status and the commune: API key → column. */
  filters: Record<string, string>;
}

const head = (name: string): RegistryColumn[] => [
  { key: 'code', column: 'code', header: 'Mã', type: 'text', width: 12 },
  { key: 'name', column: 'name', header: name, type: 'text', width: 40 },
];
const tail = (status: Record<string, string>): RegistryColumn[] => [
  { key: 'unitId', column: 'unit_id', header: 'Mã đơn vị hành chính', type: 'unit', width: 14 },
  { key: 'address', column: 'address', header: 'Địa chỉ', type: 'text', width: 35 },
  { key: 'status', column: 'status', header: 'Trạng thái', type: 'enum', width: 18, labels: status },
  { key: 'validFrom', column: 'valid_from', header: 'Hiệu lực từ ngày', type: 'date', width: 13 },
  { key: 'validTo', column: 'valid_to', header: 'Hiệu lực đến ngày', type: 'date', width: 13 },
  { key: 'note', column: 'note', header: 'Ghi chú', type: 'text', width: 30 },
];
const spec = (
  kind: RegistryKind,
  table: RegistryTable,
  title: string,
  name: string,
  own: RegistryColumn[],
  classBy: string,
  filters: Record<string, string>,
): RegistryKindSpec => {
  const status = REGISTRY_STATUS_LABELS[kind];
  return {
    kind,
    table,
    title,
    sheet: title.length > 31 ? 'Sản phẩm CNNT tiêu biểu' : title,
    columns: [...head(name), ...own, ...tail(status)],
    classBy,
    filters,
  };
};

const decision = (what: string): RegistryColumn[] => [
  { key: 'decisionNo', column: 'decision_no', header: `Số quyết định ${what}`, type: 'text', width: 16 },
];

export const KINDS: Record<RegistryKind, RegistryKindSpec> = {
  facilities: spec(
    'facilities',
    'reg_facilities',
    'Cơ sở công nghiệp',
    'Tên cơ sở',
    [
      { key: 'taxCode', column: 'tax_code', header: 'Mã số thuế', type: 'text', width: 14 },
      { key: 'vsic', column: 'vsic', header: 'Mã ngành VSIC', type: 'text', width: 10 },
      {
        key: 'ownership',
        column: 'ownership',
        header: 'Loại hình sở hữu',
        type: 'enum',
        width: 20,
        labels: OWNERSHIP_LABELS,
      },
      { key: 'workers', column: 'workers', header: 'Số lao động', type: 'int', width: 10, unit: 'người' },
    ],
    'ownership',
    { ownership: 'ownership' },
  ),
  cooperatives: spec(
    'cooperatives',
    'reg_cooperatives',
    'Hợp tác xã',
    'Tên hợp tác xã',
    [
      { key: 'taxCode', column: 'tax_code', header: 'Mã số thuế', type: 'text', width: 14 },
      {
        key: 'field',
        column: 'field',
        header: 'Lĩnh vực hoạt động',
        type: 'enum',
        width: 24,
        labels: COOPERATIVE_FIELD_LABELS,
      },
      { key: 'members', column: 'members', header: 'Số thành viên', type: 'int', width: 10, unit: 'thành viên' },
    ],
    'field',
    { field: 'field' },
  ),
  'craft-villages': spec(
    'craft-villages',
    'reg_craft_villages',
    'Làng nghề',
    'Tên làng nghề',
    [
      { key: 'traditional', column: 'traditional', header: 'Làng nghề truyền thống', type: 'bool', width: 10 },
      ...decision('công nhận'),
      { key: 'decisionDate', column: 'decision_date', header: 'Ngày quyết định', type: 'date', width: 13 },
      { key: 'households', column: 'households', header: 'Tổng số hộ', type: 'int', width: 10, unit: 'hộ' },
      {
        key: 'craftHouseholds',
        column: 'craft_households',
        header: 'Số hộ làm nghề',
        type: 'int',
        width: 10,
        unit: 'hộ',
      },
      { key: 'products', column: 'products', header: 'Sản phẩm chính', type: 'text', width: 30 },
    ],
    'traditional',
    { traditional: 'traditional' },
  ),
  'rural-products': spec(
    'rural-products',
    'reg_rural_products',
    'Sản phẩm công nghiệp nông thôn tiêu biểu',
    'Tên sản phẩm',
    [
      { key: 'producer', column: 'producer', header: 'Chủ thể sản xuất', type: 'text', width: 30 },
      {
        key: 'level',
        column: 'level',
        header: 'Cấp công nhận',
        type: 'enum',
        width: 14,
        labels: PRODUCT_LEVEL_LABELS,
      },
      { key: 'voteYear', column: 'vote_year', header: 'Năm bình chọn', type: 'int', width: 10 },
      ...decision('công nhận'),
      { key: 'decisionDate', column: 'decision_date', header: 'Ngày quyết định', type: 'date', width: 13 },
      { key: 'score', column: 'score', header: 'Điểm bình chọn', type: 'number', width: 10 },
    ],
    'level',
    { level: 'level', voteYear: 'vote_year' },
  ),
  'industrial-zones': spec(
    'industrial-zones',
    'reg_industrial_zones',
    'Khu, cụm công nghiệp',
    'Tên khu, cụm công nghiệp',
    [
      { key: 'zoneType', column: 'zone_type', header: 'Loại', type: 'enum', width: 18, labels: ZONE_TYPE_LABELS },
      ...decision('thành lập'),
      { key: 'areaHa', column: 'area_ha', header: 'Tổng diện tích (ha)', type: 'number', width: 12, unit: 'ha' },
      {
        key: 'industrialLandHa',
        column: 'industrial_land_ha',
        header: 'Diện tích đất công nghiệp (ha)',
        type: 'number',
        width: 12,
        unit: 'ha',
      },
      {
        key: 'leasedLandHa',
        column: 'leased_land_ha',
        header: 'Diện tích đất đã cho thuê (ha)',
        type: 'number',
        width: 12,
        unit: 'ha',
      },
      { key: 'investor', column: 'investor', header: 'Chủ đầu tư hạ tầng', type: 'text', width: 30 },
      { key: 'projects', column: 'projects', header: 'Số dự án', type: 'int', width: 10, unit: 'dự án' },
    ],
    'zone_type',
    { zoneType: 'zone_type' },
  ),
};

export const TRADITIONAL_LABELS: Record<string, string> = { '1': 'Làng nghề truyền thống', '0': 'Làng nghề' };

/** A kind as the API, a table or a data element's `registry_kind` may name it: "craft-villages", "craft_villages", "reg_craft_villages". */
export function kindOf(name: string): RegistryKindSpec {
  const k = name.replace(/^reg_/u, '').replace(/_/gu, '-');
  const found = (REGISTRY_KINDS as readonly string[]).includes(k) ? KINDS[k as RegistryKind] : undefined;
  if (!found)
    throw badRequest('bad_request', `Không có sổ đăng ký "${name}". Chọn một trong: ${REGISTRY_KINDS.join(', ')}.`, [
      { path: 'kind', message: 'Loại sổ đăng ký không có' },
    ]);
  return found;
}

/** A column of the kind named by its API key or its column name, or undefined. */
export const columnOf = (s: RegistryKindSpec, name: string) =>
  s.columns.find((c) => c.key === name || c.column === name);
