import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../errors.ts';
import { cellText } from './xlsx.ts';
import { readFirstSheet, type SheetRow } from './xlsxReader.ts';

const VIETNAMESE = [
  'Công chức',
  'Nguyễn Thị Ánh Tuyết',
  'Đặng Hữu Phước',
  'Phòng Quản lý Thương mại',
  'Huân chương Lao động hạng Ba',
  'Trưởng phòng – Kỹ thuật an toàn',
  'Ngô Thị Huyền Trân 🌸',
];

async function exceljsBuffer(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Danh sách'));
  wb.addWorksheet('Trang khác').addRow(['không được đọc']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook written by exceljs whose first sheet is replaced by hand-written XML. */
async function withSheetXml(sheetData: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await exceljsBuffer((ws) => ws.addRow(['x'])));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/u, `<sheetData>${sheetData}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const texts = (rows: SheetRow[]) => rows.map((r) => Array.from(r.cells.slice(1), (c) => cellText(c ?? null)));
const limits = { maxRows: 1000, headerRows: 0 };

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('streaming workbook reader', () => {
  it('keeps Vietnamese text intact whatever the chunk boundaries (shared and rich strings)', async () => {
    const buf = await exceljsBuffer((ws) => {
      ws.addRow(['Họ và tên', 'Loại cán bộ']);
      VIETNAMESE.forEach((t, i) =>
        ws.addRow([t, i % 2 ? { richText: [{ text: t.slice(0, 3) }, { text: t.slice(3) }] } : t]),
      );
    });
    const expected = [['Họ và tên', 'Loại cán bộ'], ...VIETNAMESE.map((t) => [t, t])];
    // Every split point inside a 2-, 3- and 4-byte UTF-8 sequence is crossed by one of these sizes.
    for (const chunkBytes of [1, 2, 3, 5, 7, 64])
      expect(texts(await readFirstSheet(buf, { ...limits, chunkBytes }))).toEqual(expected);
  });

  it('keeps Vietnamese inline strings intact across chunk boundaries', async () => {
    const cells = VIETNAMESE.map(
      (t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${t}</t></is></c></row>`,
    ).join('');
    const buf = await withSheetXml(cells);
    for (const chunkBytes of [1, 2, 3])
      expect(texts(await readFirstSheet(buf, { ...limits, chunkBytes }))).toEqual(VIETNAMESE.map((t) => [t]));
  });

  it('reads what exceljs reads: numbers, dates, booleans, formulas, hyperlinks, empty cells', async () => {
    const buf = await exceljsBuffer((ws) => {
      ws.addRow(['STT', 'Ngày sinh', 'Số CCCD', 'Đạt', 'Tổng', 'Liên kết', '', 'Ghi chú']);
      ws.addRow([1, new Date(Date.UTC(1985, 8, 5)), 19185000124, true, { formula: 'A2+1', result: 2 }]);
      ws.addRow([2.5, '05/09/1985', '019185000123', false, { formula: 'B3', result: 'Công chức' }]);
      ws.getCell('F3').value = { text: 'Sở Công Thương', hyperlink: 'https://example.vn' };
      ws.getCell('H3').value = 'cuối dòng';
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
      ws.addRow([]);
      ws.getCell('C5').value = 'sau dòng trống';
    });
    const rows = await readFirstSheet(buf, limits);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const viaExceljs: SheetRow[] = [];
    ws.eachRow((row, number) => {
      const cells: SheetRow['cells'] = [];
      row.eachCell((c, col) => (cells[col] = cellText(c.value)));
      viaExceljs.push({ number, cells });
    });
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 5]);
    expect(texts(rows)).toEqual(texts(viaExceljs));
    expect(rows[1]!.cells[2]).toEqual(new Date(Date.UTC(1985, 8, 5)));
    expect(rows[1]!.cells[3]).toBe(19185000124);
    expect(rows[1]!.cells[4]).toBe(true);
    expect(rows[2]!.cells[3]).toBe('019185000123');
  });

  it('reads hand-written cells: inline rich text without its phonetic runs, d, b, e and str', async () => {
    const buf = await withSheetXml(
      '<row r="2"><c r="B2" t="inlineStr"><is><r><t>Nguyễn </t></r><r><t xml:space="preserve">Thị</t></r><rPh><t>ふりがな</t></rPh></is></c>' +
        '<c r="C2" t="d"><v>1990-02-28T00:00:00Z</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
        '<c r="F2" t="str"><f>A1</f><v>Đang công tác</v></c><c r="G2"><v>12.5</v></c></row>',
    );
    const [row] = await readFirstSheet(buf, limits);
    expect(row!.number).toBe(2);
    expect(row!.cells[2]).toBe('Nguyễn Thị');
    expect(row!.cells[3]).toEqual(new Date('1990-02-28T00:00:00Z'));
    expect(row!.cells[4]).toBe(true);
    expect(row!.cells[5]).toBeUndefined();
    expect(row!.cells[6]).toBe('Đang công tác');
    expect(row!.cells[7]).toBe(12.5);
  });

  it('refuses too many rows while reading, before the rest of the sheet is parsed', async () => {
    const rows = (n: number, open: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => `${open(i + 1)}<c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    // Broken XML after row 30: a reader that parsed everything first would answer "corrupt" (415).
    for (const open of [(i: number) => `<row r="${i}">`, () => '<row>']) {
      const buf = await withSheetXml(rows(30, open) + '<row><c><v>1</v></c><<<');
      const e = await refusal(readFirstSheet(buf, { maxRows: 10, headerRows: 1 }));
      expect(e).toMatchObject({ status: 413, code: 'too_many_rows', errors: [{ path: 'file' }] });
      expect(e.detail).toBe('Mỗi lần nhập tối đa 10 dòng.');
      expect((await refusal(readFirstSheet(buf, { maxRows: 100, headerRows: 1 }))).status).toBe(415);
    }
    const exact = await withSheetXml(rows(11, (i) => `<row r="${i}">`));
    expect(await readFirstSheet(exact, { maxRows: 10, headerRows: 1 })).toHaveLength(11);
  });

  it('refuses a sheet that inflates past the size limit (zip bomb), even when the zip understates it', async () => {
    const big = `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(3_000_000)}</t></is></c></row>`;
    const buf = await withSheetXml(big);
    expect(buf.length).toBeLessThan(100_000);
    const e = await refusal(readFirstSheet(buf, { ...limits, maxUncompressedBytes: 1_000_000 }));
    expect(e).toMatchObject({ status: 413, code: 'workbook_too_large', errors: [{ path: 'file' }] });
    expect(e.detail).toMatch(/giải nén quá lớn/u);

    // The central directory claims the sheet is 100 bytes: the bytes actually inflated are counted.
    const lying = Buffer.from(buf);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let at = lying.indexOf(central); at >= 0; at = lying.indexOf(central, at + 4)) {
      const nameLen = lying.readUInt16LE(at + 28);
      if (lying.subarray(at + 46, at + 46 + nameLen).equals(name)) lying.writeUInt32LE(100, at + 24);
    }
    const e2 = await refusal(readFirstSheet(lying, { ...limits, maxUncompressedBytes: 1_000_000 }));
    expect(e2).toMatchObject({ status: 413, code: 'workbook_too_large' });
  });

  it('refuses what is not a workbook, clearly', async () => {
    expect(await refusal(readFirstSheet(Buffer.from('Họ,Tên\nNguyễn,An'), limits))).toMatchObject({
      status: 415,
      code: 'not_excel',
    });
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await refusal(readFirstSheet(docx, limits))).toMatchObject({ status: 415, code: 'not_excel' });
  });

  it('reads a workbook from a file on disk as from memory, with the same refusals', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-reader-'));
    try {
      const onDisk = (name: string, content: Buffer) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, content);
        return { path: file };
      };
      const buf = await exceljsBuffer((ws) => {
        ws.addRow(['Họ và tên', 'Ngày sinh']);
        for (const [i, name] of VIETNAMESE.entries()) ws.addRow([name, i + 0.5]);
      });
      const fromFile = await readFirstSheet(onDisk('a.xlsx', buf), limits);
      expect(fromFile).toEqual(await readFirstSheet(buf, limits));
      expect(texts(fromFile).at(-1)).toEqual(['Ngô Thị Huyền Trân 🌸', '6.5']);
      const e = await refusal(readFirstSheet(onDisk('a.xlsx', buf), { maxRows: 3, headerRows: 1 }));
      expect(e).toMatchObject({ status: 413, code: 'too_many_rows' });
      for (const content of [Buffer.from('Họ,Tên\nNguyễn,An'), Buffer.alloc(0), buf.subarray(0, buf.length / 2)])
        expect(await refusal(readFirstSheet(onDisk('b.xlsx', content), limits))).toMatchObject({
          status: 415,
          code: 'not_excel',
        });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
