import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  AwardRecordView,
  CreateAwardRecordInput,
  CreatePeriodInput,
  PeriodView,
  SubjectHistory,
} from '../../api/types.ts';

export const HISTORY_KEY = ['history'] as const;

export function useHistory(subjectId: string | undefined) {
  return useQuery({
    queryKey: [...HISTORY_KEY, subjectId],
    queryFn: ({ signal }) => api.get<SubjectHistory>('/history', { subjectId }, signal),
    enabled: Boolean(subjectId),
  });
}

/** After any change to a history: the history itself, eligibility answers, initiatives' "used by". */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
    void queryClient.invalidateQueries({ queryKey: ['eligibility'] });
    void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
  };
}

export type AwardRecordInput = Omit<CreateAwardRecordInput, 'subjectId'>;

export function useSaveAwardRecord(subjectId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: AwardRecordInput }) =>
      id
        ? api.put<AwardRecordView>(`/history/awards/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<AwardRecordView>('/history/awards', { subjectId, ...input }),
    onSuccess: invalidate,
  });
}

export function useDeleteAwardRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    // Award records are withdrawn with a reason, never erased (the server keeps who and why).
    mutationFn: (record: { id: string; version: number; reason: string }) =>
      api.delete<unknown>(`/history/awards/${encodeURIComponent(record.id)}`, {
        version: record.version,
        reason: record.reason,
      }),
    onSuccess: invalidate,
  });
}

export type PeriodInput = Omit<CreatePeriodInput, 'subjectId'>;

export function useSavePeriod(subjectId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: PeriodInput }) =>
      id
        ? api.put<PeriodView>(`/history/periods/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<PeriodView>('/history/periods', { subjectId, ...input }),
    onSuccess: invalidate,
  });
}

export function useDeletePeriod() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (period: { id: string; version: number }) =>
      api.delete<unknown>(`/history/periods/${encodeURIComponent(period.id)}`, { version: period.version }),
    onSuccess: invalidate,
  });
}
