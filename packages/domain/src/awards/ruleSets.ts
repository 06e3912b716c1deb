import {
  cite,
  CV_5007_BNV,
  LAW_2022,
  law,
  ND_129_2025,
  ND_152_2025,
  ND_73_2024,
  ND_98_2023,
  TT_01_2024,
  TT_15_2025,
  TT_22_2023_BCT,
  type CriterionCitation,
} from './citations.ts';
import type { BaseSalaryRow, Settings } from './settings.ts';
import {
  AwardsError,
  type Award,
  type BonusFact,
  type Citation,
  type CitationRole,
  type RuleSetId,
  type SubjectKind,
} from './types.ts';

export interface RuleSet {
  id: RuleSetId;
  instrument: string;
  validFrom: string;
  /** Last day in force; null while current. */
  validTo: string | null;
  /** Every instrument a judgement under this rule set may cite (the Law, its decree, their guidance). */
  instruments: readonly string[];
  /** The provisions that moved with the decree: a 2024 judgement cites ND 98, a 2025 one ND 152. */
  citations: Readonly<Record<CitationRole, Citation>>;
}

/** Decrees detailing Law 06/2022; the ladders (Law articles) are shared, the bonus tables differ. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'nd98_2023',
    instrument: ND_98_2023,
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
    instruments: [LAW_2022, ND_98_2023, TT_01_2024, TT_22_2023_BCT, CV_5007_BNV],
    citations: {
      principles: cite(ND_98_2023, 'Điều 4', 'V', 'S17', 'S23'),
      tenure: cite(TT_01_2024, 'Điều 1 khoản 5 điểm d', 'P', 'S5', 'S66'),
      ministry_flag: cite(TT_22_2023_BCT, 'Điều 6', 'P', 'S34', 'S33'),
    },
  },
  {
    id: 'nd152_2025',
    instrument: ND_152_2025,
    validFrom: '2025-07-01',
    validTo: null,
    instruments: [LAW_2022, ND_152_2025, ND_129_2025, TT_15_2025, CV_5007_BNV],
    citations: {
      principles: cite(ND_152_2025, 'Điều 4', 'V', 'S17', 'S22', 'S23'),
      // TT 15/2025 replaced TT 01/2024; whether it keeps the six-month exclusion is not verified (U).
      tenure: cite(TT_15_2025, null, 'U', 'S25'),
      // TT 22/2023/TT-BCT expired on 20/02/2025 with no identified successor: the department's setting
      // rests on the Law's flag article alone (U).
      ministry_flag: law('Điều 26', 'U', 'S34', 'S33'),
    },
  },
];

/** The citation a criterion shows under a rule set: its role filled in by that rule set's instruments. */
export function citationUnder(c: CriterionCitation, rs: RuleSet): Citation {
  return 'role' in c ? rs.citations[c.role] : c;
}

function ruleSetOn(date: string): RuleSet {
  const rs = RULE_SETS.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
  if (!rs) {
    throw new AwardsError(
      'no_rule_set',
      `Chưa có bộ quy tắc cho ngày ${date}: hệ thống chỉ áp dụng Luật Thi đua, khen thưởng 2022 (từ 01/01/2024).`,
    );
  }
  return rs;
}

/**
 * Rule set for a date (`YYYY-MM-DD`) or for a judgement about year Y. For a year, the day is 31/12/Y by
 * default (settings.ruleSetDay), so the straddling year 2025 is judged under ND 152/2025.
 */
export function ruleSetFor(yearOrDate: number | string, settings?: Pick<Settings, 'ruleSetDay'>): RuleSet {
  if (typeof yearOrDate === 'string') return ruleSetOn(yearOrDate);
  const day = (settings?.ruleSetDay ?? 'year_end') === 'year_end' ? '12-31' : '01-01';
  // Judged once per ladder per subject in candidate runs: memoised by day.
  const key = `${yearOrDate}-${day}`;
  let rs = BY_DAY.get(key);
  if (!rs) BY_DAY.set(key, (rs = ruleSetOn(key)));
  return rs;
}
const BY_DAY = new Map<string, RuleSet>();

/** Verified rows of the base salary; unverified ones come from settings. */
export const BASE_SALARIES: readonly BaseSalaryRow[] = [
  { from: '2024-07-01', amount: 2_340_000, instrument: ND_73_2024, confidence: 'V' },
];

/** Base salary in force on a date (ND 98 Art 53: the decision date counts). */
export function baseSalaryOn(date: string, settings: Pick<Settings, 'unverifiedBaseSalaries'>): BaseSalaryRow {
  const rows = [...BASE_SALARIES, ...settings.unverifiedBaseSalaries]
    .filter((r) => r.from <= date)
    .sort((a, b) => (a.from < b.from ? 1 : -1));
  const row = rows[0];
  if (!row) throw new AwardsError('no_base_salary', `Chưa có mức lương cơ sở áp dụng cho ngày ${date}.`);
  return row;
}

export function roundBonus(amount: number, rounding: Settings['bonusRounding']): number {
  const { mode, step } = rounding;
  // Work in whole đồng first so 0.3 × 2,340,000 = 701,999.99… does not round to 710,000 by accident.
  const dong = Math.round(amount);
  if (mode === 'none' || step <= 0) return dong;
  return mode === 'up' ? Math.ceil(dong / step) * step : Math.round(dong / step) * step;
}

export interface BonusResult {
  /** VND, after rounding. */
  amount: number;
  multiple: number;
  baseSalary: number;
  ruleSet: RuleSetId;
  /** Factor applied for a collective or household. */
  factor: number;
  fact: BonusFact;
  /** True when a setting supplied the multiple or factor (P/U fact). */
  fromSettings: boolean;
}

/**
 * Bonus for an award decided on `date` (ISO): multiple (of the decree in force that day) × base salary
 * in force that day × subject factor, rounded by the setting. Null when the reference gives no figure.
 */
export function bonusAmount(
  award: Award,
  date: string,
  settings: Settings,
  subject: SubjectKind = award.subjects[0] ?? 'individual',
): BonusResult | null {
  const rs = ruleSetFor(date);
  const fact = award.bonus[rs.id];
  if (!fact) return null;
  let fromSettings = false;
  let multiple = fact.multiple;
  if (fact.confidence !== 'V') {
    multiple = settings.bonusMultiples[`${rs.id}:${award.code}`] ?? multiple;
    fromSettings = true;
  }
  let factor = 1;
  // Collective titles carry their own multiple; the factors apply to forms given to several subjects.
  if (award.kind === 'commendation_form' && subject === 'collective' && fact.collectiveFactor !== undefined) {
    factor = fact.collectiveFactor === 'setting' ? settings.collectiveFormFactor : fact.collectiveFactor;
    fromSettings ||= fact.collectiveFactor === 'setting';
  }
  if (award.kind === 'commendation_form' && subject === 'household') {
    if (fact.householdFactor === undefined) return null;
    factor = fact.householdFactor;
  }
  const base = baseSalaryOn(date, settings);
  fromSettings ||= base.confidence !== 'V';
  const amount = roundBonus(multiple * factor * base.amount, settings.bonusRounding);
  return { amount, multiple, baseSalary: base.amount, ruleSet: rs.id, factor, fact, fromSettings };
}
