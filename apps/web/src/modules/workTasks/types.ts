import type { z } from 'zod';
import type {
  TaskBoard as BoardSchema,
  TaskResults as ResultsSchema,
  TaskResultCountsView as CountsSchema,
  WorkProgrammeSummary as ProgrammeSchema,
  WorkTaskList as ListSchema,
  WorkTaskSummary as SummarySchema,
} from '@thidua/contracts';

/** The task views' API shapes (packages/contracts/src/workTasks.ts). */
export type WorkTaskSummary = z.infer<typeof SummarySchema>;
export type WorkTaskList = z.infer<typeof ListSchema>;
export type TaskResults = z.infer<typeof ResultsSchema>;
export type TaskResultsRow = TaskResults['items'][number];
export type TaskResultCounts = z.infer<typeof CountsSchema>;
export type TaskBoard = z.infer<typeof BoardSchema>;
export type TaskBoardRow = TaskBoard['items'][number];
export type ProgrammeSummary = z.infer<typeof ProgrammeSchema>;
export type TaskStatus = WorkTaskSummary['status'];
export type TaskResult = WorkTaskSummary['result'];
export type TaskPriority = WorkTaskSummary['priority'];
