import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierAction } from '@thidua/domain';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type { DossierView, ProcedureDetail, ProcedureSummary, ReceiptResult, ReceiveInput } from './types.ts';

export const DOSSIERS_KEY = ['dossiers'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/dossiers/${enc(id)}`;

/** Published procedures for the receipt's picker and the desk's filter (the first 100 of a search). */
export function usePublishedProcedures(q: string) {
  return useQuery({
    queryKey: ['procedures', 'list', { status: 'published', q }],
    queryFn: ({ signal }) =>
      api.get<{ items: ProcedureSummary[]; total: number }>(
        '/procedures',
        { status: 'published', q: q.trim() || undefined, pageSize: 100 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProcedure(id: string | null | undefined) {
  return useQuery({
    queryKey: ['procedures', 'one', id],
    queryFn: ({ signal }) => api.get<ProcedureDetail>(`/procedures/${enc(id!)}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useDossier(id: string | undefined) {
  return useQuery({
    queryKey: [...DOSSIERS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<DossierView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (dossier?: DossierView) => {
    if (dossier) queryClient.setQueryData([...DOSSIERS_KEY, 'one', dossier.id], dossier);
    void queryClient.invalidateQueries({ queryKey: DOSSIERS_KEY });
  };
}

/** The counter receipt: creates the dossier and, when every required document is ticked, accepts it. */
export function useReceive() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ReceiveInput) => api.post<ReceiptResult>('/dossiers', input),
    onSuccess: (r) => refresh(r.dossier),
  });
}

export interface DossierStepInput {
  id: string;
  action: DossierAction;
  version: number;
  reason: string;
  /** The action's own fields: assigneeId, newDueAt, result, agency, legId, answer… */
  [field: string]: unknown;
}

export function useDossierTransition() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: DossierStepInput) => api.post<DossierView>(`${base(id)}/transitions`, body),
    onSuccess: (d) => refresh(d),
  });
}

/** Ticks a checklist line (before acceptance, or on receiving a supplement). */
export function useTickDocument() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      version,
      documents,
    }: {
      id: string;
      version: number;
      documents: { seq: number; ticked: boolean }[];
    }) => api.put<DossierView>(`${base(id)}/documents`, { version, documents }),
    onSuccess: (d) => refresh(d),
  });
}

/** Attaches a scanned copy to a checklist line. */
export function uploadDossierDocument(id: string, seq: number, file: File, onProgress?: (p: number) => void) {
  return uploadFile<unknown>(`${base(id)}/documents/${seq}/file`, file, { onProgress });
}

/** One of the dossier's forms (01 receipt and appointment slip … 06 control slip) as Word or PDF. */
export function downloadForm(id: string, code: string, form: string, format: 'docx' | 'pdf', token?: string | null) {
  return download(`${base(id)}/documents/${form}.${format}`, `mau-${form}-${code}.${format}`, {
    query: token ? { token } : undefined,
  });
}
