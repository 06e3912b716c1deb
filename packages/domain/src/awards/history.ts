import { findAward } from './catalog.ts';
import type { AwardRecord, RatingRecord } from './eligibilityInput.ts';
import { recordText } from './predicateHelpers.ts';
import { ratingRank, type CommendationType } from './types.ts';

export const COMMENDATION_TYPES = ['periodic', 'thematic', 'ad_hoc', 'tenure', 'seniority', 'foreign'] as const;
export const COMMENDATION_TYPE_LABELS: Record<CommendationType, string> = {
  periodic: 'Thường xuyên (theo năm, theo đợt)',
  thematic: 'Theo chuyên đề',
  ad_hoc: 'Đột xuất',
  tenure: 'Quá trình cống hiến',
  seniority: 'Theo niên hạn',
  foreign: 'Đối ngoại',
};

/** Where a record comes from: conferred here, by a higher level, or typed in from old files. */
export const AWARD_ORIGINS = ['here', 'higher', 'imported'] as const;
export type AwardOrigin = (typeof AWARD_ORIGINS)[number];
export const AWARD_ORIGIN_LABELS: Record<AwardOrigin, string> = {
  here: 'Sở khen thưởng',
  higher: 'Cấp trên khen thưởng',
  imported: 'Nhập từ hồ sơ cũ',
};

export const REVIEW_KINDS = [
  'discipline_review',
  'investigation',
  'inspection',
  'complaint',
  'press_allegation',
] as const;
export const PERIOD_CATEGORIES = ['discipline', 'review', 'leave'] as const;
export type PeriodCategory = (typeof PERIOD_CATEGORIES)[number];
export const LEAVE_KINDS = ['maternity'] as const;
export const LEAVE_LABELS = { maternity: 'Nghỉ thai sản' } as const;

export const INITIATIVE_KINDS = ['initiative', 'research_topic', 'technical_improvement'] as const;
export const INITIATIVE_KIND_LABELS = {
  initiative: 'Sáng kiến',
  research_topic: 'Đề tài khoa học',
  technical_improvement: 'Cải tiến kỹ thuật',
} as const;

/** Titles that say the year's work was at least "good". */
const NEEDS_GOOD_RATING = new Set([
  'advanced_worker',
  'grassroots_emulation_fighter',
  'advanced_collective',
  'excellent_collective',
]);

export interface HistoryIssue {
  kind: 'duplicate' | 'contradiction';
  /** Indexes into the records given. */
  records: number[];
  message: string;
}

const overlap = (a: AwardRecord, b: AwardRecord) =>
  (a.fromYear ?? a.year) <= b.year && (b.fromYear ?? b.year) <= a.year;

/**
 * Duplicates (one award twice for overlapping periods, e.g. two LĐTT in one year) and contradictions
 * (an annual title in a year rated below "good"). Reported for a human to resolve, never fixed. A
 * CSTĐCS is chosen among the year's LĐTT (Law Art 23), so holding both in one year is normal.
 */
export function historyIssues(records: readonly AwardRecord[], ratings: readonly RatingRecord[] = []): HistoryIssue[] {
  const out: HistoryIssue[] = [];
  for (let i = 0; i < records.length; i++) {
    const a = records[i]!;
    for (let j = i + 1; j < records.length; j++) {
      const b = records[j]!;
      if (a.awardCode === b.awardCode && overlap(a, b)) {
        out.push({
          kind: 'duplicate',
          records: [i, j],
          message: `Trùng: ${recordText(a)} và ${recordText(b)}`,
        });
      }
    }
    if (NEEDS_GOOD_RATING.has(a.awardCode)) {
      const r = ratings.find((x) => x.year === a.year);
      if (r && ratingRank(r.rating) < ratingRank('good'))
        out.push({
          kind: 'contradiction',
          records: [i],
          message: `Mâu thuẫn: ${recordText(a)} nhưng năm ${a.year} chỉ xếp loại "${r.rating === 'completed' ? 'Hoàn thành nhiệm vụ' : 'Không hoàn thành nhiệm vụ'}"`,
        });
    }
  }
  return out;
}

/** The award's Vietnamese name, or the code itself for codes outside the catalog. */
export function awardName(code: string): string {
  return findAward(code)?.name ?? code;
}
