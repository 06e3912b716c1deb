import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CreateInitiativeInput, InitiativeView } from '../../api/types.ts';

export const INITIATIVES_KEY = ['initiatives'] as const;

export interface InitiativesFilter {
  orgId?: string | null;
  personId?: string | null;
  q?: string;
}

export function useInitiatives(filter: InitiativesFilter) {
  return useQuery<InitiativeView[]>({
    queryKey: [...INITIATIVES_KEY, 'list', filter],
    queryFn: ({ signal }) =>
      api
        .get<{
          items: InitiativeView[];
        }>('/initiatives', { orgId: filter.orgId, personId: filter.personId, q: filter.q?.trim() || undefined }, signal)
        .then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useSaveInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CreateInitiativeInput }) =>
      id
        ? api.put<InitiativeView>(`/initiatives/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<InitiativeView>('/initiatives', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: INITIATIVES_KEY });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
      void queryClient.invalidateQueries({ queryKey: ['eligibility'] });
    },
  });
}
