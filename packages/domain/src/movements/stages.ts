/**
 * An emulation movement's life (reference §1.1: set objectives → launch →
 * inspect → spread models → interim and final review → award). The status is
 * the last of an append-only list of transitions; this table says which
 * transitions exist and what each stage lets users do.
 */
export const MOVEMENT_STATUSES = [
  'draft',
  'launched',
  'in_progress',
  'interim_review',
  'final_review',
  'closed',
] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  draft: 'Đang xây dựng',
  launched: 'Đã phát động',
  in_progress: 'Đang triển khai',
  interim_review: 'Sơ kết',
  final_review: 'Tổng kết',
  closed: 'Đã kết thúc',
};

export const MOVEMENT_ACTIONS = ['launch', 'start', 'interim', 'resume', 'final', 'close'] as const;
export type MovementAction = (typeof MOVEMENT_ACTIONS)[number];

interface TransitionRule {
  from: readonly MovementStatus[];
  to: MovementStatus;
  label: string;
}

export const MOVEMENT_TRANSITIONS: Record<MovementAction, TransitionRule> = {
  launch: { from: ['draft'], to: 'launched', label: 'Phát động' },
  start: { from: ['launched'], to: 'in_progress', label: 'Triển khai' },
  interim: { from: ['in_progress'], to: 'interim_review', label: 'Sơ kết' },
  resume: { from: ['interim_review'], to: 'in_progress', label: 'Tiếp tục triển khai sau sơ kết' },
  final: { from: ['in_progress', 'interim_review'], to: 'final_review', label: 'Tổng kết' },
  close: { from: ['final_review'], to: 'closed', label: 'Kết thúc phong trào' },
};

export type TransitionCheck = { ok: true; to: MovementStatus } | { ok: false; reason: string };

/** Whether `action` may be taken from `status`, with a Vietnamese reason when not. */
export function checkTransition(status: MovementStatus, action: MovementAction): TransitionCheck {
  const rule = MOVEMENT_TRANSITIONS[action];
  if (rule.from.includes(status)) return { ok: true, to: rule.to };
  const allowed = rule.from.map((s) => `"${MOVEMENT_STATUS_LABELS[s]}"`).join(' hoặc ');
  return {
    ok: false,
    reason: `Không thể "${rule.label}" khi phong trào đang ở giai đoạn "${MOVEMENT_STATUS_LABELS[status]}" (chỉ được khi ở giai đoạn ${allowed}).`,
  };
}

/** The actions open from a status, in the order a user meets them. */
export function nextActions(status: MovementStatus): MovementAction[] {
  return MOVEMENT_ACTIONS.filter((a) => MOVEMENT_TRANSITIONS[a].from.includes(status));
}

/** What each stage allows; the server enforces it and the web hides what it refuses. */
export function stageAllows(status: MovementStatus): {
  edit: boolean;
  register: boolean;
  report: boolean;
  exemplars: boolean;
} {
  const open = status !== 'draft' && status !== 'closed';
  return {
    edit: status !== 'closed',
    register: status === 'launched' || status === 'in_progress' || status === 'interim_review',
    report: open,
    exemplars: open,
  };
}

/** Why a stage refuses a kind of write, for the error a clerk reads. */
export function stageRefusal(status: MovementStatus, what: 'register' | 'report' | 'exemplars' | 'edit'): string {
  const stage = MOVEMENT_STATUS_LABELS[status];
  if (status === 'closed') return `Phong trào đã kết thúc: không thể ${VERBS[what]} nữa.`;
  if (status === 'draft') return `Phong trào chưa được phát động: chưa thể ${VERBS[what]}.`;
  return `Phong trào đang ở giai đoạn "${stage}": không thể ${VERBS[what]}.`;
}

const VERBS = {
  register: 'đăng ký thi đua',
  report: 'báo cáo tiến độ',
  exemplars: 'ghi nhận điển hình',
  edit: 'sửa phong trào',
} as const;
