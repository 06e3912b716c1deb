import type ExcelJS from 'exceljs';
import type { ReportGrouping, ReportRow, ReportSpan } from '@thidua/domain';
import { NO_DATA_LABEL } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { dateVn, formatNumberVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, setLayout, toBuffer } from '../../platform/documents/xlsx.ts';
import { FONT } from '../../platform/documents/xlsxPrint.ts';
import { onestopReport } from './report.ts';

export const REPORT_TITLE =
  'BIỂU SỐ 06/VPCP/KSTT — TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';

/** The figures of a row, in the form's column order (3)…(13). */
const FIGURES: (keyof ReportRow)[] = [
  'received',
  'carriedOver',
  'receivedOnline',
  'receivedOffline',
  'finished',
  'finishedEarly',
  'finishedOnTime',
  'finishedLate',
  'inProcess',
  'inProcessWithinTime',
  'inProcessOverdue',
];
const NUMBERS = [
  '(1)',
  '(2)',
  '(3)=(4)+(5)+(6)',
  '(4)',
  '(5)',
  '(6)',
  '(7)=(8)+(9)+(10)',
  '(8)',
  '(9)',
  '(10)',
  '(11)=(12)+(13)',
  '(12)',
  '(13)',
];
const COLS = NUMBERS.length;
const HEAD = 4;
const LAST_HEAD = 7;
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * Biểu 06 in the form's layout (Circular 01/2020/TT-VPCP): heading, title, period, the merged
 * header of the three column groups (received: total, carried over, new online / at the counter
 * and by post; finished: total, early, on time, late; in process: total, within time, overdue),
 * the column numbers, one row per field (or procedure) and the total. A4 landscape.
 */
export async function onestopReportWorkbook(
  deps: Deps,
  q: ReportSpan & { groupBy: ReportGrouping },
): Promise<{ filename: string; content: Buffer }> {
  const report = await onestopReport(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = wb.addWorksheet('Biểu 06');
  ws.columns = [{ width: 6 }, { width: 40 }, ...FIGURES.map(() => ({ width: 11 }))];
  const line = (r: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center', height = 18) => {
    ws.mergeCells(r, 1, r, COLS);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
    ws.getRow(r).height = height;
  };
  line(1, (await departmentHeading(deps)) || 'SỞ CÔNG THƯƠNG', { bold: true, size: 11 }, 'left');
  line(2, REPORT_TITLE, { bold: true, size: 13 }, 'center', 36);
  line(
    3,
    `Kỳ báo cáo: từ ngày ${dateVn(q.from)} đến ngày ${dateVn(q.to)}. Đơn vị tính: số hồ sơ.`,
    { italic: true, size: 11 },
    'center',
  );

  const head = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
    ws.getCell(r1, c1).value = text;
  };
  head(HEAD, 1, LAST_HEAD - 1, 1, 'STT');
  head(HEAD, 2, LAST_HEAD - 1, 2, q.groupBy === 'field' ? 'Lĩnh vực, công việc giải quyết' : 'Thủ tục hành chính');
  head(HEAD, 3, HEAD, 6, 'Số hồ sơ nhận giải quyết');
  head(HEAD, 7, HEAD, 10, 'Số hồ sơ đã giải quyết');
  head(HEAD, 11, HEAD, 13, 'Số hồ sơ đang giải quyết');
  head(HEAD + 1, 3, LAST_HEAD - 1, 3, 'Tổng số');
  head(HEAD + 1, 4, LAST_HEAD - 1, 4, 'Kỳ trước chuyển qua');
  head(HEAD + 1, 5, HEAD + 1, 6, 'Mới tiếp nhận');
  ws.getCell(HEAD + 2, 5).value = 'Trực tuyến';
  ws.getCell(HEAD + 2, 6).value = 'Trực tiếp, bưu chính';
  ['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'].forEach((t, i) => head(HEAD + 1, 7 + i, LAST_HEAD - 1, 7 + i, t));
  ['Tổng số', 'Trong hạn', 'Quá hạn'].forEach((t, i) => head(HEAD + 1, 11 + i, LAST_HEAD - 1, 11 + i, t));
  ws.getRow(LAST_HEAD).values = NUMBERS;
  for (let r = HEAD; r <= LAST_HEAD; r++) {
    const row = ws.getRow(r);
    row.height = r === LAST_HEAD ? 16 : 32;
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, bold: r < LAST_HEAD, italic: r === LAST_HEAD, size: r === LAST_HEAD ? 9 : 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BOX;
      if (r < LAST_HEAD) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }
  }

  const put = (values: (string | number)[], bold: boolean) => {
    const row = ws.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.font = { name: FONT, size: 11, bold };
      cell.border = BOX;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 2 ? 'left' : 'center' };
    });
    row.height = Math.max(1, Math.ceil(String(values[1]).length / 45)) * 15 + 3;
  };
  report.rows.forEach((r, i) => put([i + 1, r.label, ...FIGURES.map((k) => r[k] as number)], false));
  put(['', report.total.label, ...FIGURES.map((k) => report.total[k] as number)], true);

  const rate = report.total.onTimeRate;
  const avg = report.total.averageDays;
  const after = ws.rowCount + 2;
  line(
    after,
    `Tỷ lệ hồ sơ giải quyết đúng hạn (trước hạn, đúng hạn và đang giải quyết trong hạn): ${
      rate === null ? NO_DATA_LABEL.toLocaleLowerCase('vi') : `${formatNumberVn(rate * 100, 1)}%`
    }. Thời gian giải quyết bình quân: ${avg === null ? NO_DATA_LABEL.toLocaleLowerCase('vi') : `${formatNumberVn(avg, 1)} ngày làm việc`}.`,
    { italic: true, size: 11 },
    'left',
    32,
  );
  setLayout(ws, { headerRow: LAST_HEAD, headingInRows: true, title: REPORT_TITLE });
  return { filename: `Biểu 06 - ${q.from} đến ${q.to}.xlsx`, content: await toBuffer(wb) };
}
