/**
 * The council's secret ballot (reference §4.2): only counts exist, never who
 * voted how. Quorum, thresholds and their comparisons are settings where the
 * reference is unverified (P/U); the one verified rule (ND 91/2017 Art 45) is
 * in the rule catalog (`votingRules.ts`) and settings may only make it stricter.
 */
import { ruleFor, type Comparison, type VotingRule } from './votingRules.ts';

export * from './votingRules.ts';

export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  abstain: 'Không ý kiến',
};

export const COUNCIL_ROLES = ['chair', 'vice_chair', 'standing', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  standing: 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

export interface VotingSettings {
  /** Members present / all members needed to vote (default 2/3, TT 08/2017, historical). */
  quorum: number;
  /** Share of ALL members who must agree, per award code; `default` for the rest. */
  thresholds: Record<string, number>;
  /**
   * Per award code (`default` for the rest): `at_least` when agreeing members must reach the
   * threshold ("từ … trở lên"), `more_than` when they must exceed it ("trên …", "quá bán").
   */
  comparisons: Record<string, Comparison>;
}

/**
 * U: local practice of the ND 42/2010 era: 80% for Bằng khen and Cờ CP, "từ … trở lên" [S45d]. The
 * reference gives no figure for the other forms: the default is a majority, "trên 50%" (quá bán), so
 * a 2–2 split does not pass. CSTĐ tỉnh and toàn quốc follow the catalog (`CATALOG_VOTING_RULES`).
 */
export const DEFAULT_VOTING: VotingSettings = {
  quorum: 2 / 3,
  thresholds: {
    default: 0.5,
    emulation_flag_government: 0.8,
    certificate_of_merit_pm: 0.8,
    certificate_of_merit_provincial: 0.8,
    certificate_of_merit_ministerial: 0.8,
  },
  comparisons: {
    default: 'more_than',
    emulation_flag_government: 'at_least',
    certificate_of_merit_pm: 'at_least',
    certificate_of_merit_provincial: 'at_least',
    certificate_of_merit_ministerial: 'at_least',
  },
};

/** The threshold an award needs under the settings (the catalog's verified rule as a floor). */
export const thresholdFor = (
  awardCode: string,
  s: Pick<VotingSettings, 'thresholds' | 'comparisons'> = DEFAULT_VOTING,
) => ruleFor(awardCode, s).threshold;

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  /** Members entitled to vote on the item (all members minus the recused). */
  eligible: number;
  threshold: number;
  comparison: Comparison;
  /** Agree / eligible, in percent with one decimal. */
  share: number;
  /** Ballots cast on the item (agree + disagree + abstain). */
  cast: number;
  /**
   * Every member entitled to vote cast a ballot and every ballot agreed: only then is it "nhất trí".
   * (All ballots cast agreeing is necessary, not enough: 3 "for" of 5 members is stated by its counts.)
   */
  unanimous: boolean;
  approved: boolean;
}

/** Agreeing members an item needs out of `eligible`. */
export function votesNeeded(threshold: number, eligible: number, comparison: Comparison = 'at_least'): number {
  // Compare integers: 0.9 × 9 members = 8.1 → 9 agree needed; float error must not round 8.1 down.
  return comparison === 'more_than'
    ? Math.floor(threshold * eligible + 1e-9) + 1
    : Math.ceil(threshold * eligible - 1e-9);
}

/** The result of an item: approved when agreeing members reach (or exceed) the threshold of the members entitled to vote. */
export function tally(
  counts: { agree: number; disagree: number; abstain: number },
  eligible: number,
  rule: Pick<VotingRule, 'threshold' | 'comparison'>,
): Tally {
  const share = eligible > 0 ? Math.round((counts.agree / eligible) * 1000) / 10 : 0;
  const needed = votesNeeded(rule.threshold, eligible, rule.comparison);
  const cast = counts.agree + counts.disagree + counts.abstain;
  return {
    agree: counts.agree,
    disagree: counts.disagree,
    abstain: counts.abstain,
    eligible,
    threshold: rule.threshold,
    comparison: rule.comparison,
    share,
    cast,
    unanimous: eligible > 0 && counts.agree === cast && cast === eligible,
    approved: eligible > 0 && counts.agree >= needed,
  };
}

export function quorumMet(
  present: number,
  members: number,
  s: Pick<VotingSettings, 'quorum'> = DEFAULT_VOTING,
): boolean {
  return members > 0 && present >= Math.ceil(s.quorum * members - 1e-9);
}

/** 0.5 → "50%", 0.778 → "77,8%" (Vietnamese decimal comma). */
export const percentText = (share: number) => `${String(Math.round(share * 1000) / 10).replace('.', ',')}%`;

/** "trên 50%", "từ 90% trở lên". */
export function thresholdText(rule: Pick<VotingRule, 'threshold' | 'comparison'>): string {
  const p = percentText(rule.threshold);
  return rule.comparison === 'more_than' ? `trên ${p}` : `từ ${p} trở lên`;
}

/**
 * The result as the minutes and the session page state it: "nhất trí" only when every member
 * entitled to vote agreed; the counts always. "Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%".
 */
export function tallyText(t: Tally): string {
  const verdict = t.approved ? 'Đạt' : 'Không đạt';
  const unanimity = t.unanimous ? ' — Hội đồng nhất trí' : '';
  return `${verdict}${unanimity}: ${t.agree}/${t.eligible} phiếu đồng ý (${String(t.share).replace('.', ',')}%), ngưỡng: ${thresholdText(t)}`;
}
