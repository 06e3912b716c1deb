import type { Citation } from '../awards/types.ts';

/**
 * Whether a vote share must reach its threshold ("từ 90% trở lên", ≥) or exceed it ("trên 50%",
 * "quá bán", >). Part of each award's voting rule, never a single switch for every award.
 */
export const COMPARISONS = ['at_least', 'more_than'] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABELS: Record<Comparison, string> = {
  at_least: 'Từ … trở lên (≥)',
  more_than: 'Trên … (>)',
};

export interface VotingRule {
  /** Share of the members entitled to vote who must agree. */
  threshold: number;
  comparison: Comparison;
  /** Where the rule comes from: the catalog's verified rule, or the department's setting. */
  origin: 'catalog' | 'setting';
  citation: Citation | null;
}

/**
 * V (historical): ND 91/2017/NĐ-CP Art 45 cl. 8: for Chiến sĩ thi đua bộ, ngành, tỉnh and Chiến sĩ
 * thi đua toàn quốc the council votes by secret ballot and a candidate needs "từ 90% trở lên" of the
 * council's total membership [S41]. The current decree's figure is not verified, so a department
 * may set a stricter rule (a higher share, or "trên") but never a laxer one.
 */
const ND91_ART45: Citation = {
  instrument: 'Nghị định 91/2017/NĐ-CP',
  article: 'Điều 45 khoản 8 (lịch sử)',
  confidence: 'V',
  sources: ['S41'],
};
export const CATALOG_VOTING_RULES: Readonly<Record<string, Omit<VotingRule, 'origin'>>> = {
  provincial_emulation_fighter: { threshold: 0.9, comparison: 'at_least', citation: ND91_ART45 },
  national_emulation_fighter: { threshold: 0.9, comparison: 'at_least', citation: ND91_ART45 },
};

const stricterComparison = (a: Comparison, b: Comparison): Comparison =>
  a === 'more_than' || b === 'more_than' ? 'more_than' : 'at_least';

/**
 * The rule an item is judged by: the setting for its award (else the setting's default), never
 * laxer than the catalog's verified rule for that award.
 */
export function ruleFor(
  awardCode: string,
  s: { thresholds: Record<string, number>; comparisons: Record<string, Comparison> },
): VotingRule {
  const fixed = CATALOG_VOTING_RULES[awardCode];
  const own = awardCode in s.thresholds || awardCode in s.comparisons;
  const threshold = s.thresholds[awardCode] ?? s.thresholds.default ?? 0.5;
  const comparison = s.comparisons[awardCode] ?? s.comparisons.default ?? 'more_than';
  if (!fixed) return { threshold, comparison, origin: 'setting', citation: null };
  if (!own) return { ...fixed, origin: 'catalog' };
  const rule = {
    threshold: Math.max(threshold, fixed.threshold),
    comparison: stricterComparison(comparison, fixed.comparison),
  };
  const stricter = rule.threshold > fixed.threshold || rule.comparison !== fixed.comparison;
  return { ...rule, origin: stricter ? 'setting' : 'catalog', citation: fixed.citation };
}

/** Why a setting would make a verified rule laxer, in Vietnamese; null when it does not. */
export function laxerThanCatalog(awardCode: string, threshold?: number, comparison?: Comparison): string | null {
  const fixed = CATALOG_VOTING_RULES[awardCode];
  if (!fixed) return null;
  const cite = `${fixed.citation?.instrument ?? ''} ${fixed.citation?.article ?? ''}`.trim();
  if (threshold !== undefined && threshold < fixed.threshold - 1e-9)
    return `không được thấp hơn ${Math.round(fixed.threshold * 100)}% (${cite})`;
  if (comparison === 'at_least' && fixed.comparison === 'more_than') return `phải là "trên" (${cite})`;
  return null;
}
