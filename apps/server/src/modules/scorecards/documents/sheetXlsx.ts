import type ExcelJS from 'exceljs';
import { roundPoints } from '@thidua/domain';
import type { Deps } from '../../../platform/context.ts';
import { dateVn } from '../../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../../platform/documents/xlsx.ts';
import { FONT } from '../../../platform/documents/xlsxPrint.ts';
import { pts, sheetTitle, signed, type SheetModel } from './sheetModel.ts';

/**
 * The score sheet as a printable workbook: the report layout every export shares (heading, title, the member
 * and cycle under it, header repeated on each page), the tree's rows with the same columns as the DOCX, the
 * totals, the result and room for the two signatures. Points are numbers, so Excel can add them up again.
 */

// Portrait A4 (at most 100 characters across); long names and notes wrap. Points stay General: a format such
// as '0.##' prints "40." in Excel.
const COLUMNS = [
  { header: 'Mã', width: 7 },
  { header: 'Tiêu chí', width: 36 },
  { header: 'Điểm tối đa', width: 8 },
  { header: 'Điểm tự chấm', width: 8 },
  { header: 'Điểm thẩm định', width: 9 },
  { header: 'Chênh lệch', width: 8 },
  { header: 'Ghi chú / Lý do', width: 24 },
] as const;

const n = (v: number | null) => v ?? null;

/** A line across the table (merged, so the report's grid leaves it alone). */
export function freeLine(
  ws: ExcelJS.Worksheet,
  text: string,
  font: Partial<ExcelJS.Font>,
  from = 1,
  to: number = COLUMNS.length,
) {
  const r = ws.rowCount + 1;
  ws.mergeCells(r, from, r, to);
  const cell = ws.getCell(r, from);
  cell.value = text;
  cell.font = { name: FONT, size: 11, ...font };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  return r;
}

/** The two signature blocks side by side, with room for the handwriting and the seal. */
export function signatures(ws: ExcelJS.Worksheet, left: string[], right: string[], split: number, last: number) {
  const start = ws.rowCount + 2;
  const rows = Math.max(left.length, right.length) + 5;
  for (let i = 0; i < rows; i++) {
    const r = start + i;
    ws.mergeCells(r, 1, r, split);
    ws.mergeCells(r, split + 1, r, last);
    const put = (c: number, text: string | undefined) => {
      const cell = ws.getCell(r, c);
      cell.value = text ?? '';
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    };
    put(1, left[i]);
    put(split + 1, right[i]);
  }
}

export async function sheetWorkbook(deps: Deps, m: SheetModel, date: string): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const { cycle, member } = m;
  const ws = reportSheet(wb, 'Bảng điểm', {
    title: sheetTitle(cycle).toLocaleUpperCase('vi'),
    subtitle: `${member.name} — ${cycle.name}. Ngày ${dateVn(date)}.`,
    columns: COLUMNS,
  });
  for (const l of m.lines) {
    const row = ws.addRow([l.code, l.name, l.max, n(l.self), n(l.appraised), n(l.difference), l.note]);
    if (l.depth === 0) row.font = { name: FONT, bold: true };
    else if (l.depth >= 2) row.font = { name: FONT, italic: true };
  }
  const a = m.appraised;
  const total = (name: string, max: number, self: number, appraised: number | null) => {
    const d = appraised === null ? null : roundPoints(appraised - self);
    ws.addRow(['', name, max, self, appraised, d, '']).font = { name: FONT, bold: true };
  };
  total('Cộng điểm các lĩnh vực', m.maxTotal, m.self.base, a?.base ?? null);
  total(`Điểm thưởng (tối đa ${pts(cycle.bonusCap)})`, cycle.bonusCap, m.self.bonus, a?.bonus ?? null);
  total(`Điểm trừ (tối đa ${pts(cycle.penaltyCap)})`, cycle.penaltyCap, m.self.penalty, a?.penalty ?? null);
  total('Tổng điểm', m.maxTotal, m.self.total, a?.total ?? null);
  const result: string[] = [];
  if (cycle.kind === 'par' && member.surveyScore !== null)
    result.push(`Điểm điều tra xã hội học: ${pts(member.surveyScore)}`);
  if (member.finalTotal !== null) result.push(`Tổng điểm cuối cùng: ${pts(member.finalTotal)}`);
  if (member.rank !== null)
    result.push(
      `Xếp hạng: ${member.rank}/${m.memberCount}${member.classification ? `; xếp loại: ${member.classification}` : ''}`,
    );
  if (a && a.total !== m.self.total)
    result.push(`Chênh lệch tổng điểm (thẩm định − tự chấm): ${signed(roundPoints(a.total - m.self.total))}`);
  if (result.length) freeLine(ws, result.join('. ') + '.', { bold: true });
  signatures(
    ws,
    ['THỦ TRƯỞNG ĐƠN VỊ'],
    [cycle.kind === 'par' ? 'TM. HỘI ĐỒNG THẨM ĐỊNH' : 'ĐẠI DIỆN TỔ THẨM ĐỊNH'],
    3,
    COLUMNS.length,
  );
  return toBuffer(wb);
}
