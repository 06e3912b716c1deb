import { formatVnDate } from '../dates.ts';
import { findAward } from './catalog.ts';
import type { AwardRecord, DecisionRef, InitiativeRecord } from './eligibilityInput.ts';
import { RECOGNITION_LABELS } from './types.ts';

/** Small pure helpers that word the evidence lines of the predicates in Vietnamese. */
export const name = (code: string): string => findAward(code)?.name ?? code;
export const decisionText = (d?: DecisionRef): string =>
  d ? ` (QĐ ${d.number}${d.date ? ` ngày ${formatVnDate(d.date)}` : ''})` : '';
export const span = (from: number, to: number): string => (from === to ? `năm ${to}` : `${from}–${to}`);
export const from = (r: AwardRecord): number => r.fromYear ?? r.year;
export const recordText = (r: AwardRecord): string =>
  `${name(r.awardCode)} ${span(from(r), r.year)}${decisionText(r.decision)}`;
export const codesText = (codes: readonly string[]): string => codes.map(name).join(' hoặc ');

/** Ad-hoc and thematic results do not count upward (ND 152 Art 4 cl. 2). */
export function countsUpward(r: AwardRecord): boolean {
  return r.type === undefined || r.type === 'periodic';
}

export function holding(
  records: readonly AwardRecord[],
  codes: readonly string[],
  year: number,
): AwardRecord | undefined {
  return records.find((r) => r.year === year && codes.includes(r.awardCode) && countsUpward(r));
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const overlaps = (f: string, t: string | null, start: string, end: string): boolean =>
  f <= end && (t === null || t >= start);

export function initiativeText(i: InitiativeRecord): string {
  return `Sáng kiến "${i.title}" (${RECOGNITION_LABELS[i.level]}, công nhận ${formatVnDate(i.recognisedOn)}${decisionText(i.decision)})`;
}

export const REVIEW_LABELS = {
  discipline_review: 'Đang xem xét kỷ luật',
  investigation: 'Đang điều tra',
  inspection: 'Đang thanh tra, kiểm tra',
  complaint: 'Đang giải quyết khiếu nại, tố cáo',
  press_allegation: 'Đang xác minh phản ánh của báo chí',
} as const;
