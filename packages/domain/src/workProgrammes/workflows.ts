import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A work programme (docs/work-programmes.md): the office drafts it (its tasks, or tasks taken from the year's
 * programme), the Director's decision issues it; once issued every change of its tasks is an amendment with a
 * reason, kept in the task's history; at the period's end the office closes it and nothing changes any more.
 */
export const PROGRAMME_STATUSES = ['draft', 'issued', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_ACTIONS = ['issue', 'close', 'reopen'] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];
export type ProgrammeActor = 'office';

export interface ProgrammeContext {
  /** The programme has no task (nothing to issue). */
  empty?: boolean;
  /** The decision's number, date or signer is missing (codes of the fields). */
  missingDecision?: readonly string[];
}

const hasTasks = (_s: ProgrammeStatus, c: ProgrammeContext) =>
  c.empty ? 'Chương trình chưa có nhiệm vụ nào; thêm nhiệm vụ trước khi ban hành.' : null;
const decided = (_s: ProgrammeStatus, c: ProgrammeContext) =>
  c.missingDecision?.length
    ? `Nhập số, ngày và người ký quyết định ban hành (còn thiếu: ${c.missingDecision.join(', ')}).`
    : null;

export const PROGRAMME_WORKFLOW: WorkflowDef<ProgrammeStatus, ProgrammeAction, ProgrammeActor, ProgrammeContext> = {
  entity: 'work_programme',
  initial: 'draft',
  states: {
    draft: {
      label: 'Dự thảo',
      labelEn: 'Draft',
      next: {
        actor: 'office',
        text: 'Văn phòng: lập danh mục nhiệm vụ, trình Giám đốc ký quyết định rồi ghi số, ngày quyết định để ban hành.',
        textEn: 'The office lists the tasks, has the decision signed, then records it to issue the programme.',
      },
    },
    issued: {
      label: 'Đã ban hành',
      labelEn: 'Issued',
      next: {
        actor: 'unit',
        text: 'Các đơn vị chủ trì thực hiện nhiệm vụ và báo cáo tiến độ hằng tháng; Văn phòng theo dõi, điều chỉnh khi cần (ghi lý do).',
        textEn: 'Units carry out their tasks and report monthly; the office follows up and amends with a reason.',
      },
    },
    closed: {
      label: 'Đã kết thúc',
      labelEn: 'Closed',
      terminal: true,
      next: {
        actor: null,
        text: 'Chương trình đã kết thúc; kết quả thực hiện được dùng cho đánh giá, xếp loại và bình xét thi đua.',
        textEn: 'Closed; its results feed the ratings and the emulation review.',
      },
    },
  },
  actions: {
    issue: {
      from: 'draft',
      to: 'issued',
      by: ['office'],
      label: 'Ban hành',
      labelEn: 'Issue',
      guards: [hasTasks, decided],
    },
    close: {
      from: 'issued',
      to: 'closed',
      by: ['office'],
      label: 'Kết thúc chương trình',
      labelEn: 'Close',
    },
    reopen: {
      from: 'issued',
      to: 'draft',
      by: ['office'],
      label: 'Thu hồi về dự thảo',
      labelEn: 'Withdraw to draft',
      reasonRequired: true,
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi chương trình đang ở trạng thái "${current}".`,
};
export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = stateLabels(PROGRAMME_WORKFLOW);

/**
 * A task (docs/work-programmes.md): assigned to its unit in charge; the unit reports progress monthly (the first
 * report starts it), asks for a new deadline with a reason (a leader approves: extended, or refuses: back in
 * progress), and completes it with the product. The clock marks a task overdue when its deadline passes
 * unfinished. The office drops a task (an amendment, with the reason).
 */
export const TASK_STATUSES = [
  'assigned',
  'in_progress',
  'extension_requested',
  'extended',
  'overdue',
  'done',
  'dropped',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_ACTIONS = [
  'start',
  'request_extension',
  'approve_extension',
  'refuse_extension',
  'mark_overdue',
  'complete',
  'drop',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
/** `unit`: the officer of the unit in charge (or the office for it); `leader`: decides extensions; `system`: the clock. */
export type TaskActor = 'unit' | 'leader' | 'office' | 'system';

export interface TaskContext {
  /** The programme the task belongs to is not issued yet (a draft) or is closed. */
  programmeNotIssued?: boolean;
  /** Completing without the product (no file and no description of it). */
  productMissing?: boolean;
  /** The requested deadline is missing or not after the current one. */
  badRequestedDeadline?: boolean;
  /** The deadline has not passed yet (for `mark_overdue`). */
  notDue?: boolean;
}

const issuedProgramme = (_s: TaskStatus, c: TaskContext) =>
  c.programmeNotIssued ? 'Chương trình chứa nhiệm vụ chưa được ban hành hoặc đã kết thúc.' : null;
const withProduct = (_s: TaskStatus, c: TaskContext) =>
  c.productMissing ? 'Đính kèm sản phẩm (tệp) hoặc ghi rõ sản phẩm đã hoàn thành trước khi báo hoàn thành.' : null;
const laterDeadline = (_s: TaskStatus, c: TaskContext) =>
  c.badRequestedDeadline ? 'Hạn mới đề nghị phải sau hạn hiện tại.' : null;
const pastDue = (_s: TaskStatus, c: TaskContext) => (c.notDue ? 'Nhiệm vụ chưa quá hạn.' : null);

const OPEN: readonly TaskStatus[] = ['assigned', 'in_progress', 'extended', 'overdue'];

export const TASK_WORKFLOW: WorkflowDef<TaskStatus, TaskAction, TaskActor, TaskContext> = {
  entity: 'work_task',
  initial: 'assigned',
  states: {
    assigned: {
      label: 'Đã giao',
      labelEn: 'Assigned',
      next: {
        actor: 'unit',
        text: 'Đơn vị chủ trì: triển khai nhiệm vụ và báo cáo tiến độ trong tháng.',
        textEn: 'The unit in charge starts the task and reports its progress this month.',
      },
    },
    in_progress: {
      label: 'Đang thực hiện',
      labelEn: 'In progress',
      next: {
        actor: 'unit',
        text: 'Đơn vị chủ trì: báo cáo tiến độ hằng tháng; báo hoàn thành kèm sản phẩm khi xong.',
        textEn: 'The unit in charge reports monthly and completes the task with its product.',
      },
    },
    extension_requested: {
      label: 'Chờ duyệt gia hạn',
      labelEn: 'Extension requested',
      next: {
        actor: 'leader',
        text: 'Lãnh đạo phụ trách: xem lý do và đồng ý hoặc không đồng ý hạn mới đề nghị.',
        textEn: 'The leader in charge approves or refuses the new deadline requested.',
        notify: true,
      },
    },
    extended: {
      label: 'Đã gia hạn',
      labelEn: 'Extended',
      next: {
        actor: 'unit',
        text: 'Đơn vị chủ trì: hoàn thành trong hạn mới đã được đồng ý.',
        textEn: 'The unit in charge completes the task by the new deadline.',
      },
    },
    overdue: {
      label: 'Quá hạn',
      labelEn: 'Overdue',
      next: {
        actor: 'unit',
        text: 'Đơn vị chủ trì: nhiệm vụ đã quá hạn — hoàn thành ngay hoặc giải trình, đề nghị gia hạn tại giao ban tháng.',
        textEn: 'The task is overdue: complete it, or explain and ask for a new deadline at the monthly meeting.',
        notify: true,
      },
    },
    done: {
      label: 'Hoàn thành',
      labelEn: 'Done',
      terminal: true,
      next: { actor: null, text: 'Nhiệm vụ đã hoàn thành.', textEn: 'The task is done.' },
    },
    dropped: {
      label: 'Không thực hiện',
      labelEn: 'Dropped',
      terminal: true,
      next: {
        actor: null,
        text: 'Nhiệm vụ đã được đưa ra khỏi chương trình (xem lý do điều chỉnh).',
        textEn: 'The task was dropped from the programme (see the amendment reason).',
      },
    },
  },
  actions: {
    start: {
      from: 'assigned',
      to: 'in_progress',
      by: ['unit'],
      label: 'Bắt đầu thực hiện',
      labelEn: 'Start',
      guards: [issuedProgramme],
    },
    request_extension: {
      from: OPEN,
      to: 'extension_requested',
      by: ['unit'],
      label: 'Đề nghị gia hạn',
      labelEn: 'Ask for a new deadline',
      reasonRequired: true,
      guards: [issuedProgramme, laterDeadline],
    },
    approve_extension: {
      from: 'extension_requested',
      to: 'extended',
      by: ['leader'],
      label: 'Đồng ý gia hạn',
      labelEn: 'Approve the new deadline',
    },
    refuse_extension: {
      from: 'extension_requested',
      to: 'in_progress',
      by: ['leader'],
      label: 'Không đồng ý gia hạn',
      labelEn: 'Refuse the new deadline',
      reasonRequired: true,
    },
    mark_overdue: {
      from: ['assigned', 'in_progress', 'extended'],
      to: 'overdue',
      by: ['system'],
      label: 'Chuyển quá hạn',
      labelEn: 'Mark overdue',
      guards: [pastDue],
    },
    complete: {
      from: OPEN,
      to: 'done',
      by: ['unit'],
      label: 'Báo hoàn thành',
      labelEn: 'Complete',
      guards: [issuedProgramme, withProduct],
    },
    drop: {
      from: [...OPEN, 'extension_requested'],
      to: 'dropped',
      by: ['office'],
      label: 'Đưa ra khỏi chương trình',
      labelEn: 'Drop',
      reasonRequired: true,
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi nhiệm vụ đang ở trạng thái "${current}".`,
};
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = stateLabels(TASK_WORKFLOW);
