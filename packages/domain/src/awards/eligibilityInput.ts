import type { RuleSet } from './ruleSets.ts';
import type { Settings } from './settings.ts';
import type { Citation, CommendationType, DisciplineForm, Rating, RecognitionLevel, SubjectKind } from './types.ts';

export interface DecisionRef {
  /** e.g. `123/QĐ-SCT`. */
  number: string;
  date?: string;
  signer?: string;
}

/** One title or form held (award history, the source of truth). */
export interface AwardRecord {
  awardCode: string;
  /**
   * Last year of the achievement period stated in the decision; if the decision states none, the year
   * of its issue date (ND 98 Art 30 cl. 9). Annual titles: the year itself.
   */
  year: number;
  /** First year of a multi-year period (e.g. CSTĐ tỉnh over 3 years); defaults to `year`. */
  fromYear?: number;
  decision?: DecisionRef;
  /** Initiatives the award rests on (the one-use rule reads these). */
  initiativeIds?: readonly string[];
  /** Ad-hoc and thematic awards do not count upward (ND 152 Art 4 cl. 2). Default `periodic`. */
  type?: CommendationType;
}

export interface RatingRecord {
  year: number;
  rating: Rating;
}

export interface DisciplinePeriod {
  form: DisciplineForm;
  from: string;
  /** Null while in effect. */
  to: string | null;
  decision?: DecisionRef;
}

export interface InitiativeRecord {
  id: string;
  title: string;
  kind: 'initiative' | 'research_topic' | 'technical_improvement';
  level: RecognitionLevel;
  recognisedOn: string;
  decision?: DecisionRef;
}

/** Disciplinary review, investigation, inspection, complaint or press allegation being verified. */
export interface ReviewFlag {
  kind: 'discipline_review' | 'investigation' | 'inspection' | 'complaint' | 'press_allegation';
  from: string;
  to: string | null;
  note?: string;
  /** How it ended, when recorded; otherwise a discipline decided while it was open is its outcome. */
  outcome?: 'discipline' | 'cleared';
}

/** A member of a collective, with what the collective criteria read. */
export interface MemberRecord {
  id: string;
  name?: string;
  awards: readonly AwardRecord[];
  ratings: readonly RatingRecord[];
  discipline?: readonly DisciplinePeriod[];
}

/**
 * A collective's place in an emulation bloc's (or cluster's) year-end scoring (modules/scorecards): what the
 * flags' criterion "leads its bloc" reads. Only a published ranking counts.
 */
export interface BlocResult {
  year: number;
  blocId: string;
  blocName: string;
  /** Who organises the bloc: `province`, `ministry`, `department` (blocs of divisions). */
  organiser: string;
  rank: number;
  /** How many members were ranked. */
  of: number;
  scorecardId: string;
  published: boolean;
}

export interface EligibilityInput {
  subject: {
    kind: SubjectKind;
    id: string;
    name?: string;
    /** Start of continuous service at the agency (a prior contract there counts). */
    recruitedOn?: string;
    /** Counted as working time (ND 152 Art 4). */
    maternityLeaves?: readonly { from: string; to: string }[];
  };
  awardCode: string;
  /**
   * The achievement year (năm thành tích): the last year of the achievement window. Proposals of early
   * 2026 are for 2025; the five-year windows (Bằng khen Thủ tướng, Huân chương Lao động) end at it.
   */
  year: number;
  awards: readonly AwardRecord[];
  ratings: readonly RatingRecord[];
  initiatives?: readonly InitiativeRecord[];
  discipline?: readonly DisciplinePeriod[];
  reviewFlags?: readonly ReviewFlag[];
  /** Members in year Y, for collective titles. */
  members?: readonly MemberRecord[];
  /** The subject's places in the blocs' scoring cycles (collectives), published or not. */
  blocResults?: readonly BlocResult[];
  /** Facts from outside or human judgements, keyed by criterion key (e.g. a bloc's acclamation minutes). */
  confirmations?: Readonly<Record<string, { met: boolean; by: string }>>;
  /**
   * The consideration date: review flags open that day refuse (ND 152 Art 4 cl. 3). The server passes
   * today by its clock, or a proposal's date; default 01/01 of Y+1.
   */
  asOf?: string;
  /** Default: ruleSetFor(year, settings). */
  ruleSet?: RuleSet;
  settings?: Settings;
}

export interface CriterionResult {
  key: string;
  met: boolean | null;
  /** Vietnamese, for the clerk. */
  detail: string;
  /** Years, decision numbers, initiative titles. */
  evidence: string[];
  citation: Citation;
}

export type Verdict = 'eligible' | 'not_eligible' | 'needs_review';

export interface EligibilityResult {
  verdict: Verdict;
  awardCode: string;
  year: number;
  ruleSet: RuleSet['id'];
  criteria: CriterionResult[];
}
