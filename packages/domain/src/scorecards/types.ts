/**
 * Scorecards (docs/scorecards.md): a template is a tree of fields → criteria → sub-criteria with maximum points,
 * plus bonus and penalty items with caps; a cycle scores each member on every leaf; the ranking orders members
 * by their final total with a configured tie-break and classifies them by bands (settings).
 */
export const SCORECARD_KINDS = ['bloc', 'par'] as const;
export type ScorecardKind = (typeof SCORECARD_KINDS)[number];
export const SCORECARD_KIND_LABELS: Record<ScorecardKind, string> = {
  bloc: 'Chấm điểm khối thi đua',
  par: 'Chỉ số cải cách hành chính',
};

/** `field` (lĩnh vực) → `criterion` (tiêu chí) → `sub` (tiêu chí thành phần); `bonus`/`penalty` at the top. */
export const SCORECARD_ITEM_KINDS = ['field', 'criterion', 'sub', 'bonus', 'penalty'] as const;
export type ScorecardItemKind = (typeof SCORECARD_ITEM_KINDS)[number];
export const SCORECARD_ITEM_KIND_LABELS: Record<ScorecardItemKind, string> = {
  field: 'Lĩnh vực',
  criterion: 'Tiêu chí',
  sub: 'Tiêu chí thành phần',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

export const SCORING_METHODS = ['manual', 'computed'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/**
 * How a computed item turns its figure into points (capped at the item's maximum):
 * `ratio`: max × min(1, value / target) (the 766 index's "full points from the target");
 * `per_unit`: pointsEach per unit counted;
 * `at_most`: full points when value ≤ limit, else 0 (apology letters, late reports);
 * `bands`: the points of the highest band whose `min` the value reaches.
 */
export type ScoringRule =
  | { rule: 'ratio'; target: number }
  | { rule: 'per_unit'; pointsEach: number }
  | { rule: 'at_most'; limit: number }
  | { rule: 'bands'; bands: { min: number; points: number }[] };

export interface TemplateItem {
  id: string;
  code: string;
  kind: ScorecardItemKind;
  name: string;
  maxPoints: number;
  method: ScoringMethod;
  source: string | null;
  scoring: ScoringRule | null;
  children: TemplateItem[];
}

/** A refusal or warning about a template, naming the item ("1.2 Công khai TTHC: …"). */
export interface TemplateProblem {
  itemId: string | null;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

/** A computed criterion's figure, frozen with the sheet when the member submits. */
export interface SourceFigure {
  source: string;
  /** Vietnamese label of what was counted ("Tỷ lệ hồ sơ giải quyết đúng hạn"). */
  label: string;
  /** Null: "không đủ số liệu" (nothing to count, division by zero). */
  value: number | null;
  /** '%', 'hồ sơ', 'sáng kiến', … */
  unit: string;
  numerator: number | null;
  denominator: number | null;
  /** Inclusive ISO dates of the query period. */
  periodFrom: string;
  periodTo: string;
  /** What was counted, reproducible ("Hồ sơ có ngày trả kết quả trong 2025 của Sở Công Thương: 1.234; đúng hạn 1.200"). */
  detail: string;
  computedAt: string;
}

/** The totals of one sheet. */
export interface SheetTotals {
  /** Fields and their subtrees, each node capped at its maximum. */
  base: number;
  /** Bonus items summed, capped at the template's bonus cap. */
  bonus: number;
  /** Penalty items summed (a positive number), capped at the penalty cap. */
  penalty: number;
  /** base + bonus − penalty, never below 0. */
  total: number;
  /** Points per top-level field, in template order (the radar chart). */
  byField: { itemId: string; code: string; name: string; max: number; points: number | null }[];
  /** Leaves still without points. */
  missing: number;
}

/** Ordered keys that break a tie of final totals; still tied after all of them: the same rank. */
export const TIE_BREAK_KEYS = ['field_order', 'fewer_penalty', 'smaller_reduction', 'higher_self'] as const;
export type TieBreakKey = (typeof TIE_BREAK_KEYS)[number];
export const TIE_BREAK_LABELS: Record<TieBreakKey, string> = {
  field_order: 'Điểm các lĩnh vực theo thứ tự trong bảng điểm',
  fewer_penalty: 'Ít điểm trừ hơn',
  smaller_reduction: 'Bị thẩm định giảm ít điểm hơn',
  higher_self: 'Điểm tự chấm cao hơn',
};

/** Classification by share of the maximum, highest first ("Xuất sắc" from 90 %). */
export interface ClassificationBand {
  minPercent: number;
  label: string;
}

export interface RankInput {
  id: string;
  total: number;
  /** Points per top-level field in template order. */
  fields: number[];
  penalty: number;
  selfTotal: number | null;
}
export interface RankResult {
  id: string;
  rank: number;
  /** Which tie-break decided against the next member, when one did. */
  decidedBy: TieBreakKey | null;
}
