import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  StatEntrySave,
  StatEntrySaveResult,
  StatEntryUnits,
  StatEntryView,
  StatImportResult,
  StatSubmissionPage,
  StatValidationReport,
} from './types.ts';

/** Every query of the values side starts with this key, so a save or a step refreshes them all. */
export const STAT_VALUES_KEY = ['stat-values'] as const;

export interface EntryKey {
  dataset: string;
  unit: string;
  period: string;
}

/** One unit's grid for one period (GET /stat-entry). */
export function useEntry(key: Partial<EntryKey>) {
  const ready = Boolean(key.dataset && key.unit && key.period);
  return useQuery({
    queryKey: [...STAT_VALUES_KEY, 'entry', key],
    queryFn: ({ signal }) => api.get<StatEntryView>('/stat-entry', { ...key }, signal),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
}

/** The data set's units this user enters for (GET /stat-entry/units): a reporter's own, every one for planners. */
export function useEntryUnits(dataset: string | null | undefined) {
  return useQuery({
    queryKey: [...STAT_VALUES_KEY, 'units', dataset],
    queryFn: ({ signal }) => api.get<StatEntryUnits>('/stat-entry/units', { dataset: dataset ?? '' }, signal),
    enabled: Boolean(dataset),
  });
}

/** Saves the whole grid in one request (PUT /stat-entry); the answer is the grid as stored. */
export function useSaveEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatEntrySave) => api.put<StatEntrySaveResult>('/stat-entry', body),
    onSuccess: (view, body) => {
      queryClient.setQueryData(
        [...STAT_VALUES_KEY, 'entry', { dataset: body.dataset, unit: body.unit, period: body.period }],
        view,
      );
      void queryClient.invalidateQueries({ queryKey: STAT_VALUES_KEY });
    },
  });
}

/** A step of a submission, addressed by (data set, unit, period). */
export function useSubmissionStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EntryKey & { action: string; version: number | null; reason?: string }) =>
      api.post<StatEntryView>('/stat-submissions/transitions', body),
    // The answer is the grid as it now stands (status, whose turn, abilities).
    onSuccess: (view, body) => {
      queryClient.setQueryData(
        [...STAT_VALUES_KEY, 'entry', { dataset: body.dataset, unit: body.unit, period: body.period }],
        view,
      );
      void queryClient.invalidateQueries({ queryKey: STAT_VALUES_KEY });
    },
  });
}

export interface SubmissionsQuery {
  dataset: string;
  period: string;
  status?: string;
  /** 'true': only the units the user reports for. */
  mine?: string;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** Completeness of a period: every unit of the data set with its status and counts. */
export function useSubmissions(query: Partial<SubmissionsQuery>) {
  return useQuery({
    queryKey: [...STAT_VALUES_KEY, 'submissions', query],
    queryFn: ({ signal }) => api.get<StatSubmissionPage>('/stat-submissions', { ...query }, signal),
    enabled: Boolean(query.dataset && query.period),
    placeholderData: keepPreviousData,
  });
}

/** The whole period's validation report. */
export function useValidationReport(query: { dataset?: string; period?: string }, enabled: boolean) {
  return useQuery({
    queryKey: [...STAT_VALUES_KEY, 'validation', query],
    queryFn: ({ signal }) => api.get<StatValidationReport>('/stat-validation', { ...query }, signal),
    enabled: enabled && Boolean(query.dataset && query.period),
  });
}

export function downloadTemplate(key: { dataset: string; period: string; unit?: string }) {
  return download('/stat-entry/template.xlsx', `mau-nhap-${key.period}.xlsx`, { query: { ...key } });
}

export function runImport(dataset: string, file: File, dryRun: boolean, onProgress: (p: number) => void) {
  return uploadFile<StatImportResult>('/stat-entry/import', file, {
    query: { dataset, dryRun: String(dryRun) },
    onProgress,
  });
}
