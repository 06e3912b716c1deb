import { z } from 'zod';
import { AttachmentView, Id, IsoDate, IsoDateTime, PlausibleDate, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';
import {
  MonthCode,
  ProgrammeKindCode,
  ProgrammeYear,
  TaskActionCode,
  TaskPriorityCode,
  TaskResultCode,
  TaskSourceKindCode,
  TaskStatusCode,
} from './workProgrammes.ts';

/** Tasks of the work programmes, their progress reports and the results per unit (docs/work-programmes.md). */
// ---- tasks ---------------------------------------------------------------------------------------------------

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * `GET /tasks?programmeId=&orgId=&status=` (kept stable), paged; also the unit's own list (`mine=true`: tasks of
 * the units the user reports for), the calendar (`deadlineFrom`/`deadlineTo`) and `overdue=true` (deadline passed,
 * not done). `orgId` takes the unit in charge and its subtree; `partner=true` adds tasks it co-operates on.
 */
export const WorkTasksQuery = listQuery(['deadline', 'code', 'title', 'status', 'org', 'start'], 'deadline', {
  programmeId: Id.optional(),
  year: ProgrammeYear.optional(),
  orgId: Id.optional(),
  partner: flag.optional(),
  mine: flag.optional(),
  status: TaskStatusCode.optional(),
  result: TaskResultCode.optional(),
  priority: TaskPriorityCode.optional(),
  overdue: flag.optional(),
  leaderPersonId: Id.optional(),
  deadlineFrom: PlausibleDate.optional(),
  deadlineTo: PlausibleDate.optional(),
  movementId: Id.optional(),
});

export const WorkTaskSummary = z.object({
  id: Id,
  programmeId: Id,
  programmeTitle: z.string(),
  year: z.number().int(),
  code: z.string(),
  title: z.string(),
  product: z.string(),
  orgId: Id,
  orgName: z.string(),
  partnerNames: z.array(z.string()),
  leaderName: z.string().nullable(),
  startDate: IsoDate,
  deadline: IsoDate,
  originalDeadline: IsoDate,
  priority: TaskPriorityCode,
  status: TaskStatusCode,
  percent: z.number().int(),
  completedOn: IsoDate.nullable(),
  /** Deadline passed and not done (today by the server's clock), whatever the stored status says yet. */
  overdue: z.boolean(),
  result: TaskResultCode,
  /** A request for a new deadline waits for a leader. */
  extensionPending: z.boolean(),
});
export const WorkTaskList = paged(WorkTaskSummary);

export const TaskSourceView = z.object({
  kind: TaskSourceKindCode,
  number: z.string(),
  date: IsoDate.nullable(),
  issuer: z.string(),
  title: z.string(),
});

export const TaskReportView = z.object({
  id: Id,
  period: z.string(),
  orgId: Id,
  orgName: z.string(),
  percent: z.number().int(),
  doneText: z.string(),
  obstacles: z.string(),
  requestedDeadline: IsoDate.nullable(),
  requestReason: z.string(),
  requestStatus: z.enum(['pending', 'approved', 'refused']).nullable(),
  decidedByName: z.string(),
  decidedAt: IsoDateTime.nullable(),
  decisionNote: z.string(),
  reportedByName: z.string(),
  reportedAt: IsoDateTime,
});

export const TaskChangeView = z.object({
  id: Id,
  programmeId: Id,
  programmeTitle: z.string(),
  amendment: z.number().int(),
  kind: z.enum(['added', 'edited', 'moved', 'dropped', 'taken', 'removed', 'extended']),
  /** The fields changed, old and new values as shown (Vietnamese labels as keys). */
  before: z.record(z.string(), z.string()).nullable(),
  after: z.record(z.string(), z.string()).nullable(),
  reason: z.string(),
  actorName: z.string(),
  at: IsoDateTime,
});

export const WorkTaskView = WorkTaskSummary.extend({
  content: z.string(),
  productNote: z.string(),
  leaderPersonId: Id.nullable(),
  partners: z.array(z.object({ id: Id, name: z.string() })),
  /** A relative deadline: working days from the start (the calendar computed `deadline`). */
  deadlineWorkingDays: z.number().int().nullable(),
  source: TaskSourceView.nullable(),
  movement: z.object({ id: Id, title: z.string() }).nullable(),
  procedure: z.object({ id: Id, name: z.string() }).nullable(),
  indicator: z.object({ id: Id, name: z.string() }).nullable(),
  /** The programmes holding it (its origin first), removed ones with the amendment that removed them. */
  programmes: z.array(
    z.object({ id: Id, kind: ProgrammeKindCode, title: z.string(), removed: z.boolean(), status: z.string() }),
  ),
  attachments: z.array(AttachmentView),
  reports: z.array(TaskReportView),
  changes: z.array(TaskChangeView),
  transitions: z.array(TransitionView),
  next: NextStepView,
  unavailable: z.array(UnavailableAction),
  abilities: z.object({
    edit: z.boolean(),
    report: z.boolean(),
    /** Decide the pending request for a new deadline. */
    decide: z.boolean(),
    attach: z.boolean(),
    transitions: z.array(TaskActionCode),
  }),
  version: Version,
});

const taskFields = {
  title: text(500, 1, 'Tên nhiệm vụ'),
  content: longText(8000, 'Nội dung').default(''),
  product: text(500, 0, 'Sản phẩm dự kiến').default(''),
  leaderPersonId: Id.nullable().default(null),
  orgId: Id,
  partnerOrgIds: z.array(Id).max(50, 'Tối đa 50 đơn vị phối hợp').default([]),
  startDate: PlausibleDate,
  /** Either a date, or a number of working days from the start (the calendar computes the date). */
  deadline: PlausibleDate.nullable().default(null),
  deadlineWorkingDays: z
    .number()
    .int('Số ngày làm việc phải là số nguyên')
    .min(1, 'Số ngày làm việc từ 1')
    .max(400, 'Số ngày làm việc tối đa 400')
    .nullable()
    .default(null),
  priority: TaskPriorityCode.default('normal'),
  source: z
    .strictObject({
      kind: TaskSourceKindCode,
      number: text(60, 0, 'Số văn bản').default(''),
      date: PlausibleDate.nullable().default(null),
      issuer: text(200, 0, 'Cơ quan ban hành').default(''),
      title: text(500, 0, 'Trích yếu').default(''),
    })
    .nullable()
    .default(null),
  movementId: Id.nullable().default(null),
  procedureId: Id.nullable().default(null),
  indicatorId: Id.nullable().default(null),
  /** Required when the programme is issued: the change is an amendment. */
  reason: longText(2000, 'Lý do').default(''),
};
const oneDeadline = (r: { deadline: string | null; deadlineWorkingDays: number | null }) =>
  (r.deadline === null) !== (r.deadlineWorkingDays === null);
const deadlineMessage = { message: 'Nhập hạn hoàn thành: một ngày cụ thể hoặc số ngày làm việc', path: ['deadline'] };

export const CreateWorkTaskRequest = z
  .strictObject({ programmeId: Id, ...taskFields })
  .refine(oneDeadline, deadlineMessage);
export const UpdateWorkTaskRequest = z
  .strictObject({ ...taskFields, version: Version })
  .refine(oneDeadline, deadlineMessage);

export const TaskTransitionRequest = z.strictObject({
  action: TaskActionCode,
  reason: longText(2000, 'Lý do').optional(),
  /** `complete`: the day it was done (default today) and what was delivered. */
  completedOn: PlausibleDate.optional(),
  productNote: longText(2000, 'Sản phẩm đã hoàn thành').optional(),
  version: Version,
});

/** `POST /tasks/:id/reports`: the unit in charge's report of a month, with a request for a new deadline if any. */
export const TaskReportRequest = z
  .strictObject({
    period: MonthCode,
    percent: z.number().int('Tỷ lệ hoàn thành là số nguyên').min(0, 'Tỷ lệ từ 0').max(100, 'Tỷ lệ tối đa 100'),
    doneText: longText(4000, 'Kết quả thực hiện').default(''),
    obstacles: longText(4000, 'Khó khăn, vướng mắc').default(''),
    requestedDeadline: PlausibleDate.nullable().default(null),
    requestReason: longText(2000, 'Lý do đề nghị gia hạn').default(''),
    version: Version,
  })
  .refine((r) => r.requestedDeadline === null || r.requestReason.length > 0, {
    message: 'Lý do đề nghị gia hạn: không được để trống khi đề nghị hạn mới',
    path: ['requestReason'],
  });

/** `POST /tasks/:id/extension`: a leader approves or refuses the pending request (a refusal says why). */
export const DecideExtensionRequest = z
  .strictObject({
    approve: z.boolean(),
    note: longText(2000, 'Ý kiến').default(''),
    version: Version,
  })
  .refine((r) => r.approve || r.note.length > 0, {
    message: 'Ý kiến: ghi lý do không đồng ý gia hạn',
    path: ['note'],
  });

// ---- results and the leader's board --------------------------------------------------------------------------

/** `GET /tasks/results?year=YYYY&orgId=` (kept stable): per unit in charge, counts by how its tasks ended up. */
export const TaskResultsQuery = z.object({ year: ProgrammeYear, orgId: Id.optional() });
export const TaskResultCountsView = z.object({
  total: z.number().int(),
  done: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  extended: z.number().int(),
  notDone: z.number().int(),
  pending: z.number().int(),
  dropped: z.number().int(),
  /** On time among the tasks done or due; null when none is. */
  onTimeRate: z.number().nullable(),
});
export const TaskResultsRow = TaskResultCountsView.extend({ orgId: Id, orgName: z.string() });
export const TaskResults = z.object({
  year: z.number().int(),
  /** The day the results were counted to (tasks not yet due are `pending`). */
  asOf: IsoDate,
  items: z.array(TaskResultsRow),
  totals: TaskResultCountsView,
});

/** The leader's board: per unit in charge, tasks by status, with the overdue and the requests waiting. */
export const TaskBoardQuery = z.object({ year: ProgrammeYear, programmeId: Id.optional() });
export const TaskBoard = z.object({
  year: z.number().int(),
  asOf: IsoDate,
  items: z.array(
    z.object({
      orgId: Id,
      orgName: z.string(),
      counts: z.record(TaskStatusCode, z.number().int()),
      overdue: z.number().int(),
      extensionPending: z.number().int(),
      total: z.number().int(),
    }),
  ),
});
