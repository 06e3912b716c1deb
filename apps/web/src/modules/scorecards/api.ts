import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  Appraisal,
  CreateScorecard,
  Minutes,
  MinutesInput,
  ScoreSheet,
  ScorecardHistory,
  ScorecardRanking,
  ScorecardView,
  TemplateSummary,
  UpdateScorecard,
} from './types.ts';

/** The query key every scorecard query starts with: a write invalidates them all (list, cycle, sheets, ranking). */
export const SCORECARDS_KEY = ['scorecards'] as const;
const enc = encodeURIComponent;
const cycle = (id: string) => `/scorecards/${enc(id)}`;
const sheet = (id: string, memberId: string) => `${cycle(id)}/members/${enc(memberId)}`;

export function useScorecard(id: string | undefined) {
  return useQuery({
    queryKey: [...SCORECARDS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ScorecardView>(cycle(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

/** The ranking, asked only once the cycle is ranked (before that there is none). */
export function useRanking(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...SCORECARDS_KEY, 'ranking', id],
    queryFn: ({ signal }) => api.get<ScorecardRanking>(`${cycle(id!)}/ranking`, undefined, signal),
    enabled: Boolean(id) && enabled,
  });
}

export function useHistory(kind: string | undefined, blocId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...SCORECARDS_KEY, 'history', kind, blocId],
    queryFn: ({ signal }) =>
      api.get<ScorecardHistory>('/scorecards/history', { kind, blocId: blocId ?? undefined }, signal),
    enabled: Boolean(kind) && enabled,
  });
}

export function useSheet(id: string | undefined, memberId: string | undefined) {
  return useQuery({
    queryKey: [...SCORECARDS_KEY, 'sheet', id, memberId],
    queryFn: ({ signal }) => api.get<ScoreSheet>(sheet(id!, memberId!), undefined, signal),
    enabled: Boolean(id && memberId),
  });
}

/** Templates a cycle may be opened on (the office's picker), newest year first. */
export function useTemplates(enabled: boolean) {
  return useQuery({
    queryKey: ['scorecardTemplates', 'list', { picker: true }],
    queryFn: ({ signal }) =>
      api.get<{ items: TemplateSummary[] }>('/scorecard-templates', { pageSize: 500, sort: '-year' }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: SCORECARDS_KEY });
}

export function useCreateScorecard() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateScorecard) => api.post<ScorecardView>('/scorecards', body),
    onSuccess: refresh,
  });
}

export function useUpdateScorecard(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateScorecard) => api.put<ScorecardView>(cycle(id), body),
    onSuccess: refresh,
  });
}

export function useScorecardTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { action: string; version: number; reason?: string }) =>
      api.post<ScorecardView>(`${cycle(id)}/transitions`, body),
    onSuccess: refresh,
  });
}

export interface SelfScoreInput {
  itemId: string;
  points: number | null;
  note: string;
}
export interface AppraisalInput {
  itemId: string;
  appraisal: Appraisal;
  points: number | null;
  reason: string;
}

/** The sheet's writes: self scores, the appraisal, the explanation and the sheet's steps; each answers the sheet. */
export function useSheetWrites(id: string, memberId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (s: ScoreSheet) => {
    queryClient.setQueryData([...SCORECARDS_KEY, 'sheet', id, memberId], s);
    void queryClient.invalidateQueries({ queryKey: SCORECARDS_KEY });
  };
  const base = sheet(id, memberId);
  return {
    saveSelf: useMutation({
      mutationFn: (body: { scores: SelfScoreInput[]; signerName?: string; version: number }) =>
        api.put<ScoreSheet>(`${base}/self`, body),
      onSuccess,
    }),
    saveAppraisal: useMutation({
      mutationFn: (body: { scores: AppraisalInput[]; surveyScore?: number | null; version: number }) =>
        api.put<ScoreSheet>(`${base}/appraisal`, body),
      onSuccess,
    }),
    saveExplanation: useMutation({
      mutationFn: (body: { scores: { itemId: string; explanation: string }[]; version: number }) =>
        api.put<ScoreSheet>(`${base}/explanation`, body),
      onSuccess,
    }),
    transition: useMutation({
      mutationFn: (body: { action: string; version: number; reason?: string }) =>
        api.post<ScoreSheet>(`${base}/transitions`, body),
      onSuccess,
    }),
  };
}

/** One evidence file for a criterion of a sheet. */
export function uploadEvidence(
  id: string,
  memberId: string,
  itemId: string,
  file: File,
  onProgress?: (percent: number) => void,
) {
  return uploadFile<unknown>(`${sheet(id, memberId)}/scores/${enc(itemId)}/evidence`, file, { onProgress });
}

export function useMinutes(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...SCORECARDS_KEY, 'minutes', id],
    // Minutes not written yet: an empty form (the server may answer 404 or null).
    queryFn: ({ signal }) =>
      api.get<Minutes | null>(`${cycle(id)}/minutes`, undefined, signal).catch((e: unknown) => {
        if (isApiError(e) && e.status === 404) return null;
        throw e;
      }),
    enabled,
  });
}

export function useSaveMinutes(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MinutesInput) => api.put<Minutes>(`${cycle(id)}/minutes`, body),
    onSuccess: refresh,
  });
}

export const documents = {
  sheetDocx: (id: string, memberId: string) => download(`${sheet(id, memberId)}/sheet.docx`, 'bang-diem.docx'),
  sheetXlsx: (id: string, memberId: string) => download(`${sheet(id, memberId)}/sheet.xlsx`, 'bang-diem.xlsx'),
  rankingXlsx: (id: string) => download(`${cycle(id)}/ranking.xlsx`, 'xep-hang.xlsx'),
  minutesDocx: (id: string) => download(`${cycle(id)}/minutes.docx`, 'bien-ban-suy-ton.docx'),
};
