/**
 * The council's secret ballot (reference §4.2): only counts exist, never who
 * voted how. Thresholds and quorum are settings; the defaults are the
 * reference's historical figures, which it marks unverified for ND 152/2025.
 */
export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  abstain: 'Không biểu quyết',
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
   * `false`: agreeing members must reach the threshold ("từ … trở lên", ND 91/2017 Art 45);
   * `true`: they must exceed it ("trên", "quá bán"). The default keeps "at least".
   */
  strict: boolean;
}

/** U: historical figures (ND 91/2017 Art 45: 90% for CSTĐ tỉnh and CSTĐTQ; local practice 80% for Bằng khen, Cờ CP). */
export const DEFAULT_VOTING: VotingSettings = {
  quorum: 2 / 3,
  thresholds: {
    default: 0.5,
    provincial_emulation_fighter: 0.9,
    national_emulation_fighter: 0.9,
    emulation_flag_government: 0.8,
    certificate_of_merit_pm: 0.8,
    certificate_of_merit_provincial: 0.8,
    certificate_of_merit_ministerial: 0.8,
  },
  strict: false,
};

export const thresholdFor = (awardCode: string, s: Pick<VotingSettings, 'thresholds'> = DEFAULT_VOTING) =>
  s.thresholds[awardCode] ?? s.thresholds.default ?? 0.5;

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  /** Members entitled to vote on the item (all members minus the recused). */
  eligible: number;
  threshold: number;
  /** Agree / eligible, in percent with one decimal. */
  share: number;
  approved: boolean;
}

/** Agreeing members an item needs out of `eligible`. */
export function votesNeeded(threshold: number, eligible: number, strict = false): number {
  // Compare integers: 0.9 × 9 members = 8.1 → 9 agree needed; float error must not round 8.1 down.
  return strict ? Math.floor(threshold * eligible + 1e-9) + 1 : Math.ceil(threshold * eligible - 1e-9);
}

/** The result of an item: approved when agreeing members reach the threshold of the members entitled to vote. */
export function tally(
  counts: { agree: number; disagree: number; abstain: number },
  eligible: number,
  threshold: number,
  strict = false,
): Tally {
  const share = eligible > 0 ? Math.round((counts.agree / eligible) * 1000) / 10 : 0;
  const needed = votesNeeded(threshold, eligible, strict);
  return { ...counts, eligible, threshold, share, approved: eligible > 0 && counts.agree >= needed };
}

export function quorumMet(
  present: number,
  members: number,
  s: Pick<VotingSettings, 'quorum'> = DEFAULT_VOTING,
): boolean {
  return members > 0 && present >= Math.ceil(s.quorum * members - 1e-9);
}

/** "Đạt (77,8% tổng số thành viên; ngưỡng 50%)". */
export function tallyText(t: Tally): string {
  const pct = (n: number) => `${String(n).replace('.', ',')}%`;
  return `${t.approved ? 'Đạt' : 'Không đạt'} (${pct(t.share)} số thành viên được biểu quyết; ngưỡng ${pct(Math.round(t.threshold * 1000) / 10)})`;
}
