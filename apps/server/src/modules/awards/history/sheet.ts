import type ExcelJS from 'exceljs';
import { searchKey } from '@thidua/domain';
import { cellText } from '../../../platform/documents/xlsx.ts';

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

/** Finds the header row among the first ten (clerks put titles above tables). */
export function locateAwardHeader(ws: ExcelJS.Worksheet): {
  headerRow: number;
  index: Map<AwardColumnKey, number>;
  missing: string[];
} {
  let best = { headerRow: 0, index: new Map<AwardColumnKey, number>() };
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const index = new Map<AwardColumnKey, number>();
    ws.getRow(r).eachCell((cell, col) => {
      const k = searchKey(cellText(cell.value));
      const c = AWARD_COLUMNS.find((x) => searchKey(x.header) === k);
      if (c && !index.has(c.key)) index.set(c.key, col);
    });
    if (index.size > best.index.size) best = { headerRow: r, index };
  }
  const missing = AWARD_COLUMNS.filter((c) => c.required && !best.index.has(c.key)).map((c) => c.header);
  return { ...best, missing };
}

export type AwardRow = Record<AwardColumnKey, string> & { row: number };

export function readAwardRow(row: ExcelJS.Row, index: Map<AwardColumnKey, number>): AwardRow | null {
  const out = { row: row.number } as AwardRow;
  let any = false;
  for (const c of AWARD_COLUMNS) {
    const col = index.get(c.key);
    const v = col ? cellText(row.getCell(col).value).normalize('NFC').replace(/\s+/gu, ' ').trim() : '';
    out[c.key] = v;
    if (v) any = true;
  }
  return any ? out : null;
}

/** "2023", "2021-2023", "2021 – 2023", "2021–2023". */
export function parsePeriod(text: string): { fromYear: number; year: number } | null {
  const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/u.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return { fromYear: a, year: b };
}
