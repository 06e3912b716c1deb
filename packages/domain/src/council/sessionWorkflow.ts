import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A council session's life: opened by the emulation office with the dossiers
 * awaiting the council, voted in secret by the seated members, closed by the
 * office (quorum checked, each item judged). Opening it hands the turn to every
 * member of the council, who is told.
 */
export const SESSION_STATUSES = ['open', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_ACTIONS = ['close'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];
/** The office runs the session; the council's members vote in it. */
export type SessionActor = 'office' | 'council';

/** What the next-step line reads: the day of the sitting. */
export interface SessionStepContext {
  heldOn?: string;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export const SESSION_WORKFLOW: WorkflowDef<SessionStatus, SessionAction, SessionActor, SessionStepContext> = {
  entity: 'council_session',
  initial: 'open',
  states: {
    open: {
      label: 'Đang họp',
      labelEn: 'In session',
      next: (ctx) => ({
        actor: 'council',
        text: `Thành viên Hội đồng TĐKT: bỏ phiếu kín từng đề nghị${ctx.heldOn ? ` tại phiên họp ngày ${vnDate(ctx.heldOn)}` : ''}; sau đó Phòng Thi đua – Khen thưởng kết thúc phiên họp.`,
        textEn: `Council members: cast a secret ballot on each item${ctx.heldOn ? ` at the session of ${ctx.heldOn}` : ''}; then the emulation office closes the session.`,
        notify: true,
      }),
    },
    closed: {
      label: 'Đã kết thúc',
      labelEn: 'Closed',
      terminal: true,
      next: {
        actor: 'office',
        text: 'Phòng Thi đua – Khen thưởng: lập tờ trình, dự thảo quyết định cho các đề nghị được thông qua và trình Giám đốc ký.',
        textEn:
          "The emulation office: draft the decision for the approved items and submit it for the Director's signature.",
      },
    },
  },
  actions: {
    close: {
      from: 'open',
      to: 'closed',
      by: ['office'],
      label: 'Kết thúc phiên họp',
      labelEn: 'Close the session',
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi phiên họp "${current}".`,
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = stateLabels(SESSION_WORKFLOW);
