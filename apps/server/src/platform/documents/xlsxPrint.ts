import type ExcelJS from 'exceljs';
import type { Deps } from '../context.ts';

/**
 * How every workbook the server writes prints: A4, fitted to the page's width (as many pages
 * down as the rows need), the title and header rows repeated on each page, the header frozen on
 * screen, narrow margins and "Trang x/y" in the footer, with the department's heading above the
 * table. Writers describe their sheets with `reportSheet` (a report: heading and title in rows
 * above the table) or `inputSheet` (a sheet to fill in and import back: the header stays on row 1
 * and the heading goes to the printed page header); `toBuffer` lays out every sheet it writes,
 * so a sheet added without either still prints on A4 with its first row repeated.
 */

export interface SheetLayout {
  /** The row of column headers; rows 1..headerRow repeat on every printed page. */
  headerRow: number;
  /** Printed in the page header when the heading is not in the sheet's own rows. */
  title?: string;
  /** The heading and title are rows of the sheet (reports), not the printed page header. */
  headingInRows?: boolean;
  /** Narrow each column to its longest text (reports); templates keep their widths for typing. */
  fitColumns?: boolean;
}

const layouts = new WeakMap<ExcelJS.Worksheet, SheetLayout>();
const headings = new WeakMap<ExcelJS.Workbook, string>();

export const FONT = 'Times New Roman';
/** Widest A4 portrait table, in Excel character units, at the margins below. */
const PORTRAIT_WIDTH = 100;

/** "SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN": the root of the organisation tree, as documents head it. */
export async function departmentHeading(deps: Pick<Deps, 'tree'>): Promise<string> {
  const tree = await deps.tree.fresh();
  const root = tree.roots()[0];
  return root ? tree.name(root).toLocaleUpperCase('vi') : '';
}

/** The heading the workbook's sheets print (set once by `newWorkbook`). */
export const setWorkbookHeading = (wb: ExcelJS.Workbook, heading: string) => headings.set(wb, heading);
export const workbookHeading = (wb: ExcelJS.Workbook) => headings.get(wb) ?? '';

/** Records how a sheet prints; `toBuffer` applies it. */
export function setLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layouts.set(ws, layout);
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, name: FONT };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

export interface ReportColumn {
  header: string;
  key?: string;
  /** The widest the column may grow (characters); it narrows to its longest text. */
  width: number;
  numFmt?: string;
}

/**
 * A report sheet: the department's heading on row 1, the title (bold, centred) on row 2, an
 * optional line under it on row 3, the column headers on row 4; rows added afterwards are data.
 */
export function reportSheet(
  wb: ExcelJS.Workbook,
  name: string,
  spec: { title: string; subtitle?: string; columns: readonly ReportColumn[] },
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const n = spec.columns.length;
  ws.columns = spec.columns.map((c, i) => ({ key: c.key ?? `c${i}`, width: c.width }));
  spec.columns.forEach((c, i) => c.numFmt && (ws.getColumn(i + 1).numFmt = c.numFmt));
  const line = (r: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center') => {
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  line(1, workbookHeading(wb), { bold: true, size: 11 }, 'left');
  line(2, spec.title, { bold: true, size: 13 }, 'center');
  ws.getRow(2).height = 36;
  line(3, spec.subtitle ?? '', { italic: true, size: 11 }, 'center');
  if (spec.subtitle) ws.getRow(3).height = 30;
  const header = ws.getRow(4);
  header.values = spec.columns.map((c) => c.header);
  styleHeader(header);
  setLayout(ws, { headerRow: 4, headingInRows: true, fitColumns: true, title: spec.title });
  return ws;
}

/** Longest line of a cell's text, in characters. */
function textWidth(v: ExcelJS.CellValue): number {
  if (v === null || v === undefined) return 0;
  const s =
    typeof v === 'object' && !(v instanceof Date)
      ? 'richText' in v
        ? v.richText.map((r) => r.text).join('')
        : 'text' in v
          ? String(v.text)
          : 'result' in v
            ? String(v.result ?? '')
            : ''
      : v instanceof Date
        ? '00/00/0000'
        : typeof v === 'number'
          ? v.toLocaleString('vi-VN')
          : String(v);
  return Math.max(0, ...s.split('\n').map((l) => l.length));
}

/** Printed lines a text takes in a column of `width` characters (Times New Roman fits about 1.3 of them in each, bold about 1). */
function linesIn(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1 : 1.3)));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const LINE_HEIGHT = 13;
const THIN = { style: 'thin' } as const;

/**
 * Columns as wide as their text, up to the writer's width (long text wraps inside it), and
 * never narrower than the header's longest word: Vietnamese words are short, so headers
 * break between words instead of inside one. Data cells get the document font and a grid, and
 * each row the height its wrapped text needs (neither Excel nor LibreOffice grows a row on opening).
 */
function fitColumns(ws: ExcelJS.Worksheet, headerRow: number): void {
  const header = ws.getRow(headerRow);
  ws.columns.forEach((col, i) => {
    const max = col.width ?? 12;
    const word = Math.max(
      4,
      ...header
        .getCell(i + 1)
        .text.split(/\s+/u)
        .map((w) => w.length),
    );
    let longest = 0;
    ws.eachRow((row, r) => {
      const cell = row.getCell(i + 1);
      if (r > headerRow && !cell.isMerged) longest = Math.max(longest, textWidth(cell.value));
    });
    col.width = Math.min(max, Math.max(word + 2, longest + 2, 6));
  });
  const widths = ws.columns.map((c) => c.width ?? 9);
  const heightOf = (row: ExcelJS.Row, bold = false) => {
    let lines = 1;
    row.eachCell((cell, c) => {
      if (!cell.isMerged) lines = Math.max(lines, linesIn(cell.text, (widths[c - 1] ?? 9) - 1, bold));
    });
    return lines * LINE_HEIGHT + 3;
  };
  // Bold headers run wider than body text.
  header.height = heightOf(header, true);
  ws.eachRow((row, r) => {
    if (r <= headerRow) return;
    for (let c = 1; c <= widths.length; c++) {
      const cell = row.getCell(c);
      // A writer's own alignment (a centred signature line) stays; the rest wraps from the top.
      cell.alignment = { vertical: 'top', wrapText: true, ...cell.alignment };
      cell.font = { size: 11, ...cell.font, name: FONT };
      if (!cell.isMerged) cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    }
    if (!row.height) row.height = heightOf(row);
  });
}

/** Excel's header/footer codes start with "&": a literal one is doubled. */
const hf = (s: string) => s.replace(/&/gu, '&&');

/** The page set-up of one sheet (see the top of this file). */
export function applyPrintLayout(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const layout = layouts.get(ws) ?? { headerRow: 1 };
  const headerRow = Math.max(1, layout.headerRow);
  if (layout.fitColumns) fitColumns(ws, headerRow);
  const width = ws.columns?.reduce((s, c) => s + (c.width ?? 9), 0) ?? 0;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: layout.headingInRows ? 0.5 : 0.8, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRow}`,
  };
  const kept = ws.views?.[0];
  ws.views = [
    {
      ...kept,
      state: 'frozen',
      xSplit: kept && 'xSplit' in kept ? (kept.xSplit ?? 0) : 0,
      ySplit: headerRow,
    } as ExcelJS.WorksheetView,
  ];
  const heading = workbookHeading(wb);
  const title = layout.title ?? ws.name;
  const font = `&"${FONT},Regular"&9`;
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: layout.headingInRows ? '' : `&L&"${FONT},Bold"&9${hf(heading)}&C&"${FONT},Bold"&11${hf(title)}`,
    oddFooter: `&C${font}Trang &P/&N`,
  };
}
