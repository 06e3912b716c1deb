import { cite, CV_5007_BNV, law, type CriterionCitation } from './citations.ts';
import type { Criterion } from './predicates.ts';
import type { Settings } from './settings.ts';
import type { SubjectKind } from './types.ts';

/**
 * The ladders of Law 06/2022 (reference §1.3, §1.4, §2.3), as data. Both decrees detail the same Law,
 * so both rule sets read these; P/U values come from settings.
 *
 * Qualities the unit's own peer-review meeting attests in its minutes (unity, active participation,
 * self-reliance) are not criteria here: the engine proposes candidates for that meeting. Comparative or
 * quality judgements reserved to a higher council ("outstanding", "effective and replicable") and facts
 * from outside (bloc acclamation) are criteria with met = null.
 */
export interface Ladder {
  awardCode: string;
  subject: SubjectKind;
  /** Route of the article, e.g. `điểm d khoản 1 Điều 74`. */
  route?: string;
  criteria: readonly Criterion[];
}

/** Building blocks shared by the ladders. */
export const LAO_DONG = ['advanced_worker', 'grassroots_emulation_fighter'] as const;
export const BK_PROVINCE_OR_MINISTRY = ['certificate_of_merit_provincial', 'certificate_of_merit_ministerial'] as const;
/** Decree Art 4 principles, cited from the decree in force for the year judged (ND 98 or ND 152). */
export const PRINCIPLES: CriterionCitation = { role: 'principles' };
export const ONE_USE = cite(CV_5007_BNV, null, 'V', 'S32');

export function common(s: Settings, years: number): Criterion[] {
  return [
    {
      key: 'no_discipline',
      citation: PRINCIPLES,
      test: { p: 'no_discipline', scope: 'self', from: s.individualDisciplineFrom, years },
    },
    { key: 'not_under_review', citation: PRINCIPLES, test: { p: 'not_under_review' } },
  ];
}

export function advancedWorker(s: Settings): Criterion[] {
  return [
    { key: 'rating', citation: law('Điều 24 khoản 1 điểm a', 'V', 'S5'), test: { p: 'rating', min: 'good', years: 1 } },
    {
      key: 'tenure',
      citation: { role: 'tenure' },
      test: { p: 'tenure', months: s.minTenureMonths },
    },
  ];
}

export function collectiveCommon(): Criterion[] {
  return [
    {
      key: 'members_no_discipline',
      citation: law('Điều 27, 28', 'V', 'S37'),
      test: { p: 'no_discipline', scope: 'members', from: 'warning', years: 1 },
    },
    { key: 'not_under_review', citation: PRINCIPLES, test: { p: 'not_under_review' } },
  ];
}

/** The collective's own rating a flag presupposes (setting `flagNeedsExcellentRating`). */
export function flagRating(s: Settings, article: string): Criterion[] {
  return s.flagNeedsExcellentRating
    ? [{ key: 'rating', citation: law(article, 'P', 'S6', 'S34'), test: { p: 'rating', min: 'excellent', years: 1 } }]
    : [];
}

/** The flag of `organiser` (the province's or the ministry's): its own blocs' published rankings answer. */
export function bloc(key: string, article: string, organiser: 'province' | 'ministry'): Criterion[] {
  return [
    {
      key: 'bloc_leader',
      citation: law(article, 'V', 'S6', 'S34'),
      test: {
        p: 'leads_bloc',
        organisers: [organiser],
        text: `Dẫn đầu khối/cụm thi đua, được khối suy tôn (biên bản và kết quả bỏ phiếu của khối)`,
      },
    },
    {
      key: `${key}_exceeds_targets`,
      citation: law(article, 'P', 'S34'),
      test: { p: 'judgement', text: 'Hoàn thành vượt mức chỉ tiêu, có mô hình mới để nhân rộng' },
    },
    { key: 'not_under_review', citation: PRINCIPLES, test: { p: 'not_under_review' } },
  ];
}
