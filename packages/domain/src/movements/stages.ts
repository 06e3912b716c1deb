import { actionsFor, check, startsFrom, stateLabels, type WorkflowDef } from '../workflow/definition.ts';

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

export const MOVEMENT_ACTIONS = ['launch', 'start', 'interim', 'resume', 'final', 'close'] as const;
export type MovementAction = (typeof MOVEMENT_ACTIONS)[number];

/** Who steers a movement: the emulation office whose grants cover every participating unit. */
export type MovementActor = 'manager';

/** What the next-step line reads: the registration deadline. */
export interface MovementStepContext {
  registrationDeadline?: string | null;
}

const OFFICE_NAME = 'Phòng Thi đua – Khen thưởng';

/*
 * The units are told of a launch by the movement's own notice (with the
 * registration deadline and the link to register), so no state here asks the
 * platform to notify: the next-step lines only say whose turn it is.
 */
export const MOVEMENT_WORKFLOW: WorkflowDef<MovementStatus, MovementAction, MovementActor, MovementStepContext> = {
  entity: 'movement',
  initial: 'draft',
  states: {
    draft: {
      label: 'Đang xây dựng',
      labelEn: 'Being drafted',
      next: {
        actor: 'manager',
        text: `${OFFICE_NAME}: hoàn thiện kế hoạch, chỉ tiêu và phát động phong trào.`,
        textEn: 'The emulation office: complete the plan and targets and launch the movement.',
      },
    },
    launched: {
      label: 'Đã phát động',
      labelEn: 'Launched',
      next: (ctx) => ({
        actor: 'unit',
        text: `Các đơn vị tham gia: đăng ký thi đua${ctx.registrationDeadline ? ` đến hết ngày ${ctx.registrationDeadline.split('-').reverse().join('/')}` : ''}; ${OFFICE_NAME} chuyển sang triển khai.`,
        textEn: `Participating units: register${ctx.registrationDeadline ? ` by ${ctx.registrationDeadline}` : ''}; the emulation office then starts the movement.`,
      }),
    },
    in_progress: {
      label: 'Đang triển khai',
      labelEn: 'In progress',
      next: {
        actor: 'unit',
        text: `Các đơn vị: thực hiện và báo cáo tiến độ theo kỳ; ${OFFICE_NAME} tổ chức sơ kết hoặc tổng kết.`,
        textEn:
          'Units: carry out and report progress each period; the emulation office holds the interim or final review.',
      },
    },
    interim_review: {
      label: 'Sơ kết',
      labelEn: 'Interim review',
      next: {
        actor: 'manager',
        text: `${OFFICE_NAME}: sơ kết, nhân rộng điển hình, rồi tiếp tục triển khai hoặc tổng kết.`,
        textEn:
          'The emulation office: hold the interim review, spread the models, then resume or hold the final review.',
      },
    },
    final_review: {
      label: 'Tổng kết',
      labelEn: 'Final review',
      next: {
        actor: 'manager',
        text: `${OFFICE_NAME}: tổng kết, đề nghị khen thưởng và kết thúc phong trào.`,
        textEn: 'The emulation office: hold the final review, propose awards and close the movement.',
      },
    },
    closed: {
      label: 'Đã kết thúc',
      labelEn: 'Closed',
      terminal: true,
      next: { actor: null, text: 'Phong trào đã kết thúc: không còn bước nào.', textEn: 'The movement is closed.' },
    },
  },
  actions: {
    launch: { from: 'draft', to: 'launched', label: 'Phát động', labelEn: 'Launch', by: ['manager'] },
    start: { from: 'launched', to: 'in_progress', label: 'Triển khai', labelEn: 'Start', by: ['manager'] },
    interim: { from: 'in_progress', to: 'interim_review', label: 'Sơ kết', labelEn: 'Interim review', by: ['manager'] },
    resume: {
      from: 'interim_review',
      to: 'in_progress',
      label: 'Tiếp tục triển khai sau sơ kết',
      labelEn: 'Resume after interim review',
      by: ['manager'],
    },
    final: {
      from: ['in_progress', 'interim_review'],
      to: 'final_review',
      label: 'Tổng kết',
      labelEn: 'Final review',
      by: ['manager'],
    },
    close: {
      from: 'final_review',
      to: 'closed',
      label: 'Kết thúc phong trào',
      labelEn: 'Close the movement',
      by: ['manager'],
    },
  },
  wrongState: (action, current, allowed) =>
    `Không thể "${action}" khi phong trào đang ở giai đoạn "${current}" (chỉ được khi ở giai đoạn ${allowed.map((s) => `"${s}"`).join(' hoặc ')}).`,
};

export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = stateLabels(MOVEMENT_WORKFLOW);

/** Each action's start, end and label, read from the workflow. */
export const MOVEMENT_TRANSITIONS = Object.fromEntries(
  MOVEMENT_ACTIONS.map((a) => [
    a,
    {
      from: startsFrom(MOVEMENT_WORKFLOW, a),
      to: MOVEMENT_WORKFLOW.actions[a].to,
      label: MOVEMENT_WORKFLOW.actions[a].label,
    },
  ]),
) as Record<MovementAction, { from: readonly MovementStatus[]; to: MovementStatus; label: string }>;

export type TransitionCheck = { ok: true; to: MovementStatus } | { ok: false; reason: string };

/** Whether `action` may be taken from `status`, with a Vietnamese reason when not. */
export function checkTransition(status: MovementStatus, action: MovementAction): TransitionCheck {
  const c = check(MOVEMENT_WORKFLOW, status, action, null, {});
  return c.ok ? c : { ok: false, reason: c.reason };
}

/** The actions open from a status, in the order a user meets them. */
export function nextActions(status: MovementStatus): MovementAction[] {
  return actionsFor(MOVEMENT_WORKFLOW, status, null, {});
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
