import type { z } from 'zod';
import type {
  AmendProgrammeRequest as AmendSchema,
  CreateWorkProgrammeRequest as CreateSchema,
  CreateWorkTaskRequest as CreateTaskSchema,
  DecideExtensionRequest as DecideSchema,
  TaskChangeView as ChangeSchema,
  TaskReportRequest as ReportRequestSchema,
  TaskReportView as ReportSchema,
  TaskResults as ResultsSchema,
  TaskTransitionRequest as TaskTransitionSchema,
  TakeTasksRequest as TakeSchema,
  UpdateWorkProgrammeRequest as UpdateSchema,
  UpdateWorkTaskRequest as UpdateTaskSchema,
  WorkProgrammeSummary as SummarySchema,
  WorkProgrammeView as ViewSchema,
  WorkTaskList as TaskListSchema,
  WorkTaskSummary as TaskSummarySchema,
  WorkTaskView as TaskViewSchema,
} from '@thidua/contracts';

/** The work programmes' API shapes (packages/contracts/src/workProgrammes.ts and workTasks.ts). */
export type ProgrammeSummary = z.infer<typeof SummarySchema>;
export type ProgrammeView = z.infer<typeof ViewSchema>;
export type CreateProgramme = z.input<typeof CreateSchema>;
export type UpdateProgramme = z.input<typeof UpdateSchema>;
export type AmendProgramme = z.input<typeof AmendSchema>;
export type TakeTasks = z.input<typeof TakeSchema>;
export type TaskSummary = z.infer<typeof TaskSummarySchema>;
export type TaskList = z.infer<typeof TaskListSchema>;
export type TaskView = z.infer<typeof TaskViewSchema>;
export type TaskReport = z.infer<typeof ReportSchema>;
export type TaskChange = z.infer<typeof ChangeSchema>;
export type CreateTask = z.input<typeof CreateTaskSchema>;
export type UpdateTask = z.input<typeof UpdateTaskSchema>;
export type TaskTransition = z.input<typeof TaskTransitionSchema>;
export type ReportInput = z.input<typeof ReportRequestSchema>;
export type DecideInput = z.input<typeof DecideSchema>;
export type TaskResults = z.infer<typeof ResultsSchema>;
