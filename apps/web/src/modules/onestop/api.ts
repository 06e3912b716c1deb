import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierAction } from '@thidua/domain';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  CreateDossierRequest,
  DossierReceiptView,
  DossierView,
  ProcedureSummary,
  ProcedureView,
} from './types.ts';

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
        { status: 'published', q: q.trim() || undefined, pageSize: 100, sort: 'name' },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProcedure(id: string | null | undefined) {
  return useQuery({
    queryKey: ['procedures', 'one', id],
    queryFn: ({ signal }) => api.get<ProcedureView>(`/procedures/${enc(id!)}`, undefined, signal),
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

export interface DossierStepInput {
  id: string;
  action: DossierAction;
  version: number;
  reason: string;
  /** The action's own fields: assigneeId, newDueAt, result, agency, legId, answer… */
  [field: string]: unknown;
}

const transition = ({ id, ...body }: DossierStepInput) => api.post<DossierView>(`${base(id)}/transitions`, body);

/**
 * The counter receipt: creates the dossier and, when every required document is ticked and the clerk
 * accepts, accepts it in the same request — with the chosen scans in that same request (one transaction on
 * the server: a refusal stores nothing, so sending again never duplicates). Asking to complete or refusing
 * is the dossier's next step, taken at once with the clerk's reason; when that step fails after the dossier
 * was saved, `onCreated` hands it to the page, which sends it back as `created` so a retry takes the step only.
 */
export function useReceive() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({
      input,
      decision,
      scans = [],
      created,
      onCreated,
    }: {
      input: CreateDossierRequest;
      decision?: { action: 'request_completion' | 'refuse'; reason: string };
      scans?: ChosenScan[];
      created?: SavedReceipt | null;
      onCreated?: (saved: SavedReceipt) => void;
    }): Promise<ReceiveResult> => {
      let saved = created;
      if (!saved) {
        const body = { ...input, accept: input.accept && !decision };
        let receipt: DossierReceiptView;
        if (scans.length) {
          const form = new FormData();
          form.append('request', JSON.stringify(body));
          for (const scan of scans) form.append(`scan-${scan.seq}`, scan.file, scan.file.name);
          receipt = await api.post<DossierReceiptView>('/dossiers/receipt', form);
        } else receipt = await api.post<DossierReceiptView>('/dossiers', body);
        const { ratingToken, ...dossier } = receipt;
        saved = { dossier, ratingToken };
      }
      if (!decision) return saved;
      onCreated?.(saved);
      const dossier = await transition({ id: saved.dossier.id, version: saved.dossier.version, ...decision });
      return { dossier, ratingToken: null };
    },
    onSuccess: (r) => refresh(r.dossier),
  });
}

/** A receipt the server has saved: the dossier and the rating token it answered once. */
export interface SavedReceipt {
  dossier: DossierView;
  ratingToken: string | null;
}

/** A scan chosen in the receipt wizard for the checklist row `seq` (1-based). */
export interface ChosenScan {
  seq: number;
  name: string;
  file: File;
}

export interface ReceiveResult {
  dossier: DossierView;
  ratingToken: string | null;
}

/** Attaches a scan to one checklist row (the row is ticked); answers the dossier after it. */
export function uploadScan(id: string, seq: number, file: File, onProgress?: (percent: number) => void) {
  return uploadFile<DossierView>(`${base(id)}/documents/${seq}/file`, file, { onProgress });
}

/** Ticks and unticks the checklist (before acceptance, or when the supplement has come in). */
export function useChecklistUpdate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; documents: { seq: number; provided: boolean }[] }) =>
      api.put<DossierView>(`${base(id)}/documents`, body),
    onSuccess: (d) => refresh(d),
  });
}

/** Puts a dossier the server answered (after an upload) into the page's cache. */
export function useDossierRefresh() {
  return useRefresh();
}

export function useDossierTransition() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: transition, onSuccess: (d) => refresh(d) });
}

/** One of the dossier's forms (01 receipt and appointment slip … 06 control slip) as Word or PDF. */
export function downloadForm(id: string, code: string, form: string, format: 'docx' | 'pdf', token?: string | null) {
  return download(`${base(id)}/documents/${form}.${format}`, `mau-${form}-${code}.${format}`, {
    query: token ? { token } : undefined,
  });
}

/** A scanned document of the checklist. */
export function downloadFile(fileId: string, name: string) {
  return download(`/attachments/${enc(fileId)}`, name);
}
