import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { uploadFile } from '../../api/files.ts';
import type { Attachment } from '../../api/types.ts';
import type {
  AmendProgramme,
  CreateProgramme,
  CreateTask,
  DecideInput,
  ProgrammeView,
  ReportInput,
  TakeTasks,
  TaskList,
  TaskTransition,
  TaskView,
  UpdateProgramme,
  UpdateTask,
} from './types.ts';

/** Every programme query starts with this key; the tasks' with the next: a write invalidates both (lists, pages). */
export const PROGRAMMES_KEY = ['workProgrammes'] as const;
export const TASKS_KEY = ['workTasks'] as const;
const enc = encodeURIComponent;
const programme = (id: string) => `/work-programmes/${enc(id)}`;
const task = (id: string) => `/tasks/${enc(id)}`;

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: [...PROGRAMMES_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ProgrammeView>(programme(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

/** The tasks a programme holds (one page of up to 500, the most a programme lists). */
export function useProgrammeTasks(programmeId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: [...TASKS_KEY, 'list', { programmeId, pageSize: 500 }],
    queryFn: ({ signal }) =>
      api.get<TaskList>('/tasks', { programmeId: programmeId!, pageSize: 500, sort: 'code' }, signal),
    enabled: Boolean(programmeId) && enabled,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: [...TASKS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<TaskView>(task(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: PROGRAMMES_KEY });
    void queryClient.invalidateQueries({ queryKey: TASKS_KEY });
  };
}

export function useCreateProgramme() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateProgramme) => api.post<ProgrammeView>('/work-programmes', body),
    onSuccess: refresh,
  });
}

/** The programme's writes: its heading and decision, a step, an amendment, tasks taken from the year or removed. */
export function useProgrammeWrites(id: string) {
  const refresh = useRefresh();
  return {
    update: useMutation({
      mutationFn: (body: UpdateProgramme) => api.put<ProgrammeView>(programme(id), body),
      onSuccess: refresh,
    }),
    transition: useMutation({
      mutationFn: (body: { action: string; version: number; reason?: string }) =>
        api.post<ProgrammeView>(`${programme(id)}/transitions`, body),
      onSuccess: refresh,
    }),
    amend: useMutation({
      mutationFn: (body: AmendProgramme) => api.post<ProgrammeView>(`${programme(id)}/amendments`, body),
      onSuccess: refresh,
    }),
    take: useMutation({
      mutationFn: (body: TakeTasks) => api.post<ProgrammeView>(`${programme(id)}/tasks/take`, body),
      onSuccess: refresh,
    }),
    /**
     * A task taken from the year's programme is removed from this one (the reason and version in the query, as
     * every DELETE); a task this programme assigned is dropped (its own step, at the task's current version).
     */
    remove: useMutation({
      mutationFn: async ({
        taskId,
        own,
        reason,
        version,
      }: {
        taskId: string;
        own: boolean;
        reason: string;
        version: number;
      }) => {
        if (!own) return api.delete<unknown>(`${programme(id)}/tasks/${enc(taskId)}`, { reason, version });
        const current = await api.get<TaskView>(task(taskId));
        return api.post<unknown>(`${task(taskId)}/transitions`, { action: 'drop', reason, version: current.version });
      },
      onSuccess: refresh,
    }),
  };
}

export function useSaveTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateTask | UpdateTask }) =>
      id ? api.put<TaskView>(task(id), body) : api.post<TaskView>('/tasks', body),
    onSuccess: refresh,
  });
}

/** A task's writes: a step (start, complete, drop…), a monthly report, a leader's decision on a new deadline. */
export function useTaskWrites(id: string) {
  const refresh = useRefresh();
  return {
    transition: useMutation({
      mutationFn: (body: TaskTransition) => api.post<TaskView>(`${task(id)}/transitions`, body),
      onSuccess: refresh,
    }),
    report: useMutation({
      mutationFn: (body: ReportInput) => api.post<TaskView>(`${task(id)}/reports`, body),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: (body: DecideInput) => api.post<TaskView>(`${task(id)}/extension`, body),
      onSuccess: refresh,
    }),
  };
}

export function uploadTaskFile(id: string, file: File, onProgress?: (percent: number) => void) {
  return uploadFile<Attachment>(`${task(id)}/attachments`, file, { onProgress });
}
