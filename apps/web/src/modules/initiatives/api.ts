import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EscalationRequest, InitiativeStats } from '@thidua/contracts';
import type { InitiativeStatus, RecognitionLevel } from '@thidua/domain';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type { Attachment, CreateInitiativeInput, InitiativeView } from '../../api/types.ts';

export const INITIATIVES_KEY = ['initiatives'] as const;
const enc = encodeURIComponent;
export type Stats = z.infer<typeof InitiativeStats>;
export type EscalationInput = z.input<typeof EscalationRequest>;

export interface InitiativesFilter {
  orgId?: string | null;
  personId?: string | null;
  q?: string;
  status?: InitiativeStatus | null;
  level?: RecognitionLevel | null;
  field?: string | null;
  from?: number | null;
  to?: number | null;
  page?: number;
  pageSize?: number;
}

export interface InitiativePage {
  items: InitiativeView[];
  total: number;
  page: number;
  pageSize: number;
}

export function useInitiativePage(filter: InitiativesFilter, enabled = true) {
  return useQuery<InitiativePage>({
    queryKey: [...INITIATIVES_KEY, 'list', filter],
    queryFn: ({ signal }) =>
      api.get<InitiativePage>(
        '/initiatives',
        {
          orgId: filter.orgId,
          personId: filter.personId,
          q: filter.q?.trim() || undefined,
          status: filter.status,
          level: filter.level,
          field: filter.field,
          from: filter.from,
          to: filter.to,
          page: filter.page,
          pageSize: filter.pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every initiative of a filter (up to 500): pickers and the history panel. */
export function useInitiatives(filter: InitiativesFilter, enabled = true) {
  const page = useInitiativePage({ ...filter, pageSize: 500 }, enabled);
  return { ...page, data: page.data?.items };
}

export function useInitiative(id: string | undefined) {
  return useQuery<InitiativeView>({
    queryKey: [...INITIATIVES_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<InitiativeView>(`/initiatives/${enc(id!)}`, undefined, signal),
    enabled: !!id,
  });
}

export function useSaveInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CreateInitiativeInput }) =>
      id
        ? api.put<InitiativeView>(`/initiatives/${enc(id)}`, { ...input, version })
        : api.post<InitiativeView>('/initiatives', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: INITIATIVES_KEY });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
      void queryClient.invalidateQueries({ queryKey: ['eligibility'] });
    },
  });
}

export function useEscalate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EscalationInput) => api.post<InitiativeView>(`/initiatives/${enc(id)}/escalation`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: INITIATIVES_KEY }),
  });
}

export function useInitiativeStats(from: number, to: number) {
  return useQuery<Stats>({
    queryKey: [...INITIATIVES_KEY, 'stats', from, to],
    queryFn: ({ signal }) => api.get<Stats>('/initiatives/stats', { from, to }, signal),
    placeholderData: keepPreviousData,
  });
}

export const uploadInitiativeAttachment = (id: string, file: File, onProgress?: (percent: number) => void) =>
  uploadFile<Attachment>(`/initiatives/${enc(id)}/attachments`, file, { onProgress });

export const downloadCertificate = (i: InitiativeView) =>
  download(`/initiatives/${enc(i.id)}/certificate.pdf`, 'giay-chung-nhan-sang-kien.pdf');

export const downloadRegistry = (from: number, to: number) =>
  download('/initiatives/export.xlsx', `so-sang-kien-${from}-${to}.xlsx`, { query: { from, to } });
