import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A data set's submission per reporting unit and period (docs/statistics.md): the unit's reporter enters and
 * submits, the planning division approves (or returns it with a reason), the leader accepts and the period is
 * locked for that data set and unit; unlocking an accepted period needs a reason. Values are editable only
 * while the submission is `open` (or none exists yet).
 */
export const STAT_SUBMISSION_STATUSES = ['open', 'submitted', 'approved', 'accepted'] as const;
export type StatSubmissionStatus = (typeof STAT_SUBMISSION_STATUSES)[number];
export const STAT_SUBMISSION_ACTIONS = ['submit', 'approve', 'accept', 'return', 'unlock'] as const;
export type StatSubmissionAction = (typeof STAT_SUBMISSION_ACTIONS)[number];

/** `reporter`: a reporter whose subtree holds the unit (or the planning division); `planner`: the planning division; `acceptor`: a leader. */
export type StatSubmissionActor = 'reporter' | 'planner' | 'acceptor';

/** What the submit guards read: the validation run and the completeness of the period's values. */
export interface StatSubmissionContext {
  /** Error-severity rule violations in the current values. */
  errorViolations?: number;
  /** The first rule codes violated, for the refusal's words. */
  errorRules?: readonly string[];
  /** Compulsory cells still empty ("Chỉ tiêu A — Nhà nước"). */
  missingValues?: readonly string[];
}

const noErrors = (_s: StatSubmissionStatus, c: StatSubmissionContext) =>
  c.errorViolations
    ? `Còn ${c.errorViolations} lỗi kiểm tra số liệu (${(c.errorRules ?? []).join(', ')}): sửa trước khi gửi duyệt.`
    : null;
const complete = (_s: StatSubmissionStatus, c: StatSubmissionContext) => {
  const m = c.missingValues ?? [];
  if (!m.length) return null;
  const shown = m.slice(0, 5).join('; ');
  return `Chưa nhập đủ số liệu bắt buộc (${m.length} ô trống: ${shown}${m.length > 5 ? '; …' : ''}).`;
};

export const STAT_SUBMISSION_WORKFLOW: WorkflowDef<
  StatSubmissionStatus,
  StatSubmissionAction,
  StatSubmissionActor,
  StatSubmissionContext
> = {
  entity: 'stat_submission',
  initial: 'open',
  states: {
    open: {
      label: 'Đang nhập',
      labelEn: 'Open for entry',
      next: {
        actor: 'reporter',
        text: 'Đơn vị báo cáo: nhập đủ số liệu, sửa các lỗi kiểm tra rồi gửi duyệt.',
        textEn: 'The reporting unit: enter every value, fix the check errors, then submit.',
      },
    },
    submitted: {
      label: 'Đã gửi, chờ duyệt',
      labelEn: 'Submitted',
      next: {
        actor: 'planner',
        text: 'Phòng Kế hoạch – Tổng hợp: kiểm tra số liệu, duyệt hoặc trả lại đơn vị.',
        textEn: 'The planning division: check the figures, approve or return them.',
      },
    },
    approved: {
      label: 'Đã duyệt, chờ chấp nhận',
      labelEn: 'Approved',
      next: {
        actor: 'acceptor',
        text: 'Lãnh đạo Sở: chấp nhận số liệu (khóa kỳ) hoặc trả lại.',
        textEn: 'The Director: accept the figures (locking the period) or return them.',
      },
    },
    accepted: {
      label: 'Đã chấp nhận (khóa kỳ)',
      labelEn: 'Accepted (locked)',
      // Not terminal (a leader may unlock it), so, like a published procedure, it names who may act: nobody
      // has to, the leader only when a figure must be corrected.
      next: {
        actor: 'acceptor',
        text: 'Số liệu kỳ này đã khóa. Lãnh đạo Sở chỉ mở khóa khi cần sửa số liệu (ghi rõ lý do).',
        textEn: 'The period is locked; a leader unlocks it only when a figure must be corrected, with a reason.',
      },
    },
  },
  actions: {
    submit: {
      from: 'open',
      to: 'submitted',
      by: ['reporter'],
      label: 'Gửi duyệt',
      labelEn: 'Submit',
      guards: [noErrors, complete],
    },
    approve: { from: 'submitted', to: 'approved', by: ['planner'], label: 'Duyệt', labelEn: 'Approve' },
    accept: {
      from: 'approved',
      to: 'accepted',
      by: ['acceptor'],
      label: 'Chấp nhận và khóa kỳ',
      labelEn: 'Accept and lock',
    },
    return: {
      from: ['submitted', 'approved'],
      to: 'open',
      by: ['planner', 'acceptor'],
      label: 'Trả lại đơn vị',
      labelEn: 'Return to the unit',
      reasonRequired: true,
    },
    unlock: {
      from: 'accepted',
      to: 'approved',
      by: ['acceptor'],
      label: 'Mở khóa',
      labelEn: 'Unlock',
      reasonRequired: true,
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi số liệu đang ở trạng thái "${current}".`,
};

export const STAT_SUBMISSION_STATUS_LABELS: Record<StatSubmissionStatus, string> =
  stateLabels(STAT_SUBMISSION_WORKFLOW);
