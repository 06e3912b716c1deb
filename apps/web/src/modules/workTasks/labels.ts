import { useMemo } from 'react';
import { TASK_RESULTS, TASK_STATUSES, TASK_WORKFLOW, labelsOf } from '@thidua/domain';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import type { TaskPriority, TaskResult, TaskStatus } from './types.ts';

/** Tag colours of a task's status (lists, board, calendar). */
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  assigned: 'default',
  in_progress: 'blue',
  extension_requested: 'gold',
  extended: 'purple',
  overdue: 'red',
  done: 'green',
  dropped: 'default',
};

/** Colours of the results, the same in the tags and the stacked bars. */
export const TASK_RESULT_COLORS: Record<TaskResult, string> = {
  on_time: '#389e0d',
  extended: '#722ed1',
  late: '#fa8c16',
  not_done: '#cf1322',
  pending: '#8c8c8c',
  dropped: '#d9d9d9',
};

export const PRIORITIES: readonly TaskPriority[] = ['high', 'normal', 'low'];
export const PRIORITY_COLORS: Record<TaskPriority, string> = { high: 'red', normal: 'blue', low: 'default' };

const resultKey = (r: TaskResult) => `wt.result.${r}` as MessageKey;
const priorityKey = (p: TaskPriority) => `wt.priority.${p}` as MessageKey;

/** Statuses from the workflow (as every page labels them), results and priorities from the texts. */
export function useTaskLabels() {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const workflow = labelsOf(TASK_WORKFLOW, lang);
    return {
      status: (s: TaskStatus) => workflow.state(s),
      result: (r: TaskResult) => t(resultKey(r)),
      priority: (p: TaskPriority) => t(priorityKey(p)),
      statusOptions: TASK_STATUSES.map((s) => ({ value: s, label: workflow.state(s) })),
      resultOptions: TASK_RESULTS.map((r) => ({ value: r, label: t(resultKey(r)) })),
      priorityOptions: PRIORITIES.map((p) => ({ value: p, label: t(priorityKey(p)) })),
    };
  }, [t, lang]);
}
