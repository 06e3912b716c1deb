import { searchKey } from '@thidua/domain';
import { dateVn } from '../../platform/documents/official.ts';
import type { CellValue } from '../../platform/documents/xlsxReader.ts';
import type { RegistryColumn, RegistryKindSpec } from './kinds.ts';

/**
 * A registry's workbook: the kind's columns in its own order (kinds.ts), then the record's id, which the
 * import uses to update the row it came from (empty: a new row). Written by the export, read by the import.
 */
export const ID_COLUMN = { key: 'id', header: 'Mã hệ thống (để trống khi thêm mới)', width: 30 } as const;

export const sheetColumns = (s: RegistryKindSpec) => [
  ...s.columns.map((c) => ({ key: c.key, header: c.header, width: c.width })),
  ID_COLUMN,
];

/** Columns kept as text so Excel neither reformats dates nor drops leading zeros of codes. */
export const textColumns = (s: RegistryKindSpec) => [
  ...s.columns.filter((c) => c.type === 'date' || c.type === 'unit' || c.type === 'text').map((c) => c.key),
  'id',
];

/** One cell as the clerk reads it: labels for codes, Có/Không, dd/mm/yyyy. */
export function cellOf(c: RegistryColumn, v: unknown, unitCode: (id: string) => string): string | number {
  if (v === null || v === undefined) return '';
  switch (c.type) {
    case 'bool':
      return v ? 'Có' : 'Không';
    case 'enum':
      return c.labels?.[String(v)] ?? String(v);
    case 'date':
      return dateVn(String(v));
    case 'unit':
      return unitCode(String(v));
    case 'int':
    case 'number':
      return Number(v);
    default:
      return String(v);
  }
}

export const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/** A code or its label, matched without diacritics or case: "Nhà nước", "nha nuoc" and "state" are one. */
export function codeOf(labels: Record<string, string>, value: string): string | undefined {
  const key = searchKey(value);
  return Object.keys(labels).find((k) => k === value || searchKey(labels[k]!) === key);
}

/** "1.200", "1 200", "12,5" or a number; text that is not a number comes back as NaN for the contract to refuse. */
export function numberOf(v: CellValue): number | undefined {
  if (typeof v === 'number') return v;
  const s = textOf(v).replace(/\s/gu, '');
  if (!s) return undefined;
  const n = /^\d{1,3}(\.\d{3})+$/u.test(s) ? Number(s.replace(/\./gu, '')) : Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/** dd/mm/yyyy, yyyy-mm-dd or an Excel date → yyyy-mm-dd; anything else as typed, for the contract to refuse. */
export function dateOf(v: CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = textOf(v);
  if (!s) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
}

export const boolOf = (v: CellValue): boolean | undefined => {
  const k = searchKey(textOf(v));
  if (v === true || ['co', 'x', 'true', '1'].includes(k)) return true;
  if (v === false || ['', 'khong', 'false', '0'].includes(k)) return false;
  return undefined;
};
