import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParIndexHistory } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import type { ParRow } from './record.ts';

const KEY = ['par-index'] as const;

/** The history of one organisation (the department when none is given). */
export function useParHistory(orgId?: string) {
  return useQuery({
    queryKey: [...KEY, orgId ?? 'root'],
    queryFn: ({ signal }) => api.get<ParIndexHistory>('/par-index/history', { orgId }, signal),
  });
}

/** Enters a year (version null) or corrects one at the version shown. */
export function useSavePar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.put<ParRow>('/par-index', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeletePar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (row: Pick<ParRow, 'id' | 'version'>) =>
      api.delete<{ ok: true }>(`/par-index/${encodeURIComponent(row.id)}`, { version: row.version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
