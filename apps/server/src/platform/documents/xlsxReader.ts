import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors.ts';
import { XmlScanner } from './xmlScan.ts';
import {
  Interner,
  SHARED,
  SharedRefs,
  cellValue,
  columnOf,
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
/** A string table up to this size (100,000 staff rows make about 3 MB) is read before the sheet. */
const STRINGS_FIRST_MAX = 32 * 1024 * 1024;

export const tooManyRows = (max: number) =>
  new AppError(413, 'too_many_rows', `Mỗi lần nhập tối đa ${max.toLocaleString('vi-VN')} dòng.`, [
    { path: 'file', message: 'Quá nhiều dòng' },
  ]);

/** Reads the first worksheet of an .xlsx buffer or file; refuses (413) as soon as a limit is passed. */
export async function readFirstSheet(source: Buffer | { path: string }, limits: ReadLimits): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await eachSheetRow(source, limits, (r) => rows.push(r));
  return rows;
}

/**
 * The first worksheet's rows one by one, in order, as they are read: when the string table is of
 * an ordinary size it is read first and each row is handed over whole as soon as it ends, so a
 * large sheet is never held in memory as rows. A string table larger than that is read after
 * the sheet, for the strings the sheet uses only, and the rows are handed over at the end.
 */
export async function eachSheetRow(
  source: Buffer | { path: string },
  limits: ReadLimits,
  onRow: (row: SheetRow) => void,
): Promise<void> {
  // .xlsx is a ZIP container: refuse other content before handing it to the parser.
  const magic = Buffer.isBuffer(source) ? source : await firstBytes(source.path, 4);
  if (magic.length < 4 || magic.readUInt32LE(0) !== 0x04034b50)
    throw notExcel('Tệp tải lên không phải tệp Excel (.xlsx). Hãy dùng mẫu tải về từ hệ thống.');
  const opts = { lazyEntries: true, validateEntrySizes: true };
  // A file on disk is read in pieces as the parts are inflated: the upload is never one buffer in memory.
  const zip = await (
    Buffer.isBuffer(source)
      ? yauzl.fromBufferPromise(source, opts)
      : yauzl.openPromise(source.path, { ...opts, autoClose: false })
  ).catch(() => Promise.reject(notExcel()));
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
    const sstEntry = part(target('sharedStrings', 'sharedStrings.xml'));
    const maxStrings = limits.maxSharedStrings ?? DEFAULT_MAX_SHARED_STRINGS;
    const sheetOpts = { limits, dateStyles, date1904: book.date1904 };
    if (!sstEntry || sstEntry.uncompressedSize <= STRINGS_FIRST_MAX) {
      // The sheet is within the row limit (counted above): its strings, then its rows as they come.
      const strings = sstEntry
        ? await readSharedStrings((h) => read(sstEntry, h, STRINGS_FIRST_MAX), null, maxStrings)
        : null;
      await readSheetXml((h) => read(sheetEntry, h), { ...sheetOpts, strings, onRow });
      return;
    }
    // The sheet first, keeping shared strings as indices: only the strings it uses are kept.
    const sheet = await readSheetXml((h) => read(sheetEntry, h), { ...sheetOpts, strings: undefined, onRow: null });
    if (sheet.refs.length) {
      const strings = await readSharedStrings((h) => read(sstEntry, h), sheet.refs, maxStrings);
      let blanks = false;
      sheet.refs.forEach((row, col, index) => {
        const text = strings[index] ?? '';
        if (text) sheet.rows[row]!.cells[col] = text;
        else blanks = true;
      });
      // A row may hold nothing but empty shared strings.
      if (blanks) sheet.rows = sheet.rows.filter((r) => r.cells.some((c) => c !== null && c !== undefined && c !== ''));
    }
    sheet.rows.forEach(onRow);
  } finally {
    zip.close();
  }
}

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fh.close();
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
    let seen = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.take(chunk.length);
      // A part that inflates past what its entry declared, and past its own cap, is refused too.
      seen += chunk.length;
      if (seen > max) throw notExcel();
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

interface SheetResult {
  rows: SheetRow[];
  /** Triples (row index in rows, column, shared-string index), resolved once the sheet is known to be within limits. */
  refs: SharedRefs;
}

async function readSheetXml(
  read: Reader,
  o: {
    limits: ReadLimits;
    dateStyles: boolean[];
    date1904: boolean;
    /** The whole string table (null: the workbook has none), or undefined to keep references. */
    strings: (string | undefined)[] | null | undefined;
    /** Each row as it ends, instead of keeping them. */
    onRow: ((row: SheetRow) => void) | null;
  },
): Promise<SheetResult> {
  const rows: SheetRow[] = [];
  let count = 0;
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
            if (!Number.isInteger(index) || index < 0) break;
            if (o.strings === undefined) {
              refs.push(rows.length, col, index);
              filled = true;
            } else {
              if (o.strings === null) throw notExcel();
              const shared = o.strings[index];
              if (shared) {
                row.cells[col] = shared;
                filled = true;
              }
            }
          } else if (v !== null && v !== '') {
            row.cells[col] = v;
            filled = true;
          }
          break;
        }
        case 'row':
          if (row && filled) {
            if (++count > maxRows) throw tooManyRows(o.limits.maxRows);
            if (o.onRow) o.onRow(row);
            else rows.push(row);
          }
          row = null;
          break;
      }
    },
  });
  return { rows, refs };
}
