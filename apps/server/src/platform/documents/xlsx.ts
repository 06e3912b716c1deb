import type ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';

/** exceljs is loaded on first use: it is heavy, and most requests never touch Excel. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: lib } = await import('exceljs');
  const wb = new lib.Workbook();
  wb.creator = 'thidua';
  return wb;
}

/** Loads an .xlsx upload; anything that is not a readable workbook gets one clear error. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  // .xlsx is a ZIP container: refuse other content before handing it to the parser.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw new AppError(415, 'not_excel', 'Tệp tải lên không phải tệp Excel (.xlsx). Hãy dùng mẫu tải về từ hệ thống.', [
      { path: 'file', message: 'Không phải tệp .xlsx' },
    ]);
  const wb = await newWorkbook();
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

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, name: 'Times New Roman' };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
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
