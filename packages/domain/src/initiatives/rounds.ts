/**
 * Review rounds of the department's initiative council: the round's life,
 * its phases (what reviewers may do and see) and who may not score what.
 * Visibility is decided here and enforced by the server, never by the client.
 */
import { check, stateLabels, type WorkflowDef } from '../workflow/definition.ts';

export const ROUND_STATUSES = ['setup', 'open', 'closed', 'decided'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The round actions a manager takes by hand; "decide" follows the last recognition. */
export type RoundAction = 'open' | 'close' | 'reopen';
export type RoundWorkflowAction = RoundAction | 'decide';
/** The emulation office and the leaders (the council's chair) run review rounds. */
export type RoundActor = 'manager';

export const ROUND_WORKFLOW: WorkflowDef<RoundStatus, RoundWorkflowAction, RoundActor> = {
  entity: 'initiative_round',
  initial: 'setup',
  states: {
    setup: {
      label: 'Đang chuẩn bị',
      labelEn: 'Being prepared',
      next: {
        actor: 'manager',
        text: 'Phòng Thi đua – Khen thưởng: chọn sáng kiến, người chấm và mở đợt chấm.',
        textEn: 'The office: pick the initiatives and reviewers, then open scoring.',
      },
    },
    open: {
      label: 'Đang chấm',
      labelEn: 'Scoring',
      next: {
        actor: 'reviewer',
        text: 'Thành viên Hội đồng sáng kiến: chấm điểm các sáng kiến được giao; sau đó kết thúc chấm.',
        textEn: 'Reviewers: score the initiatives assigned; then scoring is closed.',
      },
    },
    closed: {
      label: 'Đã kết thúc chấm',
      labelEn: 'Scoring closed',
      next: {
        actor: 'manager',
        text: 'Phòng Thi đua – Khen thưởng: công nhận hoặc không công nhận từng sáng kiến theo kết quả chấm.',
        textEn: 'The office: recognise or refuse each initiative on the scores.',
      },
    },
    decided: {
      label: 'Đã công nhận',
      labelEn: 'Decided',
      terminal: true,
      next: { actor: null, text: 'Đợt xét đã xong: không còn bước nào.', textEn: 'The round is decided.' },
    },
  },
  actions: {
    open: { from: 'setup', to: 'open', label: 'Mở đợt chấm', labelEn: 'Open scoring', by: ['manager'] },
    close: { from: 'open', to: 'closed', label: 'Kết thúc chấm', labelEn: 'Close scoring', by: ['manager'] },
    reopen: { from: 'closed', to: 'open', label: 'Mở lại đợt chấm', labelEn: 'Reopen scoring', by: ['manager'] },
    decide: {
      from: 'closed',
      to: 'decided',
      label: 'Công nhận xong',
      labelEn: 'All decided',
      by: ['manager'],
    },
  },
  wrongState: (action, current) => `Không thể "${action.toLowerCase()}" khi đợt đang ở trạng thái "${current}"`,
};
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = stateLabels(ROUND_WORKFLOW);

export const INITIATIVE_STATUSES = ['submitted', 'in_review', 'recognised', 'not_recognised'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const INITIATIVE_ACTIONS = [
  'enter_review',
  'leave_review',
  'recognise',
  'refuse',
  'record_recognition',
] as const;
export type InitiativeAction = (typeof INITIATIVE_ACTIONS)[number];
/** Round managers move initiatives through review; whoever may edit the record enters a past recognition. */
export type InitiativeActor = 'manager' | 'editor';

export const INITIATIVE_WORKFLOW: WorkflowDef<InitiativeStatus, InitiativeAction, InitiativeActor> = {
  entity: 'initiative',
  initial: 'submitted',
  states: {
    submitted: {
      label: 'Đã nộp',
      labelEn: 'Submitted',
      next: {
        actor: 'manager',
        text: 'Phòng Thi đua – Khen thưởng: đưa sáng kiến vào một đợt xét.',
        textEn: 'The office: put the initiative into a review round.',
      },
    },
    in_review: {
      label: 'Đang xét',
      labelEn: 'Under review',
      next: {
        actor: 'manager',
        text: 'Hội đồng sáng kiến chấm điểm; Phòng Thi đua – Khen thưởng công nhận theo kết quả.',
        textEn: 'The initiative council scores it; the office decides on the scores.',
      },
    },
    recognised: {
      label: 'Đã công nhận',
      labelEn: 'Recognised',
      terminal: true,
      next: { actor: null, text: 'Sáng kiến đã được công nhận.', textEn: 'The initiative is recognised.' },
    },
    not_recognised: {
      label: 'Không công nhận',
      labelEn: 'Not recognised',
      next: {
        actor: 'manager',
        text: 'Có thể đưa sáng kiến vào một đợt xét sau.',
        textEn: 'The initiative may enter a later round.',
      },
    },
  },
  actions: {
    enter_review: {
      from: ['submitted', 'not_recognised'],
      to: 'in_review',
      label: 'Đưa vào đợt xét',
      labelEn: 'Put into a review round',
      by: ['manager'],
    },
    leave_review: {
      from: 'in_review',
      to: 'submitted',
      label: 'Rút khỏi đợt xét',
      labelEn: 'Take out of the review round',
      by: ['manager'],
    },
    recognise: { from: 'in_review', to: 'recognised', label: 'Công nhận', labelEn: 'Recognise', by: ['manager'] },
    refuse: {
      from: 'in_review',
      to: 'not_recognised',
      label: 'Không công nhận',
      labelEn: 'Do not recognise',
      by: ['manager'],
    },
    record_recognition: {
      from: ['submitted', 'not_recognised'],
      to: 'recognised',
      label: 'Ghi nhận quyết định công nhận đã có',
      labelEn: 'Record an earlier recognition',
      by: ['editor', 'manager'],
    },
  },
  wrongState: (action, current) => `Không thể "${action.toLowerCase()}" khi sáng kiến đang ở trạng thái "${current}"`,
};
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = stateLabels(INITIATIVE_WORKFLOW);

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

/** The status an action leads to, or a Vietnamese refusal naming the current status. */
export function roundMove(status: RoundStatus, action: RoundAction): { to: RoundStatus } | { error: string } {
  const c = check(ROUND_WORKFLOW, status, action, null, {});
  return c.ok ? { to: c.to } : { error: c.reason };
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
