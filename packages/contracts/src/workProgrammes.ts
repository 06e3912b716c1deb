import { z } from 'zod';
import { PROGRAMME_ACTIONS, PROGRAMME_STATUSES, TASK_ACTIONS, TASK_RESULTS, TASK_STATUSES } from '@thidua/domain';
import { Id, IsoDate, IsoDateTime, PlausibleDate, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';

/** Work programmes (docs/work-programmes.md): yearly, quarterly and monthly programmes and their amendments. */
// ---- codes ---------------------------------------------------------------------------------------------------

export const ProgrammeKindCode = z.enum(['year', 'quarter', 'month']);
export const ProgrammeStatusCode = z.enum(PROGRAMME_STATUSES);
export const ProgrammeActionCode = z.enum(PROGRAMME_ACTIONS);
export const TaskStatusCode = z.enum(TASK_STATUSES);
export const TaskActionCode = z.enum(TASK_ACTIONS);
export const TaskResultCode = z.enum(TASK_RESULTS);
export const TaskPriorityCode = z.enum(['high', 'normal', 'low']);
/** What a task comes from: a decision, an instruction (of the Provincial People's Committee), a plan, a letter. */
export const TaskSourceKindCode = z.enum(['decision', 'instruction', 'plan', 'letter', 'other']);
export const ProgrammeYear = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
/** A month reported on, `YYYY-MM`. */
export const MonthCode = z
  .string()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/u, 'Tháng báo cáo phải có dạng YYYY-MM (ví dụ 2026-11)');

// ---- programmes ----------------------------------------------------------------------------------------------

/** `GET /work-programmes?year=YYYY[&kind=year|quarter|month]` (kept stable), paged like every list. */
export const WorkProgrammesQuery = listQuery(['year', 'title', 'status'], '-year', {
  year: ProgrammeYear.optional(),
  kind: ProgrammeKindCode.optional(),
  status: ProgrammeStatusCode.optional(),
  orgId: Id.optional(),
});

export const ProgrammeDecision = z.object({ number: z.string(), date: IsoDate.nullable(), signer: z.string() });

export const WorkProgrammeSummary = z.object({
  id: Id,
  kind: ProgrammeKindCode,
  year: z.number().int(),
  /** 0 for a year, 1–4 for a quarter, 1–12 for a month. */
  period: z.number().int(),
  /** "Năm 2026", "Quý IV/2026", "Tháng 12/2026". */
  periodLabel: z.string(),
  title: z.string(),
  orgId: Id,
  orgName: z.string(),
  parentId: Id.nullable(),
  status: ProgrammeStatusCode,
  decision: ProgrammeDecision.nullable(),
  amendment: z.number().int(),
  /** Tasks it holds now (removed ones left out), and of them done, overdue (deadline passed, not done). */
  taskCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
});
export const WorkProgrammeList = paged(WorkProgrammeSummary);

export const ProgrammeAmendmentView = z.object({
  id: Id,
  number: z.number().int(),
  reason: z.string(),
  decisionNumber: z.string(),
  decisionDate: IsoDate.nullable(),
  actorName: z.string(),
  at: IsoDateTime,
});

export const WorkProgrammeView = WorkProgrammeSummary.extend({
  note: z.string(),
  parent: z.object({ id: Id, title: z.string() }).nullable(),
  /** The quarter's and month's programmes that take tasks from this one. */
  children: z.array(z.object({ id: Id, kind: ProgrammeKindCode, period: z.number().int(), title: z.string() })),
  amendments: z.array(ProgrammeAmendmentView),
  transitions: z.array(TransitionView),
  next: NextStepView,
  unavailable: z.array(UnavailableAction),
  abilities: z.object({
    /** Edit the heading, add, edit, move or remove tasks (an issued programme: with a reason, as an amendment). */
    edit: z.boolean(),
    /** Open a new amendment (issued programmes). */
    amend: z.boolean(),
    transitions: z.array(ProgrammeActionCode),
  }),
  version: Version,
});

export const CreateWorkProgrammeRequest = z
  .strictObject({
    kind: ProgrammeKindCode,
    year: ProgrammeYear,
    /** 0 for a year's programme; 1–4 a quarter; 1–12 a month. */
    period: z.number().int().min(0).max(12).default(0),
    /** Whose programme (default: the department at the root of the user's reach). */
    orgId: Id.nullable().default(null),
    /** A quarter's or month's programme: the year's programme it takes tasks from (default: that year's, if any). */
    parentId: Id.nullable().default(null),
    title: text(300, 1, 'Tên chương trình').optional(),
    note: longText(4000, 'Ghi chú').default(''),
  })
  .refine(
    (r) => (r.kind === 'year' ? r.period === 0 : r.kind === 'quarter' ? r.period >= 1 && r.period <= 4 : r.period >= 1),
    {
      message: 'Kỳ không hợp lệ: chương trình năm không có kỳ, quý từ 1 đến 4, tháng từ 1 đến 12',
      path: ['period'],
    },
  );

export const UpdateWorkProgrammeRequest = z.strictObject({
  title: text(300, 1, 'Tên chương trình'),
  decisionNumber: text(60, 0, 'Số quyết định').default(''),
  decisionDate: PlausibleDate.nullable().default(null),
  decisionSigner: text(200, 0, 'Người ký').default(''),
  note: longText(4000, 'Ghi chú').default(''),
  version: Version,
});

export const ProgrammeTransitionRequest = z.strictObject({
  action: ProgrammeActionCode,
  reason: longText(2000, 'Lý do').optional(),
  version: Version,
});

/** Opens amendment n+1 of an issued programme: its reason and (when there is one) the amending decision. */
export const AmendProgrammeRequest = z.strictObject({
  reason: longText(2000, 'Lý do điều chỉnh').pipe(z.string().min(1, 'Lý do điều chỉnh: không được để trống')),
  decisionNumber: text(60, 0, 'Số quyết định điều chỉnh').default(''),
  decisionDate: PlausibleDate.nullable().default(null),
  version: Version,
});

/** A quarter's or a month's programme takes tasks from its year's programme (or removes them, with a reason). */
export const TakeTasksRequest = z.strictObject({
  taskIds: z.array(Id).min(1, 'Chọn ít nhất một nhiệm vụ').max(500, 'Tối đa 500 nhiệm vụ một lần'),
  /** Required once the programme is issued (the amendment's reason). */
  reason: longText(2000, 'Lý do').default(''),
  version: Version,
});
/**
 * `DELETE /work-programmes/:id/tasks/:taskId?version=&reason=`: in the query, as every DELETE of the platform
 * (the web client sends no body with a DELETE); the reason is required once the programme is issued.
 */
export const RemoveProgrammeTaskRequest = z.strictObject({
  reason: longText(2000, 'Lý do').default(''),
  version: z.coerce.number().int().min(1, 'Phiên bản không hợp lệ'),
});
