/** Shared vocabulary of the award catalog and the eligibility engine (names follow docs/domain/glossary.md). */

import type { AwardAudience } from './audiences.ts';

/** Confidence tag of the domain reference: verified, partly verified, unverified. */
export type Confidence = 'V' | 'P' | 'U';

export type AwardKind = 'emulation_title' | 'commendation_form';
export type SubjectKind = 'individual' | 'collective' | 'household';
export type AwardLevel = 'state' | 'national' | 'ministry_province' | 'grassroots' | 'basic';

/** Who signs the decision. */
export type AuthorityCode =
  | 'president'
  | 'government'
  | 'prime_minister'
  | 'minister'
  | 'provincial_chair'
  | 'na_standing_committee'
  | 'mass_organisation_head'
  | 'military_commander'
  | 'unit_head'
  | 'department_director'
  | 'enterprise_director'
  | 'board_chair'
  | 'district_chair'
  | 'commune_chair';

export const AUTHORITY_LABELS: Record<AuthorityCode, string> = {
  president: 'Chủ tịch nước',
  government: 'Chính phủ',
  prime_minister: 'Thủ tướng Chính phủ',
  minister: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  provincial_chair: 'Chủ tịch UBND tỉnh',
  na_standing_committee: 'Ủy ban Thường vụ Quốc hội',
  mass_organisation_head: 'Người đứng đầu tổ chức chính trị – xã hội Trung ương',
  military_commander: 'Tư lệnh quân khu, quân đoàn, tổng cục; Giám đốc Đại học quốc gia',
  unit_head: 'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ',
  department_director: 'Giám đốc Sở (thủ trưởng cơ quan chuyên môn cấp tỉnh)',
  enterprise_director: 'Giám đốc doanh nghiệp, hợp tác xã',
  board_chair: 'Chủ tịch Hội đồng quản trị, Hội đồng thành viên',
  district_chair: 'Chủ tịch UBND cấp huyện',
  commune_chair: 'Chủ tịch UBND cấp xã',
};

/** Legal basis of a fact, with the reference's confidence in it. */
export interface Citation {
  instrument: string;
  /** Null when the reference does not give the article. */
  article: string | null;
  confidence: Confidence;
  /** Source tags of the reference, e.g. `S17`. */
  sources?: readonly string[];
}

/** A conferring authority, possibly only within a date range (e.g. commune chairs since 01/07/2025). */
export interface Conferrer {
  authority: AuthorityCode;
  validFrom?: string;
  validTo?: string;
}

/**
 * Provisions each rule set states in its own instruments: the decree's principles (no award while under
 * review, discipline breaks the window), the circular's tenure exclusion, the sector's flag requirement.
 */
export type CitationRole = 'principles' | 'tenure' | 'ministry_flag';

/** Legal instruments whose bonus tables and procedures are versioned. */
export type RuleSetId = 'nd98_2023' | 'nd152_2025';

export interface BonusFact {
  /** Multiple of the base salary for an individual (or the collective for collective titles). */
  multiple: number;
  confidence: Confidence;
  citation: Citation;
  /** True when the decree gives a ceiling and each issuer fixes its own amount. */
  ceiling?: boolean;
  /** Factor for a collective receiving this form; `'setting'` when the factor is not verified. */
  collectiveFactor?: number | 'setting';
  /** Factor for a household receiving this form. */
  householdFactor?: number;
}

export type AwardGroup =
  | 'title'
  | 'order'
  | 'medal'
  | 'honorary_title'
  | 'prize'
  | 'commemorative_medal'
  | 'certificate_of_merit'
  | 'commendation_certificate';

export interface Award {
  code: string;
  name: string;
  kind: AwardKind;
  group: AwardGroup;
  /** Subjects it may be given to; forms such as Bằng khen go to several. */
  subjects: readonly SubjectKind[];
  level: AwardLevel;
  /** Class of an order or medal (hạng Nhất = 1). */
  orderClass?: 1 | 2 | 3;
  conferredBy: readonly Conferrer[];
  /** Bonus per rule set; absent when the reference gives no figure. */
  bonus: Partial<Record<RuleSetId, BonusFact>>;
  citation: Citation;
  validFrom: string;
  validTo: string | null;
  /** Confidence in the entry itself (name, existence, authority). */
  confidence: Confidence;
  note?: string;
  /** Set when the award is for others than a civilian agency's staff (armed forces, foreigners…). */
  audience?: AwardAudience;
}

/** Task-completion rating, best first. */
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
};
/** Higher is better. */
export function ratingRank(r: Rating): number {
  return RATINGS.length - RATINGS.indexOf(r);
}

/** Disciplinary forms, mildest first. */
export const DISCIPLINE_FORMS = [
  'reprimand',
  'warning',
  'salary_downgrade',
  'demotion',
  'dismissal',
  'forced_resignation',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DISCIPLINE_LABELS: Record<DisciplineForm, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  salary_downgrade: 'Hạ bậc lương',
  demotion: 'Giáng chức',
  dismissal: 'Cách chức',
  forced_resignation: 'Buộc thôi việc',
};

export const RECOGNITION_LEVELS = ['grassroots', 'provincial', 'national'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];
export const RECOGNITION_LABELS: Record<RecognitionLevel, string> = {
  grassroots: 'cấp cơ sở',
  provincial: 'cấp tỉnh/bộ',
  national: 'toàn quốc',
};

export type CommendationType = 'periodic' | 'thematic' | 'ad_hoc' | 'tenure' | 'seniority' | 'foreign';

/** Bad input the engine refuses rather than guesses about. */
export class AwardsError extends Error {
  constructor(
    readonly code: 'unknown_award' | 'wrong_subject' | 'no_rule_set' | 'no_base_salary',
    message: string,
  ) {
    super(message);
    this.name = 'AwardsError';
  }
}
