import { formatPoints, roundPoints, sheetTotals, type SheetTotals, type TemplateItem } from '@thidua/domain';
import type { Deps } from '../../../platform/context.ts';
import { dateVn } from '../../../platform/documents/official.ts';
import { notFound } from '../../../platform/errors.ts';
import {
  appraisedOf,
  appraiserSigner,
  headingOf,
  loadCycle,
  loadMembers,
  loadScores,
  type Cycle,
  type Heading,
  type MemberRow,
  type ScoreRow,
} from './data.ts';

/**
 * One member's score sheet as the DOCX and the Excel print it: a row per item of the tree (field, criterion,
 * sub-criterion, bonus, penalty) with its maximum, self and appraised points, their difference and the notes;
 * then the totals. A parent's points are its children's summed and capped, exactly as the engine totals them.
 */

export interface SheetLine {
  code: string;
  name: string;
  /** 0 field / bonus / penalty, 1 criterion, 2 sub-criterion. */
  depth: number;
  kind: TemplateItem['kind'];
  max: number;
  self: number | null;
  appraised: number | null;
  /** appraised − self. */
  difference: number | null;
  note: string;
}

export interface SheetModel {
  cycle: Cycle;
  member: MemberRow;
  memberCount: number;
  heading: Heading;
  lines: SheetLine[];
  self: SheetTotals;
  appraised: SheetTotals | null;
  maxTotal: number;
  /** Who signs for the appraisers (`appraiserSigner`). */
  appraiserName: string;
}

/** A node's points as the engine counts them: the node alone, taken as a field (capped at its maximum). */
const nodePoints = (item: TemplateItem, points: ReadonlyMap<string, number | null>): number | null =>
  sheetTotals([{ ...item, kind: 'field' }], points, { bonusCap: 0, penaltyCap: 0 }).byField[0]!.points;

const diff = (self: number | null, appraised: number | null) =>
  self === null || appraised === null ? null : roundPoints(appraised - self);

/** The note column: the member's note and figure, the appraiser's reason, the member's explanation. */
function noteOf(s: ScoreRow | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  if (s.selfNote.trim()) parts.push(s.selfNote.trim());
  const f = s.figure;
  if (f)
    parts.push(
      `Số liệu: ${f.value === null ? 'không đủ số liệu' : `${formatPoints(f.value)}${f.unit === '%' ? '%' : ` ${f.unit}`}`}` +
        ` (${dateVn(f.periodFrom)}–${dateVn(f.periodTo)})`,
    );
  if (s.appraisal === 'reduced' && s.appraisalReason.trim()) parts.push(`Thẩm định giảm: ${s.appraisalReason.trim()}`);
  else if (s.appraisal === 'explain' && s.appraisalReason.trim())
    parts.push(`Yêu cầu giải trình: ${s.appraisalReason.trim()}`);
  if (s.explanation.trim()) parts.push(`Giải trình: ${s.explanation.trim()}`);
  return parts.join('. ');
}

export function sheetLines(
  items: readonly TemplateItem[],
  scores: ReadonlyMap<string, ScoreRow>,
  self: ReadonlyMap<string, number | null>,
  appraised: ReadonlyMap<string, number | null>,
): SheetLine[] {
  const out: SheetLine[] = [];
  const walk = (item: TemplateItem, depth: number) => {
    const s = nodePoints(item, self);
    const a = nodePoints(item, appraised);
    out.push({
      code: item.code,
      name: item.name,
      depth,
      kind: item.kind,
      max: item.maxPoints,
      self: s,
      appraised: a,
      difference: diff(s, a),
      note: item.children.length ? '' : noteOf(scores.get(item.id)),
    });
    for (const c of item.children) walk(c, depth + 1);
  };
  for (const item of items) walk(item, 0);
  return out;
}

const leavesOf = (items: readonly TemplateItem[]): TemplateItem[] =>
  items.flatMap((i) => (i.children.length ? leavesOf(i.children) : [i]));

/** Self and appraised points of every leaf of one member. */
export function pointsOf(items: readonly TemplateItem[], scores: ReadonlyMap<string, ScoreRow>) {
  const self = new Map<string, number | null>();
  const appraised = new Map<string, number | null>();
  for (const leaf of leavesOf(items)) {
    const s = scores.get(leaf.id);
    self.set(leaf.id, s?.selfPoints ?? null);
    appraised.set(leaf.id, appraisedOf(s));
  }
  return { self, appraised };
}

export const maxTotalOf = (items: readonly TemplateItem[]) =>
  roundPoints(items.filter((i) => i.kind !== 'bonus' && i.kind !== 'penalty').reduce((s, i) => s + i.maxPoints, 0));

/** The sheet of `memberId` in cycle `id` (404 when the member is not one of the cycle's). */
export async function loadSheet(deps: Deps, id: string, memberId: string): Promise<SheetModel> {
  const db = deps.db.kysely;
  const cycle = await loadCycle(db, id);
  const members = await loadMembers(db, id);
  const member = members.find((m) => m.id === memberId);
  if (!member) throw notFound('thành viên của kỳ chấm điểm');
  const scores = (await loadScores(db, [member.id])).get(member.id)!;
  const { self, appraised } = pointsOf(cycle.items, scores);
  const caps = { bonusCap: cycle.bonusCap, penaltyCap: cycle.penaltyCap };
  const anyAppraised = [...appraised.values()].some((v) => v !== null);
  return {
    cycle,
    member,
    memberCount: members.length,
    heading: await headingOf(deps, cycle),
    lines: sheetLines(cycle.items, scores, self, appraised),
    self: sheetTotals(cycle.items, self, caps),
    appraised: anyAppraised ? sheetTotals(cycle.items, appraised, caps) : null,
    maxTotal: maxTotalOf(cycle.items),
    appraiserName: await appraiserSigner(db, cycle, members),
  };
}

/** A position where a name was expected ("Chủ tịch UBND tỉnh", "Giám đốc Sở Xây dựng"). */
const POSITION = /^(phó\s+)?(chủ tịch|giám đốc|bộ trưởng|thứ trưởng|trưởng|chánh|thủ trưởng|đại diện)\b/iu;

/**
 * "Lê Quang Tiến, Giám đốc Sở Công Thương" → "Lê Quang Tiến": a signature carries the name, the position is above.
 * A position alone gives '' (the line stays blank for the pen) rather than a title printed as a name.
 */
export const nameOnly = (s: string) => {
  const name = s.split(/[,–(]/u)[0]!.trim();
  return POSITION.test(name) ? '' : name;
};

/** Points as printed: "12,5"; nothing for a missing value. */
export const pts = (v: number | null | undefined): string => (v === null || v === undefined ? '' : formatPoints(v));
/** A difference with its sign: "−2,5", "0", "+1". */
export const signed = (v: number | null): string =>
  v === null ? '' : v > 0 ? `+${formatPoints(v)}` : v < 0 ? `−${formatPoints(-v)}` : '0';

/** "BẢNG TỰ CHẤM ĐIỂM / KẾT QUẢ THẨM ĐỊNH THI ĐUA NĂM 2025" (the PAR index: "… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH …"). */
export const sheetTitle = (c: Cycle) =>
  `Bảng tự chấm điểm / kết quả thẩm định ${c.kind === 'par' ? 'chỉ số cải cách hành chính' : 'thi đua'} năm ${c.year}`;
