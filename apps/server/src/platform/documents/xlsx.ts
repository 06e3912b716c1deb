import type ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import type { CellValue, SheetRow } from './xlsxReader.ts';
import { FONT, applyPrintLayout, setLayout, setWorkbookHeading, styleHeader } from './xlsxPrint.ts';

export { departmentHeading, reportSheet, setLayout, styleHeader } from './xlsxPrint.ts';

/**
 * exceljs is loaded on first use: it is heavy, and most requests never touch Excel.
 * `heading` is the department's heading its sheets print above their tables (`departmentHeading`).
 */
export async function newWorkbook(heading = ''): Promise<ExcelJS.Workbook> {
  const { default: lib } = await import('exceljs');
  const wb = new lib.Workbook();
  wb.creator = 'thidua';
  setWorkbookHeading(wb, heading);
  return wb;
}

/**
 * Loads a whole .xlsx into exceljs, to edit it (the error reports hand the clerk's own file back).
 * Imports never call it on an unchecked upload: they read with `readFirstSheet`, which enforces
 * the row and size limits; a report is built only from a file that passed them.
 */
export async function loadWorkbook(buffer: Buffer, heading = ''): Promise<ExcelJS.Workbook> {
  // .xlsx is a ZIP container: refuse other content before handing it to the parser.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw new AppError(415, 'not_excel', 'Tệp tải lên không phải tệp Excel (.xlsx). Hãy dùng mẫu tải về từ hệ thống.', [
      { path: 'file', message: 'Không phải tệp .xlsx' },
    ]);
  const wb = await newWorkbook(heading);
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError(415, 'not_excel', 'Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx).', [
      { path: 'file', message: 'Tệp hỏng' },
    ]);
  }
  if (!wb.worksheets.length)
    throw new AppError(400, 'empty_workbook', 'Tệp Excel không có trang tính nào.', [
      { path: 'file', message: 'Không có trang tính' },
    ]);
  return wb;
}

/** Plain text of a cell whatever Excel stored in it (rich text, formulas, hyperlinks, numbers). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first rows of an exceljs sheet as the reader's rows (text only: enough to find a header). */
export function leadingRows(ws: ExcelJS.Worksheet, upTo: number): SheetRow[] {
  const out: SheetRow[] = [];
  for (let r = 1; r <= Math.min(upTo, ws.rowCount); r++) {
    const cells: CellValue[] = [];
    ws.getRow(r).eachCell((c, col) => (cells[col] = cellText(c.value)));
    out.push({ number: r, cells });
  }
  return out;
}

/** The workbook as a file, every sheet laid out for printing on A4 (`xlsxPrint.ts`). */
export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  for (const ws of wb.worksheets) applyPrintLayout(wb, ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266 filename with a UTF-8 variant so Vietnamese names survive. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The sheet a clerk fills in: "STT" then the columns, header styled and frozen; `text` columns stay
 * text. The header stays on row 1 for the import to find it: the department's heading and the
 * title print in the page header.
 */
export function inputSheet(
  wb: ExcelJS.Workbook,
  title: string,
  columns: readonly { key: string; header: string; width: number }[],
  text: readonly string[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: 'STT', key: 'no', width: 6 }, ...columns.map((c) => ({ ...c }))];
  styleHeader(ws.getRow(1));
  setLayout(ws, { headerRow: 1, title });
  // Dates and ids as text so Excel neither reformats them nor drops leading zeros.
  for (const k of text) ws.getColumn(k).numFmt = '@';
  return ws;
}

/**
 * A drop-down on a column: inline values (Excel takes at most 255 characters) or a range of another
 * sheet (`'Sheet'!$A$2:$A$50`), with a Vietnamese message when a typed value is not in the list.
 */
export function listValidation(
  ws: ExcelJS.Worksheet,
  key: string,
  list: readonly string[] | { range: string },
  opts: { rows?: number; strict?: boolean } = {},
): void {
  const col = ws.getColumn(key).letter;
  const inline = Array.isArray(list);
  // The range form exists at run time but is missing from the typings.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${col}2:${col}${opts.rows ?? 20000}`,
    {
      type: 'list',
      allowBlank: true,
      formulae: [inline ? `"${(list as readonly string[]).join(',')}"` : (list as { range: string }).range],
      showErrorMessage: opts.strict ?? true,
      errorTitle: 'Giá trị không hợp lệ',
      error: inline ? `Chọn một trong: ${(list as readonly string[]).join(', ')}` : 'Chọn một giá trị trong danh sách',
    },
  );
}

/** A "Hướng dẫn" sheet: the first line as a title, the others as text. */
export function helpSheet(wb: ExcelJS.Workbook, lines: readonly string[], width = 120): void {
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = width;
  lines.forEach((line, i) => {
    const row = help.addRow([line]);
    row.font = { name: FONT, bold: i === 0, size: i === 0 ? 14 : 12 };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  setLayout(help, { headerRow: 1, title: lines[0] ?? 'Hướng dẫn' });
}
