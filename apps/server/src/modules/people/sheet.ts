import {
  EMPLOYMENT_TYPE_LABELS,
  GENDER_LABELS,
  PERSON_STATUS_LABELS,
  parseVnDate,
  searchKey,
  type EmploymentType,
  type Gender,
  type PersonStatus,
} from '@thidua/domain';
import { cellText } from '../../platform/documents/xlsx.ts';
import { cellAt, type CellValue, type SheetRow } from '../../platform/documents/xlsxReader.ts';

/** Columns of the staff sheet: template, import and export share them so an export can be edited and re-read. */
export const COLUMNS = [
  { key: 'familyName', header: 'Họ', width: 14, required: true },
  { key: 'middleName', header: 'Tên đệm', width: 16, required: false },
  { key: 'givenName', header: 'Tên', width: 12, required: true },
  { key: 'gender', header: 'Giới tính', width: 10, required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 13, required: false },
  { key: 'position', header: 'Chức vụ', width: 26, required: false },
  { key: 'orgCode', header: 'Mã đơn vị', width: 12, required: true },
  { key: 'employmentType', header: 'Loại cán bộ', width: 16, required: true },
  { key: 'startDate', header: 'Ngày bắt đầu công tác', width: 14, required: false },
  { key: 'status', header: 'Trạng thái', width: 18, required: false },
  { key: 'citizenId', header: 'Số CCCD', width: 16, required: false },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

export interface ParsedRow {
  row: number;
  familyName: string;
  middleName: string;
  givenName: string;
  gender?: Gender;
  dateOfBirth: string | null;
  position: string;
  orgCode: string;
  employmentType?: EmploymentType;
  startDate: string | null;
  status?: PersonStatus;
  citizenId: string | null;
}

export interface CellError {
  row: number;
  column: string;
  message: string;
}

const byKey = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([code, label]) => [searchKey(label as string), code as T]));
const GENDERS = byKey(GENDER_LABELS);
const EMPLOYMENT = byKey(EMPLOYMENT_TYPE_LABELS);
const STATUSES = byKey(PERSON_STATUS_LABELS);

export interface HeaderInfo {
  headerRow: number;
  index: Map<ColumnKey, number>;
  missing: string[];
}

/** How far down the header may sit (clerks put a title above the table). */
export const HEADER_WITHIN = 5;

/** Finds the header row (within the first 5) and maps each column key to its sheet column. */
export function locateHeader(rows: readonly SheetRow[]): HeaderInfo {
  for (const row of rows) {
    if (row.number > HEADER_WITHIN) break;
    const seen = new Map<string, number>();
    row.cells.forEach((v, col) => seen.set(searchKey(cellText(v)), col));
    const index = new Map<ColumnKey, number>();
    for (const c of COLUMNS) {
      const col = seen.get(searchKey(c.header));
      if (col) index.set(c.key, col);
    }
    if (index.size >= 3) {
      const missing = COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => c.header);
      return { headerRow: row.number, index, missing };
    }
  }
  return { headerRow: 0, index: new Map(), missing: COLUMNS.filter((c) => c.required).map((c) => c.header) };
}

function dateCell(value: CellValue): string | null | 'invalid' {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // Excel serial day numbers (1900 system).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  const text = cellText(value).trim();
  if (!text) return null;
  return textDate(text);
}

/** Cell texts repeat (family names, units, labels): each distinct one is cleaned once, within a bound. */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      v = fn(s);
      if (known.size >= max) known.clear();
      known.set(s, v);
    }
    return v;
  };
}
const clean = memo((s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim());
const keyOf = memo(searchKey);

const LENGTH_LIMITS = [
  ['familyName', 50],
  ['middleName', 100],
  ['givenName', 50],
  ['position', 200],
] as const;
const HEADER_OF = new Map<ColumnKey, string>(COLUMNS.map((c) => [c.key, c.header]));
const CHOICES = {
  gender: Object.values(GENDER_LABELS).join(', '),
  employmentType: Object.values(EMPLOYMENT_TYPE_LABELS).join(', '),
  status: Object.values(PERSON_STATUS_LABELS).join(', '),
};
/** Text dates repeat (a sheet of staff has a few thousand distinct ones): each is read once. */
const textDate = memo((text: string) => parseVnDate(text) ?? 'invalid');

export function parseRow(row: SheetRow, index: Map<ColumnKey, number>, errors: CellError[]): ParsedRow | undefined {
  const texts = {} as Record<ColumnKey, string>;
  let blank = true;
  for (const c of COLUMNS) {
    const t = clean(cellText(cellAt(row, index.get(c.key))));
    texts[c.key] = t;
    if (t !== '') blank = false;
  }
  if (blank) return undefined;
  const err = (k: ColumnKey, message: string) => errors.push({ row: row.number, column: HEADER_OF.get(k)!, message });
  const out: ParsedRow = {
    row: row.number,
    familyName: texts.familyName,
    middleName: texts.middleName,
    givenName: texts.givenName,
    dateOfBirth: null,
    position: texts.position,
    orgCode: texts.orgCode,
    startDate: null,
    citizenId: null,
  };
  for (const c of COLUMNS) if (c.required && !texts[c.key]) err(c.key, 'Không được để trống');
  for (const [k, max] of LENGTH_LIMITS) if (texts[k].length > max) err(k, `Tối đa ${max} ký tự`);
  const pick = <T>(k: 'gender' | 'employmentType' | 'status', map: Map<string, T>) => {
    const v = texts[k];
    if (!v) return undefined;
    const code = map.get(keyOf(v));
    if (!code) err(k, `Giá trị "${v}" không hợp lệ; dùng một trong: ${CHOICES[k]}`);
    return code;
  };
  out.gender = pick('gender', GENDERS);
  out.employmentType = pick('employmentType', EMPLOYMENT);
  out.status = texts.status ? pick('status', STATUSES) : 'working';
  for (const k of ['dateOfBirth', 'startDate'] as const) {
    const d = dateCell(cellAt(row, index.get(k)));
    if (d === 'invalid') err(k, `Ngày "${texts[k]}" không hợp lệ (định dạng dd/mm/yyyy, ngày phải có thật)`);
    else out[k] = d;
  }
  const cid = cellAt(row, index.get('citizenId'));
  // A number cell loses the leading zero of a CCCD (all begin with a 0xx province code).
  const cidText = typeof cid === 'number' ? String(cid).padStart(12, '0') : texts.citizenId.replace(/[\s.]/gu, '');
  if (cidText) {
    if (/^\d{12}$/u.test(cidText)) out.citizenId = cidText;
    else err('citizenId', 'Số CCCD phải gồm đúng 12 chữ số');
  }
  return out;
}
