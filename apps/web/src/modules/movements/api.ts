import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MovementAction } from '@thidua/domain';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  Attachment,
  CreateExemplarInput,
  CreateMovementInput,
  DashboardView,
  ExemplarList,
  ExemplarView,
  MovementView,
  Ok,
  ProgressView,
  RegistrationOverview,
  RegistrationView,
  RemindResult,
  ReportProgressInput,
  SaveRegistrationInput,
} from '../../api/types.ts';

export const MOVEMENTS_KEY = ['movements'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/movements/${enc(id)}`;

export function useMovement(id: string | undefined) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<MovementView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

/** Invalidates everything under one movement (its registrations, progress, dashboard…) and the list. */
function useRefreshMovement() {
  const queryClient = useQueryClient();
  return (movement?: MovementView) => {
    if (movement) queryClient.setQueryData([...MOVEMENTS_KEY, 'one', movement.id], movement);
    void queryClient.invalidateQueries({ queryKey: MOVEMENTS_KEY });
  };
}

export function useSaveMovement() {
  const refresh = useRefreshMovement();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CreateMovementInput }) =>
      id ? api.put<MovementView>(base(id), { ...input, version }) : api.post<MovementView>('/movements', input),
    onSuccess: (movement) => refresh(movement),
  });
}

export function useTransition() {
  const refresh = useRefreshMovement();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; action: MovementAction; reason: string; version: number }) =>
      api.post<MovementView>(`${base(id)}/transitions`, body),
    onSuccess: (movement) => refresh(movement),
  });
}

export function uploadMovementAttachment(id: string, file: File, onProgress?: (percent: number) => void) {
  return uploadFile<Attachment>(`${base(id)}/attachments`, file, { onProgress });
}

export function downloadReview(id: string, kind: 'interim' | 'final') {
  return download(`${base(id)}/review.docx`, `bao-cao-${kind === 'interim' ? 'so-ket' : 'tong-ket'}.docx`, {
    query: { kind },
  });
}

// Registrations

export function useRegistrationOverview(id: string, enabled = true) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id, 'registrations'],
    queryFn: ({ signal }) => api.get<RegistrationOverview>(`${base(id)}/registrations`, undefined, signal),
    enabled,
  });
}

export function useRegistration(id: string | undefined, orgId: string | undefined) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id, 'registrations', orgId],
    queryFn: ({ signal }) => api.get<RegistrationView>(`${base(id!)}/registrations/${enc(orgId!)}`, undefined, signal),
    enabled: Boolean(id && orgId),
  });
}

export function useSaveRegistration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveRegistrationInput) =>
      api.put<RegistrationView>(`${base(id)}/registrations/${enc(input.orgId)}`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY] }),
  });
}

export function useRemind(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgIds?: string[]; message?: string }) =>
      api.post<RemindResult>(`${base(id)}/reminders`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'one', id, 'registrations'] }),
  });
}

// Progress and dashboard

export function useProgress(id: string, orgId: string | null) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id, 'progress', orgId],
    queryFn: ({ signal }) => api.get<ProgressView>(`${base(id)}/progress`, { orgId: orgId ?? undefined }, signal),
    enabled: Boolean(orgId),
  });
}

export function useReportProgress(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportProgressInput) => api.put<ProgressView>(`${base(id)}/progress`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'one', id, 'progress'] });
      void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'one', id, 'dashboard'] });
    },
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id, 'dashboard'],
    queryFn: ({ signal }) => api.get<DashboardView>(`${base(id)}/dashboard`, undefined, signal),
  });
}

// Exemplars

export function useExemplars(id: string) {
  return useQuery({
    queryKey: [...MOVEMENTS_KEY, 'one', id, 'exemplars'],
    queryFn: ({ signal }) => api.get<ExemplarList>(`${base(id)}/exemplars`, undefined, signal).then((r) => r.items),
  });
}

export function useSaveExemplar(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exemplar, input }: { exemplar?: ExemplarView; input: CreateExemplarInput }) =>
      exemplar
        ? api.put<ExemplarView>(`${base(id)}/exemplars/${enc(exemplar.id)}`, { ...input, version: exemplar.version })
        : api.post<ExemplarView>(`${base(id)}/exemplars`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'one', id] }),
  });
}

export function useDeleteExemplar(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (exemplar: ExemplarView) => api.delete<Ok>(`${base(id)}/exemplars/${enc(exemplar.id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'one', id] }),
  });
}
