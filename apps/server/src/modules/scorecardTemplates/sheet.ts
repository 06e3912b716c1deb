import type { ScorecardItemView } from '@thidua/contracts';
import {
  SCORECARD_ITEM_KIND_LABELS,
  searchKey,
  type ScorecardItemKind,
  type ScoringMethod,
  type ScoringRule,
} from '@thidua/domain';
import type { CellValue } from '../../platform/documents/xlsxReader.ts';

/** A template's workbook, written by the export and read back by the import: one item a row, parents first. */
export const COLUMNS = [
  { key: 'code', header: 'Mã', width: 9 },
  { key: 'kind', header: 'Loại', width: 14 },
  { key: 'name', header: 'Tên tiêu chí', width: 45 },
  { key: 'maxPoints', header: 'Điểm tối đa', width: 9 },
  { key: 'guidance', header: 'Hướng dẫn chấm', width: 40 },
  { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 30 },
  { key: 'method', header: 'Cách chấm', width: 14 },
  { key: 'source', header: 'Nguồn số liệu', width: 22 },
  { key: 'scoring', header: 'Quy tắc', width: 30 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

/**
 * The caps travel as two rows of their own after the items (the sheet has no other place for them): "Loại" names
 * the cap, "Điểm tối đa" holds it. A file without them leaves the template's caps as they are.
 */
export const CAP_LABELS = { bonusCap: 'Mức điểm thưởng tối đa', penaltyCap: 'Mức điểm trừ tối đa' } as const;
export type CapKey = keyof typeof CAP_LABELS;
export const capOf = (s: string): CapKey | undefined => (s ? codeOf(CAP_LABELS, s) : undefined);
export const CAP_NAMES: Record<CapKey, string> = {
  bonusCap: 'Tổng điểm thưởng được cộng không vượt quá mức này',
  penaltyCap: 'Tổng điểm trừ không vượt quá mức này',
};

export const METHOD_LABELS: Record<ScoringMethod, string> = { manual: 'Chấm thủ công', computed: 'Tính từ số liệu' };

// Numbers in rules: a decimal comma and no grouping, so "0,5" and "1000" read back as written.
const VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: false });
const n = (x: number) => VI.format(x);

/** A rule as a clerk reads and types it ("Theo mức: từ 95 được 2; từ 90 được 1,5"). */
export function ruleText(rule: ScoringRule | null): string {
  if (!rule) return '';
  switch (rule.rule) {
    case 'ratio':
      return `Tỷ lệ: chỉ tiêu ${n(rule.target)}`;
    case 'per_unit':
      return `Mỗi đơn vị: ${n(rule.pointsEach)} điểm`;
    case 'at_most':
      return `Không quá: ${n(rule.limit)}`;
    case 'bands':
      return `Theo mức: ${rule.bands.map((b) => `từ ${n(b.min)} được ${n(b.points)}`).join('; ')}`;
  }
}

/** The cells of one item (its children are rows of their own). */
export function cellsOf(item: ScorecardItemView): Record<ColumnKey, string | number> {
  return {
    code: item.code,
    kind: SCORECARD_ITEM_KIND_LABELS[item.kind],
    name: item.name,
    maxPoints: item.maxPoints,
    guidance: item.guidance,
    evidence: item.evidence,
    method: METHOD_LABELS[item.method],
    source: item.source ?? '',
    scoring: ruleText(item.scoring),
  };
}

// Reading back ---------------------------------------------------------------------------------------------

export const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/** A code or a label, without diacritics or case: "Tiêu chí", "tieu chi" and "criterion" are one. */
export function codeOf<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  const key = searchKey(value);
  return (Object.keys(labels) as K[]).find((k) => k === value || searchKey(labels[k]) === key);
}

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`;
const numberIn = (s: string) => Number(s.replace(',', '.'));

/** A number cell, or a text holding one ("12,5"); NaN for anything else, for the caller to refuse. */
export function pointsOf(v: CellValue): number | undefined {
  if (typeof v === 'number') return v;
  const s = textOf(v);
  if (!s) return undefined;
  return new RegExp(`^${NUMBER}$`, 'u').test(s) ? numberIn(s) : Number.NaN;
}

/** The rule typed in the "Quy tắc" cell; a Vietnamese reason when it cannot be read. */
export function ruleOf(text: string): { rule: ScoringRule | null } | { error: string } {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  if (!s) return { rule: null };
  const one = (re: string) => new RegExp(`^${re}$`, 'u').exec(s);
  let m = one(`ty le:? chi tieu (${NUMBER})`);
  if (m) return { rule: { rule: 'ratio', target: numberIn(m[1]!) } };
  m = one(`moi don vi:? (${NUMBER})(?: diem)?`);
  if (m) return { rule: { rule: 'per_unit', pointsEach: numberIn(m[1]!) } };
  m = one(`khong qua:? (${NUMBER})`);
  if (m) return { rule: { rule: 'at_most', limit: numberIn(m[1]!) } };
  m = one('theo muc:? (.+)');
  if (m) {
    const bands = [];
    for (const part of m[1]!.split(';').map((p) => p.trim())) {
      const b = new RegExp(`^tu (${NUMBER}) duoc (${NUMBER})(?: diem)?$`, 'u').exec(part);
      if (!b) return { error: `Mức "${part}" không đọc được: ghi "từ 95 được 2"` };
      bands.push({ min: numberIn(b[1]!), points: numberIn(b[2]!) });
    }
    return { rule: { rule: 'bands', bands } };
  }
  return {
    error:
      'Quy tắc không đọc được: ghi "Tỷ lệ: chỉ tiêu 95", "Mỗi đơn vị: 0,5 điểm", "Không quá: 0" hoặc "Theo mức: từ 95 được 2; từ 90 được 1,5"',
  };
}

export const kindOf = (s: string): ScorecardItemKind | undefined => codeOf(SCORECARD_ITEM_KIND_LABELS, s);
export const methodOf = (s: string): ScoringMethod | undefined => (s ? codeOf(METHOD_LABELS, s) : 'manual');

/** "1.2.a" → "1.2"; a code without a dot sits at the top. */
export const parentCodeOf = (code: string): string | null => {
  const i = code.lastIndexOf('.');
  return i > 0 ? code.slice(0, i) : null;
};
