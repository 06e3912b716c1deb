import { searchKey } from '@thidua/domain';
import { cellText } from '../../../platform/documents/xlsx.ts';
import { AppError } from '../../../platform/errors.ts';
import {
  cellAt,
  readFirstSheet,
  tooManyRows,
  type SheetRow as ReadRow,
} from '../../../platform/documents/xlsxReader.ts';

/** Columns of the award-history sheet (template, import and error report). */
export const AWARD_COLUMNS = [
  { key: 'subjectKind', header: 'Đối tượng', width: 11, required: true },
  { key: 'name', header: 'Họ và tên / Tên tập thể', width: 30, required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 12, required: false },
  { key: 'orgCode', header: 'Mã đơn vị', width: 11, required: true },
  { key: 'award', header: 'Danh hiệu / Hình thức khen thưởng', width: 36, required: true },
  { key: 'period', header: 'Năm (hoặc giai đoạn)', width: 14, required: true },
  { key: 'type', header: 'Loại khen thưởng', width: 18, required: false },
  { key: 'decisionNumber', header: 'Số quyết định', width: 16, required: false },
  { key: 'decisionDate', header: 'Ngày quyết định', width: 14, required: false },
  { key: 'decisionSigner', header: 'Người ký', width: 20, required: false },
  { key: 'decisionAuthority', header: 'Cơ quan quyết định', width: 24, required: false },
  { key: 'note', header: 'Ghi chú', width: 24, required: false },
] as const;
export type AwardColumnKey = (typeof AWARD_COLUMNS)[number]['key'];

/** Discipline, "under review" and maternity-leave periods (template, import and error report). */
export const PERIOD_COLUMNS = [
  { key: 'subjectKind', header: 'Đối tượng', width: 11, required: true },
  { key: 'name', header: 'Họ và tên / Tên tập thể', width: 30, required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh', width: 12, required: false },
  { key: 'orgCode', header: 'Mã đơn vị', width: 11, required: true },
  { key: 'category', header: 'Loại', width: 16, required: true },
  { key: 'kind', header: 'Hình thức / nội dung', width: 30, required: true },
  { key: 'from', header: 'Từ ngày', width: 12, required: true },
  { key: 'to', header: 'Đến ngày', width: 12, required: false },
  { key: 'decisionNumber', header: 'Số quyết định', width: 16, required: false },
  { key: 'note', header: 'Ghi chú', width: 30, required: false },
] as const;
export type PeriodColumnKey = (typeof PERIOD_COLUMNS)[number]['key'];

interface Column<K extends string> {
  key: K;
  header: string;
  required: boolean;
}

/** How far down the header may sit (clerks put titles above tables). */
export const HEADER_WITHIN = 10;

/** Finds the header row among the first ten. */
export function locateHeader<K extends string>(
  rows: readonly ReadRow[],
  columns: readonly Column<K>[],
): { headerRow: number; index: Map<K, number>; missing: string[] } {
  let best = { headerRow: 0, index: new Map<K, number>() };
  for (const row of rows) {
    if (row.number > HEADER_WITHIN) break;
    const index = new Map<K, number>();
    row.cells.forEach((v, col) => {
      const k = searchKey(cellText(v));
      const c = columns.find((x) => searchKey(x.header) === k);
      if (c && !index.has(c.key)) index.set(c.key, col);
    });
    if (index.size > best.index.size) best = { headerRow: row.number, index };
  }
  const missing = columns.filter((c) => c.required && !best.index.has(c.key)).map((c) => c.header);
  return { ...best, missing };
}
export const locateAwardHeader = (rows: readonly ReadRow[]) => locateHeader(rows, AWARD_COLUMNS);

export type SheetRow<K extends string> = Record<K, string> & { row: number };
export type AwardRow = SheetRow<AwardColumnKey>;
export type PeriodRow = SheetRow<PeriodColumnKey>;

/** A row's cells as trimmed NFC text by column key; null for an empty row. */
export function readRow<K extends string>(
  row: ReadRow,
  index: Map<K, number>,
  columns: readonly Column<K>[],
): SheetRow<K> | null {
  const out = { row: row.number } as SheetRow<K>;
  let any = false;
  for (const c of columns) {
    const col = index.get(c.key);
    const v = col ? cellText(cellAt(row, col)).normalize('NFC').replace(/\s+/gu, ' ').trim() : '';
    (out as Record<K, string>)[c.key] = v;
    if (v) any = true;
  }
  return any ? out : null;
}
export const readAwardRow = (row: ReadRow, index: Map<AwardColumnKey, number>) => readRow(row, index, AWARD_COLUMNS);

/**
 * The sheet's rows by column key, read as a stream with the row limit enforced while reading;
 * the clear refusals (missing columns, too many rows, no rows) shared by the history imports.
 */
export async function readImportSheet<K extends string>(
  buffer: Buffer,
  columns: readonly Column<K>[],
  maxRows: number,
): Promise<SheetRow<K>[]> {
  const sheet = await readFirstSheet(buffer, { maxRows, headerRows: HEADER_WITHIN });
  const header = locateHeader(sheet, columns);
  if (header.missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột bắt buộc: ${header.missing.join(', ')}. Hãy dùng mẫu tải về từ hệ thống (không đổi tên cột).`,
      header.missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
    );
  const data = sheet.filter((r) => r.number > header.headerRow);
  if (data.length > maxRows) throw tooManyRows(maxRows);
  const rows: SheetRow<K>[] = [];
  for (const r of data) {
    const row = readRow(r, header.index, columns);
    if (row) rows.push(row);
  }
  if (!rows.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  return rows;
}

/** "2023", "2021-2023", "2021 – 2023", "2021–2023". */
export function parsePeriod(text: string): { fromYear: number; year: number } | null {
  const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/u.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return { fromYear: a, year: b };
}
