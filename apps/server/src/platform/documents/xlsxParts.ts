import { AppError, type ErrorCode } from '../errors.ts';
import type { CellValue } from './xlsxReader.ts';

/**
 * The parts of a workbook around its sheet (workbook.xml, relationships, styles, shared
 * strings) and what the sheet reader shares with them, for `xlsxReader.ts`.
 */

export const notExcel = (detail = 'Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx).') =>
  new AppError(415, 'not_excel', detail, [{ path: 'file', message: 'Tệp hỏng' }]);
export const tooLarge = (code: ErrorCode, detail: string) =>
  new AppError(413, code, detail, [{ path: 'file', message: 'Tệp quá lớn' }]);
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export type Reader = (h: XmlHandlers) => Promise<void>;

export async function readWorkbookXml(read: Reader): Promise<{ firstSheetRel: string | null; date1904: boolean }> {
  let firstSheetRel: string | null = null;
  let date1904 = false;
  await read({
    open(name, a) {
      if (name === 'sheet' && firstSheetRel === null) firstSheetRel = a['r:id'] ?? relAttr(a) ?? '';
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {},
    text() {},
  });
  return { firstSheetRel, date1904 };
}
/** The relationship id whatever prefix the producer gave the namespace. */
const relAttr = (a: Record<string, string>) => Object.entries(a).find(([k]) => /:id$/u.test(k))?.[1];

export async function readRels(read: Reader): Promise<{ id: string; type: string; target: string }[]> {
  const out: { id: string; type: string; target: string }[] = [];
  await read({
    open(name, a) {
      if (name === 'Relationship') out.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' });
    },
    close() {},
    text() {},
  });
  return out;
}

// Built-in number formats that are dates (ECMA-376 18.8.30, with the East Asian ones).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47]);
for (let i = 50; i <= 58; i++) BUILTIN_DATES.add(i);
/** As exceljs decides: a date/time letter outside quotes and brackets. */
const isDateFormat = (code: string) =>
  /[ymdhsb]/iu.test(
    code
      .replace(/\[[^\]]*\]/gu, '')
      .replace(/"[^"]*"/gu, '')
      .replace(/\\./gu, ''),
  );

/** For each cell style index: does it show a number as a date? */
export async function readDateStyles(read: Reader): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await read({
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return xfs.map((id) => custom.get(id) ?? BUILTIN_DATES.has(id));
}

/**
 * A copy of a value cut from the decoded chunk: V8 keeps a long substring as a view of its
 * whole parent, and a few kept cells would otherwise hold every chunk of the sheet in memory.
 */
const copy = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * Cell texts repeat (family names, units, "Công chức"): one string each, up to a bounded table,
 * keeps a large sheet's rows small.
 */
export class Interner {
  private readonly seen = new Map<string, string>();
  of(s: string): string {
    if (s.length > 64) return copy(s);
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    const own = copy(s);
    if (this.seen.size < 100_000) this.seen.set(own, own);
    return own;
  }
}

const REF_CHUNK = 3 * 16_384;

/**
 * The sheet's references to shared strings, as (row index, column, string index) triples of
 * int32 in fixed chunks: 12 bytes each, where a number[] took 24 and doubled as it grew.
 */
export class SharedRefs {
  private readonly full: Int32Array[] = [];
  private cur = new Int32Array(REF_CHUNK);
  private at = 0;
  /** The highest string index referenced (-1: none). */
  maxIndex = -1;

  get length(): number {
    return (this.full.length * REF_CHUNK + this.at) / 3;
  }

  push(row: number, col: number, index: number): void {
    if (this.at === REF_CHUNK) {
      this.full.push(this.cur);
      this.cur = new Int32Array(REF_CHUNK);
      this.at = 0;
    }
    this.cur[this.at++] = row;
    this.cur[this.at++] = col;
    this.cur[this.at++] = index;
    if (index > this.maxIndex) this.maxIndex = index;
  }

  forEach(use: (row: number, col: number, index: number) => void): void {
    for (const chunk of [...this.full, this.cur]) {
      const end = chunk === this.cur ? this.at : REF_CHUNK;
      for (let i = 0; i < end; i += 3) use(chunk[i]!, chunk[i + 1]!, chunk[i + 2]!);
    }
  }
}

/**
 * The shared strings: those the sheet uses when its references are given (a huge table then costs
 * no memory beyond what is referenced), else all of them.
 */
export async function readSharedStrings(
  read: Reader,
  refs: SharedRefs | null,
  maxStrings: number,
): Promise<(string | undefined)[]> {
  // Indices past the limit are refused while reading, before any of them could be used.
  const size = refs ? Math.min(refs.maxIndex + 1, maxStrings) : maxStrings;
  const wanted = new Uint8Array(size);
  if (refs)
    refs.forEach((_r, _c, index) => {
      if (index < size) wanted[index] = 1;
    });
  else wanted.fill(1);
  const out: (string | undefined)[] = refs ? new Array<string | undefined>(size) : [];
  const intern = new Interner();
  let index = -1;
  let text = '';
  let capture = false;
  let phonetic = 0;
  await read({
    open(name) {
      if (name === 'si') {
        index++;
        if (index >= maxStrings)
          throw tooLarge(
            'too_many_strings',
            `Tệp Excel có quá nhiều chuỗi ký tự (tối đa ${maxStrings.toLocaleString('vi-VN')}).`,
          );
        text = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) capture = wanted[index] === 1;
    },
    text(t) {
      if (capture) text += t;
    },
    close(name) {
      if (name === 't') capture = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && wanted[index] === 1) out[index] = intern.of(text);
    },
  });
  return out;
}

/** "AB12" → 28. */
export function columnOf(ref: string): number {
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

export const SHARED = Symbol('shared');

export function cellValue(
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
