import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgKind } from '@thidua/domain';
import { api } from '../../api/client.ts';
import type { Organisation } from '../../api/types.ts';
import { buildForest, type OrgForest } from './tree.ts';

export const ORGS_KEY = ['organisations'] as const;

export function useOrganisations() {
  return useQuery({
    queryKey: ORGS_KEY,
    queryFn: ({ signal }) =>
      api.get<{ items: Organisation[] }>('/organisations', undefined, signal).then((r) => r.items),
    staleTime: 60_000,
  });
}

/** The organisations as a tree, with lookups by id. */
export function useOrgForest(): { forest: OrgForest | null; isPending: boolean; error: unknown } {
  const { data, isPending, error } = useOrganisations();
  const forest = useMemo(() => (data ? buildForest(data) : null), [data]);
  return { forest, isPending, error };
}

export interface OrgInput {
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgKind;
  active?: boolean;
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrgInput) => api.post<Organisation>('/organisations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: Partial<OrgInput> & { id: string; version: number }) =>
      api.patch<Organisation>(`/organisations/${encodeURIComponent(id)}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}
