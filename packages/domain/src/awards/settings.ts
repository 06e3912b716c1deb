import { AWARD_CATALOG } from './catalog.ts';
import type { Confidence, DisciplineForm, RuleSetId } from './types.ts';

/** A dated base salary (mức lương cơ sở), VND per month. */
export interface BaseSalaryRow {
  from: string;
  amount: number;
  instrument: string;
  confidence: Confidence;
}

/**
 * Every fact the reference tags P or U, as an editable setting whose default is the reference's value.
 * V facts are rules in the catalog and ladders, not here.
 */
export interface Settings {
  /**
   * Which day of year Y picks the rule set for a judgement about Y. Default `year_end`: the year's
   * achievement is judged once the year is over, so 2025 (straddling 01/07/2025) uses ND 152/2025.
   */
  ruleSetDay: 'year_end' | 'year_start';
  /** ND 98 Art 53: round the bonus up to 10,000 VND (retention in ND 152: U). */
  bonusRounding: { mode: 'up' | 'nearest' | 'none'; step: number };
  /** Base-salary rows the reference does not verify (the 01/07/2026 rise is only a proposal). */
  unverifiedBaseSalaries: BaseSalaryRow[];
  /** Bonus multiples tagged P/U, keyed `ruleSet:awardCode`; defaults are the reference's figures. */
  bonusMultiples: Record<string, number>;
  /** Bằng khen / Giấy khen for a collective: × individual amount (P: ND 91/98 practice). */
  collectiveFormFactor: number;
  /** LĐTT exclusion: recruited fewer than N months (TT 01/2024, replaced by TT 15/2025; retention U). */
  minTenureMonths: number;
  /** TT LĐTT: share of members holding LĐTT (P: ">50%" pre-2024 wording; education uses ≥70%). */
  advancedCollectiveShare: { min: number; strict: boolean };
  /** TT LĐXS: ≥70% LĐTT, 100% complete tasks, at least one CSTĐCS (P: 2003/2013 wording). */
  excellentCollectiveShare: number;
  excellentCollectiveMinFighters: number;
  /** Bằng khen tỉnh for a collective: years of excellent completion (P). */
  collectiveProvincialMeritYears: number;
  /**
   * Mildest discipline that breaks an individual's window. Principle 3 counts achievements only from
   * the end of any disciplinary period, so the default is `reprimand` (khiển trách); an interpretation.
   */
  individualDisciplineFrom: DisciplineForm;
  /** MoIT's flag also needs TT LĐXS that year (TT 22/2023 Art 6, expired 20/02/2025: P). */
  ministryFlagNeedsExcellentCollective: boolean;
  /**
   * A flag goes to a bloc leader that "exceeded its targets" (Law Arts 25–26): read as a rating of
   * "hoàn thành xuất sắc nhiệm vụ" that year, so flag candidates are not every collective (P).
   */
  flagNeedsExcellentRating: boolean;
}

function unverifiedBonusDefaults(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const award of AWARD_CATALOG) {
    for (const [rs, fact] of Object.entries(award.bonus)) {
      if (fact && fact.confidence !== 'V') out[`${rs as RuleSetId}:${award.code}`] = fact.multiple;
    }
  }
  return out;
}

const DEFAULTS: Settings = {
  ruleSetDay: 'year_end',
  bonusRounding: { mode: 'up', step: 10_000 },
  unverifiedBaseSalaries: [
    // Not in the reference; the figure in force when ND 98 took effect (from general knowledge).
    { from: '2023-07-01', amount: 1_800_000, instrument: 'Nghị định 24/2023/NĐ-CP', confidence: 'U' },
    // Announced as a proposal in March 2026 (S49b); remove it if no decree follows.
    {
      from: '2026-07-01',
      amount: 2_530_000,
      instrument: 'Đề xuất tăng lương cơ sở 8% (chưa có nghị định)',
      confidence: 'U',
    },
  ],
  bonusMultiples: unverifiedBonusDefaults(),
  collectiveFormFactor: 2,
  minTenureMonths: 6,
  advancedCollectiveShare: { min: 0.5, strict: true },
  excellentCollectiveShare: 0.7,
  excellentCollectiveMinFighters: 1,
  collectiveProvincialMeritYears: 2,
  individualDisciplineFrom: 'reprimand',
  ministryFlagNeedsExcellentCollective: true,
  flagNeedsExcellentRating: true,
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(DEFAULTS);

/** Defaults overlaid with the department's choices. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
