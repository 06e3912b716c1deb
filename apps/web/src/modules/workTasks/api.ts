import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';
import type { ProgrammeSummary, TaskBoard, TaskResults, WorkTaskList } from './types.ts';

/** Every task query starts with this key (E's task page invalidates it after a write). */
export const TASKS_KEY = ['tasks'] as const;

/** The query of `GET /tasks` as the views send it (see WorkTasksQuery). */
export type TaskQuery = Record<string, string | number | undefined>;

/** Tasks for a view that draws them all (calendar, timeline): one page of up to 500. */
export function useAllTasks(query: TaskQuery, enabled = true) {
  const params = { ...query, page: 1, pageSize: 500 };
  return useQuery({
    queryKey: [...TASKS_KEY, 'all', params],
    queryFn: ({ signal }) => api.get<WorkTaskList>('/tasks', params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTaskBoard(year: number, programmeId: string | null) {
  return useQuery({
    queryKey: [...TASKS_KEY, 'board', year, programmeId],
    queryFn: ({ signal }) =>
      api.get<TaskBoard>('/tasks/board', { year, programmeId: programmeId ?? undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTaskResults(year: number, orgId: string | null, enabled = true) {
  return useQuery({
    queryKey: [...TASKS_KEY, 'results', year, orgId],
    queryFn: ({ signal }) => api.get<TaskResults>('/tasks/results', { year, orgId: orgId ?? undefined }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The programmes of a year, for the programme filter (the year's, its quarters' and months'). */
export function useProgrammeOptions(year: number | null) {
  const query = useQuery({
    queryKey: ['workProgrammes', 'picker', year],
    queryFn: ({ signal }) =>
      api.get<{ items: ProgrammeSummary[] }>(
        '/work-programmes',
        { year: year ?? undefined, pageSize: 500, sort: '-year' },
        signal,
      ),
    staleTime: 60_000,
  });
  return (query.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }));
}

/** The Excel file of the tasks a view shows (the list's own export, with the view's filters). */
export function exportTasks(query: TaskQuery, filename: string): Promise<void> {
  return download('/tasks/export.xlsx', filename, { query });
}
