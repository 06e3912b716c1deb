/**
 * Review rounds of the department's initiative council: the round's life,
 * its phases (what reviewers may do and see) and who may not score what.
 * Visibility is decided here and enforced by the server, never by the client.
 */
export const ROUND_STATUSES = ['setup', 'open', 'closed', 'decided'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  setup: 'Đang chuẩn bị',
  open: 'Đang chấm',
  closed: 'Đã kết thúc chấm',
  decided: 'Đã công nhận',
};

export const INITIATIVE_STATUSES = ['submitted', 'in_review', 'recognised', 'not_recognised'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  submitted: 'Đã nộp',
  in_review: 'Đang xét',
  recognised: 'Đã công nhận',
  not_recognised: 'Không công nhận',
};

export const ESCALATION_STATUSES = ['proposed', 'recognised', 'not_recognised'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const ESCALATION_LABELS: Record<EscalationStatus, string> = {
  proposed: 'Đã đề nghị Hội đồng cấp tỉnh',
  recognised: 'Được công nhận phạm vi ảnh hưởng cấp tỉnh',
  not_recognised: 'Không được công nhận cấp tỉnh',
};

export interface RoundPhase {
  key: string;
  label: string;
  /** Reviewers may save score sheets. */
  canScore: boolean;
  /** Reviewers see the other reviewers' scores (without their names). */
  seeOthers: boolean;
  /** Reviewers see the authors and their unit; off means anonymous review. */
  seeAuthors: boolean;
}

/** Independent, anonymous scoring first; then a discussion with names and scores shown. */
export const DEFAULT_PHASES: readonly RoundPhase[] = [
  { key: 'independent', label: 'Chấm độc lập (ẩn danh)', canScore: true, seeOthers: false, seeAuthors: false },
  { key: 'discussion', label: 'Thảo luận, chấm lại', canScore: true, seeOthers: true, seeAuthors: true },
];

export type RoundAction = 'open' | 'close' | 'reopen';
const MOVES: Record<RoundAction, { from: readonly RoundStatus[]; to: RoundStatus; label: string }> = {
  open: { from: ['setup'], to: 'open', label: 'Mở đợt chấm' },
  close: { from: ['open'], to: 'closed', label: 'Kết thúc chấm' },
  reopen: { from: ['closed'], to: 'open', label: 'Mở lại đợt chấm' },
};

/** The status an action leads to, or a Vietnamese refusal naming the current status. */
export function roundMove(status: RoundStatus, action: RoundAction): { to: RoundStatus } | { error: string } {
  const m = MOVES[action];
  if (!m.from.includes(status))
    return { error: `Không thể "${m.label.toLowerCase()}" khi đợt đang ở trạng thái "${ROUND_STATUS_LABELS[status]}"` };
  return { to: m.to };
}

/** Why a reviewer may not save a score sheet now, or null when he may. */
export function scoringRefusal(
  round: { status: RoundStatus; opensOn: string; closesOn: string },
  phase: RoundPhase | undefined,
  today: string,
): string | null {
  if (round.status === 'setup') return 'Đợt chấm chưa mở';
  if (round.status !== 'open') return 'Đợt chấm đã kết thúc, không thể chấm thêm';
  if (today < round.opensOn) return `Đợt chấm mở từ ngày ${round.opensOn.split('-').reverse().join('/')}`;
  if (today > round.closesOn) return 'Đợt chấm đã hết hạn, không thể chấm thêm';
  if (!phase?.canScore) return `Giai đoạn "${phase?.label ?? ''}" không cho phép chấm điểm`;
  return null;
}

export type RecusalCause = 'author' | 'same_unit';

/**
 * A reviewer does not score his own initiative nor one of his unit (the unit
 * itself or below it): as the person he is, as the unit he is seated for, or
 * through any account of his whose role is held in that unit. A seat or a
 * grant at the department's root does not recuse him from everything.
 */
export function autoRecusal(
  reviewer: { personId: string | null; orgIds: readonly string[] },
  initiative: { authorIds: readonly string[]; orgIds: readonly string[] },
  isWithin: (orgId: string, ancestorId: string) => boolean,
  isRoot: (orgId: string) => boolean,
): RecusalCause | null {
  if (reviewer.personId && initiative.authorIds.includes(reviewer.personId)) return 'author';
  for (const own of reviewer.orgIds)
    if (!isRoot(own) && initiative.orgIds.some((o) => isWithin(o, own))) return 'same_unit';
  return null;
}

export const RECUSAL_LABELS: Record<RecusalCause, string> = {
  author: 'Là tác giả của sáng kiến',
  same_unit: 'Cùng đơn vị với tác giả',
};
/** Shown to the reviewer himself while authors are hidden: the cause would reveal the unit. */
export const ANONYMOUS_RECUSAL = 'Tự động miễn chấm do xung đột lợi ích';
