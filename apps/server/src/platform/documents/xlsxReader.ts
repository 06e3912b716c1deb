import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors.ts';
import { XmlScanner } from './xmlScan.ts';
import {
  Interner,
  SharedRefs,
  notExcel,
  readDateStyles,
  readRels,
  readSharedStrings,
  readWorkbookXml,
  tooLarge,
  type Reader,
  type XmlHandlers,
} from './xlsxParts.ts';

/**
 * The one workbook reader every import uses: the first worksheet's rows, read
 * as a stream from the uploaded buffer, with the row and size limits enforced
 * while reading (never after the whole file has been parsed).
 */

/** A cell as the importers see it: text (shared, inline, rich or formula result), number, boolean or date. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The sheet's own row number (1-based), as a clerk sees it in Excel. */
  number: number;
  /** Cells by 1-based column number; holes are empty cells. */
  cells: CellValue[];
}

export const cellAt = (row: SheetRow | undefined, col: number | undefined): CellValue =>
  (col && row?.cells[col]) ?? null;

export interface ReadLimits {
  /** Data rows allowed (named in the refusal). */
  maxRows: number;
  /**
   * Rows above the data a header (and titles) may take. The reader refuses as soon as it has seen
   * maxRows + headerRows + 1 rows; the importer, once it knows its header row, counts exactly.
   */
  headerRows: number;
  /** All parts read, uncompressed (a zip bomb is refused here, as it inflates). */
  maxUncompressedBytes?: number;
  maxSharedStrings?: number;
  /** Tests only: feed the XML decoder in pieces this small, so every character boundary is crossed. */
  chunkBytes?: number;
}

export const DEFAULT_MAX_UNCOMPRESSED = 400 * 1024 * 1024;
export const DEFAULT_MAX_SHARED_STRINGS = 2_000_000;
const MAX_ENTRIES = 10_000;
const MAX_SMALL_PART = 16 * 1024 * 1024; // workbook.xml, rels, styles: small in every real file

export const tooManyRows = (max: number) =>
  new AppError(413, 'too_many_rows', `Mỗi lần nhập tối đa ${max.toLocaleString('vi-VN')} dòng.`, [
    { path: 'file', message: 'Quá nhiều dòng' },
  ]);

/** Reads the first worksheet of an .xlsx buffer; refuses (413) as soon as a limit is passed. */
export async function readFirstSheet(buffer: Buffer, limits: ReadLimits): Promise<SheetRow[]> {
  // .xlsx is a ZIP container: refuse other content before handing it to the parser.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50)
    throw notExcel('Tệp tải lên không phải tệp Excel (.xlsx). Hãy dùng mẫu tải về từ hệ thống.');
  const zip = await yauzl
    .fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true })
    .catch(() => Promise.reject(notExcel()));
  try {
    const entries = await listEntries(zip);
    const budget = new Budget(limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED);
    const part = (name: string) => entries.get(name) ?? entries.get(name.toLowerCase());
    const read = (entry: Entry, handlers: XmlHandlers, max = Infinity) =>
      parsePart(zip, entry, handlers, budget, Math.min(max, budget.left), limits.chunkBytes);

    const wbEntry = part('xl/workbook.xml');
    if (!wbEntry) throw notExcel();
    const book = await readWorkbookXml((h) => read(wbEntry, h, MAX_SMALL_PART));
    const relsEntry = part('xl/_rels/workbook.xml.rels');
    const rels = relsEntry ? await readRels((h) => read(relsEntry, h, MAX_SMALL_PART)) : [];
    if (!book.firstSheetRel)
      throw new AppError(400, 'empty_workbook', 'Tệp Excel không có trang tính nào.', [
        { path: 'file', message: 'Không có trang tính' },
      ]);
    const target = (type: string, fallback: string) =>
      partName(rels.find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback);
    const sheetRel = rels.find((r) => r.id === book.firstSheetRel);
    const sheetEntry = part(partName(sheetRel?.target ?? 'worksheets/sheet1.xml'));
    if (!sheetEntry) throw notExcel();
    const stylesEntry = part(target('styles', 'styles.xml'));
    const dateStyles = stylesEntry ? await readDateStyles((h) => read(stylesEntry, h, MAX_SMALL_PART)) : [];

    await preCountRows(zip, sheetEntry, budget.left, limits);
    // The sheet first, keeping shared strings as indices: a file over the limits is refused
    // before its string table is ever read.
    const sheet = await readSheetXml((h) => read(sheetEntry, h), {
      limits,
      dateStyles,
      date1904: book.date1904,
    });
    if (sheet.refs.length) {
      const sstEntry = part(target('sharedStrings', 'sharedStrings.xml'));
      if (!sstEntry) throw notExcel();
      const strings = await readSharedStrings(
        (h) => read(sstEntry, h),
        sheet.refs,
        limits.maxSharedStrings ?? DEFAULT_MAX_SHARED_STRINGS,
      );
      let blanks = false;
      sheet.refs.forEach((row, col, index) => {
        const text = strings[index] ?? '';
        if (text) sheet.rows[row]!.cells[col] = text;
        else blanks = true;
      });
      // A row may hold nothing but empty shared strings.
      if (blanks) return sheet.rows.filter((r) => r.cells.some((c) => c !== null && c !== undefined && c !== ''));
    }
    return sheet.rows;
  } finally {
    zip.close();
  }
}

class Budget {
  constructor(public left: number) {}
  take(n: number): void {
    this.left -= n;
    if (this.left < 0)
      throw tooLarge(
        'workbook_too_large',
        'Tệp Excel khi giải nén quá lớn (vượt giới hạn cho phép). Hãy chia thành nhiều tệp nhỏ hơn.',
      );
  }
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      out.set(e.fileName.replace(/^\/+/u, ''), e);
      if (out.size > MAX_ENTRIES) reject(notExcel());
      else zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', () => reject(notExcel()));
    zip.readEntry();
  });
}

/** "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" → the zip's entry name. */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/'))
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  return parts.join('/');
}

/** Inflates one part chunk by chunk, every byte counted against the budget. */
async function eachChunk(
  zip: ZipFile,
  entry: Entry,
  budget: Budget,
  max: number,
  use: (chunk: Buffer) => void,
): Promise<void> {
  if (entry.uncompressedSize > max) {
    budget.take(entry.uncompressedSize);
    throw notExcel();
  }
  let stream: Readable;
  try {
    // Inflated here rather than by yauzl: larger output chunks spare round trips to zlib's
    // thread pool on a big sheet, and the budget counts what actually comes out.
    const raw = await zip.openReadStreamPromise(entry, { decompress: false });
    stream = entry.compressionMethod === 8 ? raw.pipe(zlib.createInflateRaw({ chunkSize: 1 << 16 })) : raw;
    if (stream !== raw) raw.on('error', (e) => stream.destroy(e));
  } catch {
    throw notExcel();
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.take(chunk.length);
      use(chunk);
    }
  } catch (e) {
    throw e instanceof AppError ? e : notExcel();
  } finally {
    stream.destroy();
  }
}

/**
 * Feeds one part's XML to the scanner through a streaming UTF-8 decoder: a character split
 * between two chunks is joined, never replaced.
 */
async function parsePart(
  zip: ZipFile,
  entry: Entry,
  h: XmlHandlers,
  budget: Budget,
  max: number,
  chunkBytes: number | undefined,
): Promise<void> {
  const parser = new XmlScanner(h);
  const decoder = new TextDecoder('utf-8');
  try {
    await eachChunk(zip, entry, budget, max, (chunk) => {
      if (chunkBytes)
        for (let i = 0; i < chunk.length; i += chunkBytes)
          parser.write(decoder.decode(chunk.subarray(i, i + chunkBytes), { stream: true }));
      else parser.write(decoder.decode(chunk, { stream: true }));
    });
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    throw e instanceof AppError ? e : notExcel();
  }
}

const ROW_TAG = Buffer.from('<row ');

/**
 * A first pass over the sheet that only inflates and counts row tags, stopping at the limit:
 * a sheet far over it is refused at inflate speed (hundreds of MB/s) instead of parse speed.
 * Rows written without attributes or with a namespace prefix escape this count; the parser's
 * own count still refuses them.
 */
async function preCountRows(zip: ZipFile, entry: Entry, maxBytes: number, limits: ReadLimits): Promise<void> {
  const maxRows = limits.maxRows + limits.headerRows;
  let rows = 0;
  let tail = Buffer.alloc(0);
  await eachChunk(zip, entry, new Budget(maxBytes), maxBytes, (chunk) => {
    // A tag split across two chunks lies wholly within their joined edges.
    if (tail.length && Buffer.concat([tail, chunk.subarray(0, ROW_TAG.length - 1)]).includes(ROW_TAG)) rows++;
    for (let at = chunk.indexOf(ROW_TAG); at >= 0; at = chunk.indexOf(ROW_TAG, at + ROW_TAG.length)) rows++;
    if (rows > maxRows) throw tooManyRows(limits.maxRows);
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (ROW_TAG.length - 1))));
  });
}

/** "AB12" → 28. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const excelDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface SheetResult {
  rows: SheetRow[];
  /** Triples (row index in rows, column, shared-string index), resolved once the sheet is known to be within limits. */
  refs: SharedRefs;
}

async function readSheetXml(
  read: Reader,
  o: { limits: ReadLimits; dateStyles: boolean[]; date1904: boolean },
): Promise<SheetResult> {
  const rows: SheetRow[] = [];
  const refs = new SharedRefs();
  const intern = new Interner();
  const maxRows = o.limits.maxRows + o.limits.headerRows;
  let row: SheetRow | null = null;
  let filled = false;
  let rowNo = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let text = '';
  // What the current text belongs to: the <v> of a cell, or a <t> of an inline string (not its phonetic runs).
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  await read({
    open(name, a) {
      switch (name) {
        case 'row':
          rowNo = a.r ? Number(a.r) : rowNo + 1;
          row = { number: rowNo, cells: [] };
          filled = false;
          col = 0;
          break;
        case 'c':
          col = a.r ? columnOf(a.r) : col + 1;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          text = '';
          break;
        case 'v':
          capture = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && !phonetic) capture = true;
          break;
      }
    },
    text(t) {
      if (capture) text += t;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (!row) break;
          const v = cellValue(type, text, o.dateStyles[style] ?? false, o.date1904, intern);
          if (v === SHARED) {
            const index = Number(text);
            if (Number.isInteger(index) && index >= 0) {
              refs.push(rows.length, col, index);
              filled = true;
            }
          } else if (v !== null && v !== '') {
            row.cells[col] = v;
            filled = true;
          }
          break;
        }
        case 'row':
          if (row && filled) {
            rows.push(row);
            if (rows.length > maxRows) throw tooManyRows(o.limits.maxRows);
          }
          row = null;
          break;
      }
    },
  });
  return { rows, refs };
}

const SHARED = Symbol('shared');

function cellValue(
  type: string,
  text: string,
  isDate: boolean,
  date1904: boolean,
  intern: Interner,
): CellValue | typeof SHARED {
  switch (type) {
    case 's':
      return SHARED;
    case 'inlineStr':
    case 'str':
      return intern.of(text);
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd': {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? intern.of(text) : d;
    }
    default: {
      if (text === '') return null;
      const n = Number(text);
      if (Number.isNaN(n)) return intern.of(text);
      return isDate ? excelDate(n, date1904) : n;
    }
  }
}
