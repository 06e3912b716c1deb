import {
  DOCUMENT_KIND_LABELS,
  PROCEDURE_FIELD_LABELS,
  PROCEDURE_LEVEL_LABELS,
  TIME_UNIT_LABELS,
  searchKey,
  type DocumentKind,
  type OnlineLevel,
  type TimeUnit,
} from '@thidua/domain';
import { dateVn } from '../../platform/documents/official.ts';
import type { CellValue } from '../../platform/documents/xlsxReader.ts';
import type { Content } from './rows.ts';

/**
 * The catalog workbook's columns, written by the export and read back by the import: one procedure a row,
 * its lists (fees, documents, steps, legs) one item a line inside the cell, parts separated by " | ".
 */
export const COLUMNS = [
  { key: 'code', header: 'Mã thủ tục', width: 11 },
  { key: 'name', header: 'Tên thủ tục', width: 45 },
  { key: 'field', header: 'Lĩnh vực', width: 22 },
  { key: 'level', header: 'Cấp thực hiện', width: 12 },
  { key: 'agency', header: 'Cơ quan thực hiện', width: 25 },
  { key: 'interAgency', header: 'Liên thông', width: 9 },
  { key: 'onlineLevel', header: 'Dịch vụ công trực tuyến', width: 12 },
  { key: 'status', header: 'Trạng thái', width: 14 },
  { key: 'timeAmount', header: 'Thời hạn giải quyết', width: 10 },
  { key: 'timeUnit', header: 'Đơn vị thời hạn', width: 14 },
  { key: 'noAppointment', header: 'Trả ngay, không hẹn', width: 9 },
  { key: 'fees', header: 'Phí, lệ phí', width: 35 },
  { key: 'documents', header: 'Thành phần hồ sơ', width: 50 },
  { key: 'steps', header: 'Quy trình nội bộ', width: 50 },
  { key: 'legs', header: 'Cơ quan phối hợp', width: 35 },
  { key: 'result', header: 'Kết quả thực hiện', width: 30 },
  { key: 'resultValidity', header: 'Thời hạn hiệu lực của kết quả', width: 15 },
  { key: 'legalBasis', header: 'Căn cứ pháp lý', width: 45 },
  { key: 'complianceCost', header: 'Chi phí tuân thủ một hồ sơ (đồng)', width: 14 },
  { key: 'yearlyDossiers', header: 'Số hồ sơ một năm', width: 10 },
  { key: 'decisionNo', header: 'Số quyết định công bố', width: 16 },
  { key: 'decisionDate', header: 'Ngày quyết định', width: 12 },
  { key: 'decisionSigner', header: 'Người ký quyết định', width: 18 },
  { key: 'effectiveFrom', header: 'Hiệu lực từ ngày', width: 12 },
  { key: 'changeNote', header: 'Nội dung sửa đổi', width: 30 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;
export const REQUIRED: ColumnKey[] = ['code', 'name', 'field', 'level', 'agency', 'timeAmount', 'timeUnit'];

export const ONLINE_SHORT: Record<OnlineLevel, string> = { full: 'Toàn trình', partial: 'Một phần', none: 'Không' };
const yesNo = (b: boolean) => (b ? 'Có' : 'Không');
const SEP = ' | ';

/** The cells of one procedure and its shown version. */
export function cellsOf(p: {
  code: string;
  name: string;
  field: string;
  level: string;
  agency: string;
  interAgency: boolean;
  onlineLevel: OnlineLevel;
  statusLabel: string;
  content: Content;
  decision: { no: string; date: string | null; signer: string };
}): Record<ColumnKey, string | number> {
  const c = p.content;
  return {
    code: p.code,
    name: p.name,
    field: PROCEDURE_FIELD_LABELS[p.field as keyof typeof PROCEDURE_FIELD_LABELS] ?? p.field,
    level: PROCEDURE_LEVEL_LABELS[p.level as keyof typeof PROCEDURE_LEVEL_LABELS] ?? p.level,
    agency: p.agency,
    interAgency: yesNo(p.interAgency),
    onlineLevel: ONLINE_SHORT[p.onlineLevel],
    status: p.statusLabel,
    timeAmount: c.time.amount,
    timeUnit: TIME_UNIT_LABELS[c.time.unit],
    noAppointment: yesNo(c.noAppointment),
    fees: c.fees.map((f) => [f.name, String(f.amount), f.note].join(SEP)).join('\n'),
    documents: c.documents
      .map((d) =>
        [d.name, DOCUMENT_KIND_LABELS[d.kind], String(d.count), d.required ? 'Bắt buộc' : 'Không bắt buộc'].join(SEP),
      )
      .join('\n'),
    steps: c.steps
      .map((s) => [s.name, s.unit, s.role, String(s.amount), TIME_UNIT_LABELS[s.timeUnit]].join(SEP))
      .join('\n'),
    legs: c.legs.map((l) => [l.agency, l.name, String(l.amount), TIME_UNIT_LABELS[l.timeUnit]].join(SEP)).join('\n'),
    result: c.result,
    resultValidity: c.resultValidity,
    legalBasis: c.legalBasis,
    complianceCost: c.complianceCost,
    yearlyDossiers: c.yearlyDossiers,
    decisionNo: p.decision.no,
    decisionDate: p.decision.date ? dateVn(p.decision.date) : '',
    decisionSigner: p.decision.signer,
    effectiveFrom: c.effectiveFrom ? dateVn(c.effectiveFrom) : '',
    changeNote: c.changeNote,
  };
}

// Reading back ---------------------------------------------------------------------------------------------

export interface CellProblem {
  column: ColumnKey;
  message: string;
}

export const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/** A code or a label, matched without diacritics or case: "Điện", "dien" and "electricity" are one. */
export function codeOf<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  const key = searchKey(value);
  return (Object.keys(labels) as K[]).find((k) => k === value || searchKey(labels[k]) === key);
}

/** "1.200.000", "1 200 000" or 1200000 → 1200000; a number that is not whole comes back as it is for zod to refuse. */
export function numberOf(v: CellValue): number | undefined {
  if (typeof v === 'number') return v;
  const s = textOf(v).replace(/\s|đồng|đ$/giu, '');
  if (!s) return undefined;
  const n = /^\d{1,3}(\.\d{3})+$/u.test(s) ? Number(s.replace(/\./gu, '')) : Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/** dd/mm/yyyy, yyyy-mm-dd or an Excel date → yyyy-mm-dd; anything else as typed, for the contract to refuse. */
export function dateOf(v: CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = textOf(v);
  if (!s) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
}

export const boolOf = (v: CellValue): boolean => v === true || ['co', 'x', 'true', '1'].includes(searchKey(textOf(v)));

export const timeUnitOf = (s: string): TimeUnit | undefined => codeOf(TIME_UNIT_LABELS, s);

/** The lines of a list cell split into their parts; `parts` is how many each line must have. */
export function linesOf(v: CellValue, column: ColumnKey, parts: number, problems: CellProblem[]): string[][] {
  const out: string[][] = [];
  textOf(v)
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .forEach((line, i) => {
      const p = line.split('|').map((x) => x.trim());
      if (p.length < parts - 1 || p.length > parts)
        problems.push({
          column,
          message: `Dòng ${i + 1} trong ô: cần ${parts} phần ngăn bởi dấu "|" (có ${p.length})`,
        });
      else out.push([...p, ...Array<string>(parts - p.length).fill('')]);
    });
  return out;
}

export const documentKindOf = (s: string): DocumentKind | undefined => codeOf(DOCUMENT_KIND_LABELS, s);
