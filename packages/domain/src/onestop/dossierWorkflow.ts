import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';
import type { DossierResult } from './dossier.ts';

/**
 * A dossier's life at the one-stop desk (reference §3, state machine §3.11), on the platform workflow.
 * Each status carries the national portal's status code (§3.9) for a future connector. The clock starts
 * at acceptance; a supplement request or a financial obligation pauses it; an apology sets a new
 * appointment at most as often as the setting allows (Decree 107/2021: once); the processing finish (9)
 * and the hand-over of the result (10) are kept apart.
 */
export const DOSSIER_STATUSES = [
  'submitted',
  'accepted',
  'refused',
  'in_process',
  'supplement',
  'financial',
  'withdrawn',
  'stopped',
  'finished',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The national public service portal's status codes (§3.9). */
export const DOSSIER_PORTAL_CODES: Record<DossierStatus, number> = {
  submitted: 1,
  accepted: 2,
  refused: 3,
  in_process: 4,
  supplement: 5,
  financial: 6,
  withdrawn: 7,
  stopped: 8,
  finished: 9,
  returned: 10,
};

/** Open: the clock is running or paused; the report counts these as "đang giải quyết". */
export const DOSSIER_OPEN_STATUSES: readonly DossierStatus[] = ['accepted', 'in_process', 'supplement', 'financial'];
/** Paused: the clock stops (§3.5, §4). */
export const DOSSIER_PAUSED_STATUSES: readonly DossierStatus[] = ['supplement', 'financial'];

export const DOSSIER_ACTIONS = [
  'accept',
  'request_completion',
  'refuse',
  'transfer',
  'assign',
  'complete_step',
  'send_leg',
  'record_leg',
  'request_supplement',
  'resume',
  'request_payment',
  'confirm_payment',
  'apologise',
  'finish',
  'return_result',
  'withdraw',
  'stop',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/**
 * `clerk`: the one-stop section (receives, hands over results); `handler`: the officer the dossier's current
 * step is assigned to (cán bộ thụ lý), and no one else; `leader`: the head who assigns and signs.
 */
export type DossierActor = 'clerk' | 'handler' | 'leader';

/** What the guards and the next-step words read. */
export interface DossierStepContext {
  /** Names of the required documents not ticked at receipt. */
  missingDocuments?: readonly string[];
  /** A year the due date needs that the calendar does not have. */
  calendarMissingYear?: number | null;
  apologies?: number;
  apologyLimit?: number;
  /** The current internal step is the last one. */
  lastStep?: boolean;
  /** Inter-agency legs sent and not answered. */
  openLegs?: number;
  result?: DossierResult;
  stepName?: string;
  assigneeName?: string;
  dueAt?: string;
  /** When an accepted dossier must reach the competent division (the transfer cut-off, §3.4). */
  transferDueAt?: string;
  /** An online dossier: transferred at once. */
  transferAtOnce?: boolean;
}

const vnDateTime = (iso?: string) => {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return ` (hạn ${d.slice(11, 16)} ngày ${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)})`;
};

const vnAt = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return { time: d.slice(11, 16), day: `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` };
};
/** When the transfer is due: at once (online), by the cut-off's day, or the rule itself when unknown. */
const transferWhen = (c: DossierStepContext) => {
  if (c.transferAtOnce) return ' ngay (hồ sơ trực tuyến)';
  if (!c.transferDueAt) return ' (hồ sơ giấy trong ngày; nhận sau giờ chốt thì ngày làm việc tiếp theo)';
  const t = vnAt(c.transferDueAt);
  return ` — chuyển trước ${t.time} ngày ${t.day}`;
};
const transferWhenEn = (c: DossierStepContext) => {
  if (c.transferAtOnce) return ' at once (online dossier)';
  if (!c.transferDueAt) return '';
  const t = vnAt(c.transferDueAt);
  return ` by ${t.time} on ${t.day}`;
};

const docsComplete = (_s: DossierStatus, c: DossierStepContext) =>
  c.missingDocuments?.length
    ? `Chưa đủ thành phần hồ sơ: ${c.missingDocuments.join('; ')}. Hướng dẫn bổ sung hoặc từ chối tiếp nhận.`
    : null;
const calendarKnown = (_s: DossierStatus, c: DossierStepContext) =>
  c.calendarMissingYear
    ? `Chưa có lịch làm việc năm ${c.calendarMissingYear}: không tính được ngày hẹn trả. Quản trị viên cần khai báo lịch năm này.`
    : null;
const notLastStep = (_s: DossierStatus, c: DossierStepContext) =>
  c.lastStep ? 'Đây là bước cuối của quy trình: chọn "Hoàn thành giải quyết".' : null;
const lastStep = (_s: DossierStatus, c: DossierStepContext) =>
  c.lastStep === false ? `Còn bước "${c.stepName ?? ''}" chưa xong: chuyển hết các bước của quy trình trước.` : null;
const legsAnswered = (_s: DossierStatus, c: DossierStepContext) =>
  c.openLegs ? `Còn ${c.openLegs} cơ quan phối hợp (liên thông) chưa trả lời.` : null;
const apologyLeft = (_s: DossierStatus, c: DossierStepContext) =>
  c.apologies !== undefined && c.apologyLimit !== undefined && c.apologies >= c.apologyLimit
    ? `Đã hẹn lại ${c.apologies} lần; quy định cho phép tối đa ${c.apologyLimit} lần.`
    : null;

const OPEN: DossierStatus[] = ['accepted', 'in_process', 'supplement', 'financial'];

export const DOSSIER_WORKFLOW: WorkflowDef<DossierStatus, DossierAction, DossierActor, DossierStepContext> = {
  entity: 'dossier',
  initial: 'submitted',
  states: {
    submitted: {
      label: 'Mới đăng ký, chờ tiếp nhận',
      labelEn: 'Submitted, awaiting receipt',
      next: {
        actor: 'clerk',
        text: 'Bộ phận Một cửa: kiểm tra thành phần hồ sơ, tiếp nhận (in giấy hẹn) hoặc hướng dẫn bổ sung, từ chối tiếp nhận.',
        textEn:
          'One-stop section: check the documents, accept (print the appointment slip), ask to complete, or refuse.',
        notify: true,
      },
    },
    accepted: {
      label: 'Đã tiếp nhận',
      labelEn: 'Accepted',
      next: (c) => ({
        actor: 'clerk',
        text: `Bộ phận Một cửa: chuyển hồ sơ đến phòng chuyên môn giải quyết${transferWhen(c)}.`,
        textEn: `One-stop section: transfer the dossier to the competent division${transferWhenEn(c)}.`,
      }),
    },
    refused: {
      label: 'Không được tiếp nhận',
      labelEn: 'Refused at receipt',
      terminal: true,
      next: {
        actor: null,
        text: 'Đã từ chối tiếp nhận, có phiếu nêu rõ lý do.',
        textEn: 'Refused at receipt, with the reasons in writing.',
      },
    },
    in_process: {
      label: 'Đang giải quyết',
      labelEn: 'In process',
      next: (c) => ({
        actor: 'handler',
        text: `${c.assigneeName ? `${c.assigneeName}` : 'Cán bộ thụ lý'}: xử lý bước "${c.stepName ?? 'thẩm định'}"${vnDateTime(c.dueAt)}.`,
        textEn: `${c.assigneeName ?? 'The assigned officer'}: handle the step "${c.stepName ?? 'appraisal'}".`,
        notify: true,
      }),
    },
    supplement: {
      label: 'Yêu cầu bổ sung (tạm dừng tính thời hạn)',
      labelEn: 'Supplement requested (clock paused)',
      next: {
        actor: 'clerk',
        text: 'Chờ tổ chức, cá nhân bổ sung hồ sơ; Bộ phận Một cửa nhận phần bổ sung và tiếp tục giải quyết (thời hạn được tính lại).',
        textEn:
          'Waiting for the applicant to supplement; the one-stop section receives it and resumes (the due date is recomputed).',
        notify: true,
      },
    },
    financial: {
      label: 'Chờ thực hiện nghĩa vụ tài chính',
      labelEn: 'Awaiting payment',
      next: {
        actor: 'clerk',
        text: 'Chờ tổ chức, cá nhân nộp phí, lệ phí; Bộ phận Một cửa xác nhận đã nộp để tiếp tục.',
        textEn: 'Waiting for the fees; the one-stop section confirms payment to continue.',
      },
    },
    withdrawn: {
      label: 'Công dân yêu cầu rút hồ sơ',
      labelEn: 'Withdrawn by the applicant',
      terminal: true,
      next: {
        actor: null,
        text: 'Hồ sơ đã rút theo yêu cầu của người nộp.',
        textEn: 'Withdrawn at the applicant’s request.',
      },
    },
    stopped: {
      label: 'Dừng xử lý',
      labelEn: 'Stopped',
      terminal: true,
      next: {
        actor: null,
        text: 'Đã dừng giải quyết, có thông báo nêu rõ lý do.',
        textEn: 'Stopped, with a written notice.',
      },
    },
    finished: {
      label: 'Đã xử lý xong, chờ trả kết quả',
      labelEn: 'Finished, result ready',
      next: {
        actor: 'clerk',
        text: 'Bộ phận Một cửa: trả kết quả cho tổ chức, cá nhân và mời đánh giá mức độ hài lòng.',
        textEn: 'One-stop section: hand the result over and invite the satisfaction rating.',
        notify: true,
      },
    },
    returned: {
      label: 'Đã trả kết quả',
      labelEn: 'Result handed over',
      terminal: true,
      next: { actor: null, text: 'Đã trả kết quả.', textEn: 'Result handed over.' },
    },
  },
  actions: {
    accept: {
      from: 'submitted',
      to: 'accepted',
      by: ['clerk'],
      label: 'Tiếp nhận hồ sơ',
      labelEn: 'Accept',
      guards: [docsComplete, calendarKnown],
    },
    request_completion: {
      from: 'submitted',
      to: 'submitted',
      by: ['clerk'],
      label: 'Hướng dẫn bổ sung, hoàn thiện',
      labelEn: 'Ask to complete',
      reasonRequired: true,
    },
    refuse: {
      from: 'submitted',
      to: 'refused',
      by: ['clerk'],
      label: 'Từ chối tiếp nhận',
      labelEn: 'Refuse',
      reasonRequired: true,
    },
    transfer: {
      from: 'accepted',
      to: 'in_process',
      by: ['clerk'],
      label: 'Chuyển phòng chuyên môn',
      labelEn: 'Transfer for processing',
    },
    assign: {
      from: 'in_process',
      to: 'in_process',
      by: ['leader'],
      label: 'Phân công cán bộ thụ lý',
      labelEn: 'Assign an officer',
    },
    complete_step: {
      from: 'in_process',
      to: 'in_process',
      by: ['handler'],
      label: 'Chuyển bước tiếp theo',
      labelEn: 'Pass to the next step',
      guards: [notLastStep],
    },
    send_leg: {
      from: 'in_process',
      to: 'in_process',
      by: ['handler'],
      label: 'Gửi lấy ý kiến cơ quan phối hợp',
      labelEn: 'Send to a co-ordinating agency',
    },
    record_leg: {
      from: 'in_process',
      to: 'in_process',
      by: ['handler'],
      label: 'Ghi nhận ý kiến cơ quan phối hợp',
      labelEn: 'Record the agency’s answer',
    },
    request_supplement: {
      from: 'in_process',
      to: 'supplement',
      by: ['handler'],
      label: 'Yêu cầu bổ sung hồ sơ',
      labelEn: 'Request a supplement',
      reasonRequired: true,
    },
    resume: {
      from: 'supplement',
      to: 'in_process',
      by: ['clerk', 'handler'],
      label: 'Đã nhận bổ sung, tiếp tục giải quyết',
      labelEn: 'Supplement received, resume',
    },
    request_payment: {
      from: 'in_process',
      to: 'financial',
      by: ['handler'],
      label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
      labelEn: 'Request payment',
      reasonRequired: true,
    },
    confirm_payment: {
      from: 'financial',
      to: 'in_process',
      by: ['clerk'],
      label: 'Xác nhận đã nộp phí, lệ phí',
      labelEn: 'Confirm payment',
    },
    apologise: {
      from: 'in_process',
      to: 'in_process',
      by: ['handler', 'leader'],
      label: 'Xin lỗi và hẹn lại ngày trả',
      labelEn: 'Apologise and set a new date',
      reasonRequired: true,
      guards: [apologyLeft],
    },
    finish: {
      from: 'in_process',
      to: 'finished',
      by: ['handler', 'leader'],
      label: 'Hoàn thành giải quyết',
      labelEn: 'Finish processing',
      guards: [lastStep, legsAnswered],
    },
    return_result: {
      from: 'finished',
      to: 'returned',
      by: ['clerk'],
      label: 'Trả kết quả',
      labelEn: 'Hand over the result',
    },
    withdraw: {
      from: ['submitted', ...OPEN],
      to: 'withdrawn',
      by: ['clerk'],
      label: 'Rút hồ sơ theo yêu cầu',
      labelEn: 'Withdraw at the applicant’s request',
      reasonRequired: true,
    },
    stop: {
      from: OPEN,
      to: 'stopped',
      by: ['leader'],
      label: 'Dừng giải quyết',
      labelEn: 'Stop processing',
      reasonRequired: true,
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi hồ sơ đang ở trạng thái "${current}".`,
};

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = stateLabels(DOSSIER_WORKFLOW);
