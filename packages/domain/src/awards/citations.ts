import type { Citation, CitationRole, Confidence } from './types.ts';

/** Instruments cited by the catalog and the ladders. */
export const LAW_2022 = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
export const ND_98_2023 = 'Nghị định 98/2023/NĐ-CP';
export const ND_152_2025 = 'Nghị định 152/2025/NĐ-CP';
export const ND_129_2025 = 'Nghị định 129/2025/NĐ-CP';
export const TT_01_2024 = 'Thông tư 01/2024/TT-BNV';
export const TT_15_2025 = 'Thông tư 15/2025/TT-BNV';
export const TT_22_2023_BCT = 'Thông tư 22/2023/TT-BCT';
export const CV_5007_BNV = 'Công văn 5007/BNV-TĐKT; Công văn 3385/BTĐKT-P.II';
export const ND_73_2024 = 'Nghị định 73/2024/NĐ-CP';

export function cite(
  instrument: string,
  article: string | null,
  confidence: Confidence,
  ...sources: string[]
): Citation {
  return sources.length ? { instrument, article, confidence, sources } : { instrument, article, confidence };
}

export const law = (article: string, confidence: Confidence = 'V', ...sources: string[]): Citation =>
  cite(LAW_2022, article, confidence, ...sources);

/** `Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15 (V)` — for Vietnamese detail lines. */
export function formatCitation(c: Citation): string {
  return `${c.article ? `${c.article} ` : ''}${c.instrument} (${c.confidence})`;
}

/**
 * A criterion's legal basis: a fixed citation (an article of the Law, shared by both decrees), or a role
 * the rule set of the year judged fills in (its decree's principles, its implementing circular).
 */
export type CriterionCitation = Citation | { role: CitationRole };
