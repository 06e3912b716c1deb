import type ExcelJS from 'exceljs';
import type { TdktForm, TdktFormsReport } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, setLayout, toBuffer } from '../../platform/documents/xlsx.ts';
import { FONT } from '../../platform/documents/xlsxPrint.ts';

const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
/** The heading, title, unit and year, and the note on the layout's standing, above the table. */
const FIRST_HEAD = 5;

/** The merged header of a form: headers shared by neighbouring columns span them; a leaf's label spans the rest down. */
function header(ws: ExcelJS.Worksheet, form: TdktForm): number {
  const depth = Math.max(0, ...form.columns.map((c) => c.path.length)) + 1;
  const last = FIRST_HEAD + depth - 1;
  const put = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
    ws.getCell(r1, c1).value = text;
  };
  put(FIRST_HEAD, 1, last, 1, 'STT');
  put(FIRST_HEAD, 2, last, 2, form.rowHeader);
  form.columns.forEach((col, i) => {
    const c = 3 + i;
    col.path.forEach((text, level) => {
      const prefix = col.path.slice(0, level + 1).join('\u0000');
      const prev = form.columns[i - 1];
      if (prev && prev.path.slice(0, level + 1).join('\u0000') === prefix) return;
      let end = i;
      while (form.columns[end + 1]?.path.slice(0, level + 1).join('\u0000') === prefix) end++;
      put(FIRST_HEAD + level, c, FIRST_HEAD + level, 3 + end, text);
    });
    put(FIRST_HEAD + col.path.length, c, last, c, col.label);
  });
  // The column numbers forms print under their header: A, B, then 1, 2, …
  ws.getRow(last + 1).values = ['A', 'B', ...form.columns.map((_, i) => `(${i + 1})`)];
  // A header row is as tall as the longest label that sits on it alone (bold, about 9 characters a line at width 10).
  const lines = (text: string, width: number) => Math.ceil(text.length / Math.max(1, width - 1));
  const heights = new Map<number, number>();
  form.columns.forEach((c) => {
    const r = FIRST_HEAD + c.path.length;
    if (r === last) heights.set(r, Math.max(heights.get(r) ?? 2, lines(c.label, 10)));
  });
  for (let r = FIRST_HEAD; r <= last + 1; r++) {
    const row = ws.getRow(r);
    row.height = r === last + 1 ? 15 : Math.max(2, heights.get(r) ?? 2) * 13 + 4;
    for (let c = 1; c <= form.columns.length + 2; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, bold: r <= last, italic: r > last, size: r > last ? 9 : 10 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BOX;
      if (r <= last) cell.fill = HEADER_FILL;
    }
  }
  return last + 1;
}

function formSheet(wb: ExcelJS.Workbook, heading: string, report: TdktFormsReport, form: TdktForm): void {
  const ws = wb.addWorksheet(form.sheet);
  const n = form.columns.length + 2;
  ws.columns = [{ width: 6 }, { width: 36 }, ...form.columns.map(() => ({ width: 10 }))];
  const line = (
    r: number,
    text: string,
    font: Partial<ExcelJS.Font>,
    horizontal: 'left' | 'center',
    height: number,
  ) => {
    ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
    ws.getRow(r).height = height;
  };
  line(1, heading || 'SỞ CÔNG THƯƠNG', { bold: true, size: 11 }, 'left', 18);
  line(2, `${form.title} NĂM ${report.year}`, { bold: true, size: 13 }, 'center', 36);
  line(
    3,
    `Biểu số ${form.code}. Đơn vị báo cáo: ${report.orgName}. Số liệu chốt ngày ${dateVn(report.asOf)}. ${form.unit}.`,
    { italic: true, size: 11 },
    'center',
    30,
  );
  line(
    4,
    `Ghi chú về mẫu biểu: ${form.layoutNote}`,
    { italic: true, size: 10, color: { argb: 'FF9C2A00' } },
    'left',
    30,
  );
  const headerRow = header(ws, form);
  for (const r of form.rows) {
    const row = ws.addRow([r.code, r.label, ...r.values]);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.font = { name: FONT, size: 11, bold: r.bold };
      cell.border = BOX;
      cell.alignment =
        c === 2
          ? { horizontal: 'left', vertical: 'top', wrapText: true, indent: r.level }
          : { horizontal: 'center', vertical: 'top' };
    });
    row.height = Math.max(1, Math.ceil((r.label.length + r.level * 2) / 44)) * 15 + 3;
  }
  let r = ws.rowCount + 2;
  line(r++, 'Cách tính:', { bold: true, size: 10 }, 'left', 16);
  for (const text of form.notes) line(r++, `– ${text}`, { size: 10 }, 'left', Math.ceil(text.length / 150) * 14 + 4);
  setLayout(ws, { headerRow, headingInRows: true, title: `${form.title} NĂM ${report.year}` });
}

/** The forms of a year as one workbook, one sheet per form, each on A4 with its header repeated. */
export async function tdktWorkbook(
  deps: Deps,
  report: TdktFormsReport,
): Promise<{ filename: string; content: Buffer }> {
  const heading = await departmentHeading(deps);
  const wb = await newWorkbook(heading);
  for (const form of report.forms) formSheet(wb, heading, report, form);
  return { filename: `Biểu thống kê TĐKT năm ${report.year} - ${report.orgName}.xlsx`, content: await toBuffer(wb) };
}
